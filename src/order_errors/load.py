"""Read the catalog folder into typed objects, reporting every problem as `path:line:column`.

YAML is composed into nodes first (they carry line and column), checked for what PyYAML lets
through silently (duplicate keys, aliases), and only then turned into data and validated by
the model. Cross-file rules (unknown slugs, duplicate ids or messages) run on the whole set.
"""

from __future__ import annotations

import multiprocessing
import os
import unicodedata
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from order_errors.heap import no_collection
from order_errors.languages import language_problems
from order_errors.model import (
    LANGS,
    Category,
    ErrorEntry,
    HelpCenterArticle,
    HelpCenterIndex,
    Hub,
    Marketplace,
    Message,
)
from order_errors.template import parse

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_FILE_BYTES = 1_000_000

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: error: {self.message}"


class CatalogInvalid(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(map(str, self.problems)))


@dataclass(frozen=True)
class Source:
    """Where a catalog object came from, for error messages and "edit this page" links."""

    path: Path
    relpath: str


@dataclass
class Catalog:
    root: Path
    hub: Hub
    marketplaces: dict[str, Marketplace]
    categories: dict[str, Category]
    errors: dict[str, ErrorEntry]
    help_center: list[HelpCenterArticle] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)

    def errors_in_category(self, slug: str) -> list[ErrorEntry]:
        return [e for e in self.errors.values() if e.category == slug]

    def errors_of_marketplace(self, slug: str) -> list[ErrorEntry]:
        return [e for e in self.errors.values() if slug in e.marketplaces]

    def generic_errors(self) -> list[ErrorEntry]:
        return [e for e in self.errors.values() if e.generic]

    def ordered_categories(self) -> list[Category]:
        return sorted(self.categories.values(), key=lambda c: (c.order, c.slug))


# --- one file -------------------------------------------------------------------------------


