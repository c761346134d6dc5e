"""One catalog file: YAML composed into nodes (they carry line and column), checked for what PyYAML
lets through silently (duplicate keys, aliases), then turned into data and validated by the model,
each problem placed at its line and column."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from order_errors.catalog.problems import Problem, did_you_mean
from order_errors.catalog.translation import language_problems
from order_errors.core.languages import LANGS
from order_errors.core.model import Category, ErrorEntry, HelpCenterArticle, HelpCenterIndex, Hub, Marketplace, Message
from order_errors.core.rules import FORBIDDEN_CHARACTERS

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_FILE_BYTES = 1_000_000

M = TypeVar("M", bound=BaseModel)


def position(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_FORBIDDEN = re.compile(FORBIDDEN_CHARACTERS)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_CHECKED_SCALARS = {"tag:yaml.org,2002:int": "construct_yaml_int", "tag:yaml.org,2002:timestamp": "construct_yaml_timestamp"}
_SCALARS = yaml.constructor.SafeConstructor()  # builds one int or date at a time, to place its failure
# The deepest a catalog file needs is 5 (messages, a message, placeholders, a name); libyaml stops at
# 1000 levels, and below that Python's own recursion would (building the data, or validating it).
MAX_DEPTH = 20


_CONTROL_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "BS", "\x1b": "ESC", "\x7f": "DEL"}


def character_name(char: str) -> str:
    name = _CONTROL_NAMES.get(char) or unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def _scalar_problem(node: yaml.ScalarNode) -> str | None:
    """What would make this value fail, or be wrong, once built: a forbidden character, an
    impossible date, a number too long for Python to read."""
    found = _FORBIDDEN.search(node.value)
    if found:
        return (f"the text holds the invisible control character {character_name(found.group())}: "
                "remove it (catalog text may hold no control or bidirectional-override character)")
    constructor = _CHECKED_SCALARS.get(node.tag)
    if constructor:
        try:
            getattr(_SCALARS, constructor)(node)
        except ValueError as e:
            if node.tag.endswith("timestamp"):
                return f"`{node.value}` is not a date that exists ({e}): write a real date as YYYY-MM-DD"
            return f"the number `{node.value[:20]}...` has {len(node.value):,} characters: write a shorter value"
    return None


def _walk(root: yaml.Node, relpath: str, problems: list[Problem]) -> None:
    """What PyYAML lets through silently or fails on without a line: duplicate keys (it keeps the
    last), merge keys (`<<:`, which hide duplicates), aliases (a catalog needs none, and nested ones
    multiply into a "billion laughs"), nesting deeper than any catalog file needs, and scalars that
    cannot be built. Iterative, so that no depth of nesting exhausts Python's stack."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            if not any(p.message.startswith("YAML aliases") for p in problems):  # once is enough
                line, col = position(node)
                problems.append(Problem(relpath, line, col, "YAML aliases (`*name`) are not allowed in catalog files: "
                                        f"write out the value anchored here (`&{node.anchor}`)" if getattr(node, "anchor", None) else
                                        "YAML aliases (`*name`) are not allowed in catalog files: write the value out"))
            continue
        seen.add(id(node))
        if depth > MAX_DEPTH:
            line, col = position(node)
            problems.append(Problem(relpath, line, col, f"values are nested more than {MAX_DEPTH} levels deep: "
                                    "a catalog file needs a few levels at most"))
            return
        if isinstance(node, yaml.ScalarNode):
            problem = _scalar_problem(node)
            if problem:
                problems.append(Problem(relpath, *position(node), problem))
        elif isinstance(node, yaml.MappingNode):
            keys: dict[str, yaml.Node] = {}
            children = []
            for key, value in node.value:
                if key.tag == _MERGE_TAG:
                    problems.append(Problem(relpath, *position(key), "YAML merge keys (`<<:`) are not allowed in "
                                            "catalog files (they hide duplicate keys): write the keys out"))
                elif isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        line, col = position(key)
                        first = position(keys[key.value])[0]
                        problems.append(Problem(relpath, line, col, f"duplicate key `{key.value}` (first set on line {first})"))
                    keys[key.value] = key
                children += [(key, depth + 1), (value, depth + 1)]
            stack.extend(reversed(children))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in reversed(node.value))


def node_at(node: yaml.Node, loc: tuple) -> tuple[yaml.Node, bool]:
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
        return f"unknown field `{loc}`{did_you_mean(str(error['loc'][-1]), FIELD_NAMES)}"
    message = error["msg"].removeprefix("Value error, ")
    return f"`{loc}`: {message}" if loc else message


# Every field name the catalog's files may use, to suggest the one a typo meant.
FIELD_NAMES = sorted({name for model in (ErrorEntry, Marketplace, Category, Hub, HelpCenterIndex, HelpCenterArticle, Message)
                      for name in model.model_fields} | set(LANGS))


def _read_text(path: Path, relpath: str) -> tuple[str | None, list[Problem]]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Problem(relpath, 1, 1, f"file is {size:,} bytes; a catalog file must be under {MAX_FILE_BYTES:,}")]
        raw = path.read_bytes()
    except OSError as e:
        return None, [Problem(relpath, 1, 1, f"cannot read the file ({e.strerror}): a catalog file is a readable YAML file")]
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
        _walk(root, relpath, problems)
        if problems:
            return None, problems, None
        if not isinstance(root, yaml.MappingNode):
            line, col = position(root)
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
    except RecursionError:  # not expected: `_walk` bounds the nesting
        return None, [Problem(relpath, 1, 1, "values are nested too deep to read")], None
    except ValidationError as e:
        for error in e.errors():
            loc = tuple(error["loc"])
            node, whole = node_at(root, loc)
            if error["type"] == "extra_forbidden" and loc:
                parent, _ = node_at(root, loc[:-1])
                node = _key_node(parent, str(loc[-1])) or node
            line, col = position(node)
            problems.append(Problem(relpath, line, col, _describe(error)))
        return None, problems, data
    for loc, message in language_problems(obj):
        line, col = position(node_at(root, loc)[0])
        problems.append(Problem(relpath, line, col, message))
    return (None if problems else obj), problems, data



def compose(path: Path) -> yaml.Node:
    """A file's node tree, for the line of a problem found after loading (the file is known valid)."""
    return yaml.compose(path.read_text(encoding="utf-8"), Loader=Loader)