def _position(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _walk_duplicates(node: yaml.Node, relpath: str, problems: list[Problem], seen: set[int]) -> None:
    """Duplicate keys (PyYAML keeps the last silently) and aliases (a catalog needs none, and
    nested ones multiply into a "billion laughs" when the data is expanded)."""
    if id(node) in seen:
        if not any(p.message.startswith("YAML aliases") for p in problems):  # once is enough
            line, col = _position(node)
            problems.append(Problem(relpath, line, col, "YAML aliases (`*name`) are not allowed in catalog files: "
                                    f"write out the value anchored here (`&{node.anchor}`)" if getattr(node, "anchor", None) else
                                    "YAML aliases (`*name`) are not allowed in catalog files: write the value out"))
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in keys:
                    line, col = _position(key)
                    first = _position(keys[key.value])[0]
                    problems.append(Problem(relpath, line, col, f"duplicate key `{key.value}` (first set on line {first})"))
                keys[key.value] = key
            _walk_duplicates(value, relpath, problems, seen)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _walk_duplicates(item, relpath, problems, seen)


def _node_at(node: yaml.Node, loc: tuple) -> tuple[yaml.Node, bool]:
    """The deepest node along a pydantic error location, and whether it was reached whole."""
    for step in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == step:
                    node = value
                    break
            else:
                return node, False
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            continue  # pydantic adds steps (such as a union member's name) that the YAML doesn't have
    return node, True


def _key_node(node: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k
    return None


def _describe(error: dict) -> str:
    loc = ".".join(str(p) for p in error["loc"])
    kind = error["type"]
    if kind == "missing" and len(error["loc"]) > 1 and error["loc"][-1] in LANGS:
        field = ".".join(str(p) for p in error["loc"][:-1])
        return f"`{field}` has no `{error['loc'][-1]}` text: every text a reader sees is written in {', '.join(LANGS)}"
    if kind == "missing":
        return f"missing required field `{loc}`"
    if kind == "extra_forbidden":
        return f"unknown field `{loc}`{_closest(str(error['loc'][-1]), FIELD_NAMES)}"
    message = error["msg"].removeprefix("Value error, ")
    return f"`{loc}`: {message}" if loc else message


# Every field name the catalog's files may use, to suggest the one a typo meant.
FIELD_NAMES = sorted({name for model in (ErrorEntry, Marketplace, Category, Hub, HelpCenterIndex, HelpCenterArticle, Message)
                      for name in model.model_fields} | set(LANGS))


def _read_text(path: Path, relpath: str) -> tuple[str | None, list[Problem]]:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return None, [Problem(relpath, 1, 1, f"file is {size:,} bytes; a catalog file must be under {MAX_FILE_BYTES:,}")]
    raw = path.read_bytes()
    bom = raw.find(b"\xef\xbb\xbf")
    if bom >= 0:
        line = raw[:bom].count(b"\n") + 1
        return None, [Problem(relpath, line, 1, "the file has a byte-order mark: save it as UTF-8 without BOM")]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        return None, [Problem(relpath, line, column, "file is not valid UTF-8: save it as UTF-8")]


def load_file(path: Path, relpath: str, model: type[M]) -> tuple[M | None, list[Problem], dict | None]:
    """The file as a model object (None if it has problems), its problems, and its raw mapping
    (kept even when invalid, so that checks across files still report what they can)."""
    text, problems = _read_text(path, relpath)
    if text is None:
        return None, problems, None
    loader = Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, [Problem(relpath, 1, 1, f"file is empty: it must describe one {model.__name__}")], None
        _walk_duplicates(root, relpath, problems, set())
        if problems:
            return None, problems, None
        if not isinstance(root, yaml.MappingNode):
            line, col = _position(root)
            return None, [Problem(relpath, line, col, "the file must be a mapping of `field: value` lines")], None
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as e:
        # Where YAML noticed the problem; but an unclosed quote or bracket is only noticed at the end
        # of the file, so there point at where it was opened.
        at_end = e.problem and "end of stream" in e.problem
        mark = (e.context_mark if at_end else e.problem_mark) or e.context_mark or e.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"invalid YAML: {e.problem or e.context}"
        if e.context and e.context_mark and e.problem:
            message += f" ({e.context} that starts on line {e.context_mark.line + 1})"
        return None, [Problem(relpath, line, col, message)], None
    except yaml.YAMLError as e:
        return None, [Problem(relpath, 1, 1, f"invalid YAML: {e}")], None
    finally:
        loader.dispose()
    try:
        obj = model.model_validate(data)
    except ValidationError as e:
        for error in e.errors():
            loc = tuple(error["loc"])
            node, whole = _node_at(root, loc)
            if error["type"] == "extra_forbidden" and loc:
                parent, _ = _node_at(root, loc[:-1])
                node = _key_node(parent, str(loc[-1])) or node
            line, col = _position(node)
            problems.append(Problem(relpath, line, col, _describe(error)))
        return None, problems, data
    for loc, message in language_problems(obj):
        line, col = _position(_node_at(root, loc)[0])
        problems.append(Problem(relpath, line, col, message))
    return (None if problems else obj), problems, data


# --- the whole catalog ---------------------------------------------------------------------

PARALLEL_FROM = 2000  # files of one kind: below this, starting a second process costs more than it saves


def _load_files(jobs: list[tuple[Path, str]], model: type[M]) -> list[tuple[M | None, list[Problem], dict | None]]:
    with no_collection():
        return [load_file(path, relpath, model) for path, relpath in jobs]


def _load_files_in_parallel(jobs: list[tuple[Path, str]], model: type[M]) -> list[tuple[M | None, list[Problem], dict | None]]:
    """`load_file` over (path, relpath) jobs, in order. A large catalog's second half is loaded by a
    fresh process on another core meanwhile (10,000 files: 6 s instead of 8-10 s on one core)."""
    if len(jobs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return _load_files(jobs, model)
    half = len(jobs) // 2
    # A fresh process, not a fork: `mkdocs serve` has threads, whose locks a fork would copy held.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as helper:
        second = helper.submit(_load_files, jobs[half:], model)
        return _load_files(jobs[:half], model) + second.result()


def _compose(path: Path) -> yaml.Node:
    """A file's node tree, for the line of a problem found after loading (the file is known valid)."""
    return yaml.compose(path.read_text(encoding="utf-8"), Loader=Loader)


def _yaml_files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and (p.is_file() or p.is_symlink()))


def _outside(path: Path, root: Path) -> bool:
    """A file that is (or links to) something outside the catalog folder."""
    try:
        path.resolve(strict=True).relative_to(root.resolve())
        return False
    except (ValueError, OSError):
        return True


def normalize_message(text: str) -> str:
    """Case-, accent- and placeholder-blind form of a message, to find the same message twice."""
    template = parse(text)
    text = " ".join(template.literals)
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def load_catalog(root: Path | str) -> Catalog:
    with no_collection():
        return _load_catalog(Path(root))


def _load_catalog(root: Path) -> Catalog:
    problems: list[Problem] = []
    sources: dict[str, Source] = {}

    def rel(path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def load_all(folder: Path, model: type[M], key: str) -> dict[str, tuple[M | None, Path, dict]]:
        """name -> (object or None when invalid, path, raw mapping), for every file that is a mapping."""
        loaded: dict[str, tuple[M | None, Path, dict]] = {}
        paths = []
        for path in _yaml_files(folder):
            if _outside(path, root):
                problems.append(Problem(rel(path), 1, 1, "file links outside the catalog folder (or to nothing): put the file itself here"))
            else:
                paths.append(path)
        for path, (obj, found, data) in zip(paths, _load_files_in_parallel([(p, rel(p)) for p in paths], model)):
            problems.extend(found)
            if data is None:
                continue
            name = data.get(key) if isinstance(data.get(key), str) else path.stem
            if path.stem != name:
                at = _position(_node_at(_compose(path), (key,))[0])
                problems.append(Problem(rel(path), *at, f"file is named `{path.name}` but its {key} is `{name}`: rename it to `{name}{path.suffix}`"))
            if name in loaded:
                at = _position(_node_at(_compose(path), (key,))[0])
                problems.append(Problem(rel(path), *at, f"duplicate {key} `{name}`, also used by {rel(loaded[name][1])}"))
                continue
            loaded[name] = (obj, path, data)
            sources[f"{folder.name}/{name}"] = Source(path, str(path.relative_to(root)))
        return loaded

    if not root.is_dir():
        raise CatalogInvalid([Problem(str(root), 1, 1, "catalog folder not found")])

    hub: Hub | None = None
    hub_path = root / "hub.yaml"
    if hub_path.is_file():
        hub, found, _ = load_file(hub_path, rel(hub_path), Hub)
        problems.extend(found)
    else:
        problems.append(Problem(rel(hub_path), 1, 1, "missing: the hub page's text lives in this file"))

    help_center: HelpCenterIndex | None = None
    index_path = root / "help-center.yaml"
    if index_path.is_file():
        help_center, found, _ = load_file(index_path, rel(index_path), HelpCenterIndex)
        problems.extend(found)

    marketplaces = load_all(root / "marketplaces", Marketplace, "slug")
    categories = load_all(root / "categories", Category, "slug")
    errors = load_all(root / "errors", ErrorEntry, "id")
    problems.extend(_cross_file_problems(errors, marketplaces, categories, rel))
    if help_center is not None:
        known = {"hub", *(f"marketplaces/{s}" for s in marketplaces), *(f"categories/{s}" for s in categories),
                 *(f"errors/{i}" for i in errors)}
        for number, article in enumerate(help_center.articles):
            if article.target not in known:
                line, col = _position(_node_at(_compose(index_path), ("articles", number, "target"))[0])
                problems.append(Problem(rel(index_path), line, col,
                                        f"target `{article.target}` is not a page of the site{_closest(article.target, known)}"))

    if problems or hub is None:
        raise CatalogInvalid(problems)
    ordered = sorted((e for e, _, _ in errors.values()), key=lambda e: (categories[e.category][0].order, e.id))
    return Catalog(
        root=root,
        hub=hub,
        marketplaces={slug: m for slug, (m, _, _) in sorted(marketplaces.items())},
        categories={c.slug: c for c in sorted((c for c, _, _ in categories.values()), key=lambda c: (c.order, c.slug))},
        errors={e.id: e for e in ordered},
        help_center=list(help_center.articles) if help_center else [],
        sources=sources,
    )


def _closest(name: str, choices: Iterable[str]) -> str:
    import difflib

    match = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean `{match[0]}`?)" if match else ""


def _strings(value) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _cross_file_problems(errors, marketplaces, categories, rel) -> list[Problem]:
    """What no single file can tell: references to other files, and a message in two entries.
    Works on the raw mappings, so that an entry with other problems is still checked here."""
    problems: list[Problem] = []
    first_seen: dict[str, tuple[str, Path]] = {}
    for entry_id, (_, path, data) in errors.items():

        def at(loc: tuple, message: str, path=path) -> None:
            # The node tree is read again only for a problem: a valid catalog never pays for it.
            line, col = _position(_node_at(_compose(path), loc)[0])
            problems.append(Problem(rel(path), line, col, message))

        category = data.get("category")
        if isinstance(category, str) and category not in categories:
            at(("category",), f"unknown category `{category}`{_closest(category, categories)}")
        for index, slug in enumerate(_strings(data.get("marketplaces"))):
            if slug not in marketplaces:
                at(("marketplaces", index), f"unknown marketplace `{slug}`{_closest(slug, marketplaces)}")
        for index, other in enumerate(_strings(data.get("related"))):
            if other not in errors:
                at(("related", index), f"related entry `{other}` does not exist{_closest(other, errors)}")
        messages = data.get("messages") if isinstance(data.get("messages"), list) else []
        for number, message in enumerate(messages):
            if not isinstance(message, dict):
                continue
            texts = [(("messages", number, "text"), message.get("text"))]
            texts += [(("messages", number, "variants", i), v) for i, v in enumerate(_strings(message.get("variants")))]
            for loc, template in texts:
                if not isinstance(template, str):
                    continue
                owner, owner_path = first_seen.setdefault(normalize_message(template), (entry_id, path))
                if owner != entry_id:
                    at(loc, f"message `{template}` is already in entry `{owner}` (`{rel(owner_path)}`); "
                            "the same message, ignoring case, accents and placeholders, belongs in one entry")
    return problems
