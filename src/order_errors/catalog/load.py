"""Read the catalog folder into typed objects, reporting every problem as `path:line:column`.

Each file is read by `yaml_file`; the rules across files (unknown slugs, duplicate ids or messages)
run on the whole set (`checks`). A large catalog is read by two processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from order_errors.catalog.checks import cross_file_problems
from order_errors.catalog.collector import paused
from order_errors.catalog.problems import CatalogInvalid, Problem, did_you_mean
from order_errors.catalog.terms import load_terms, term_problems
from order_errors.catalog.yaml_file import M, compose, load_file, node_at, position
from order_errors.core.catalog import Catalog, CatalogFile
from order_errors.core.model import Category, ErrorEntry, HelpCenterIndex, Hub, Marketplace
from order_errors.core.urls import HUB, Page

# --- the whole catalog ---------------------------------------------------------------------

PARALLEL_FROM = 2000  # files of one kind: below this, starting a second process costs more than it saves


def _load_files(jobs: list[tuple[Path, str]], model: type[M]) -> list[tuple[M | None, list[Problem], dict | None]]:
    with paused():
        return [load_file(path, relpath, model) for path, relpath in jobs]


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


def _load_files_reusing(jobs: list[tuple[Path, str]], model: type[M], reuse: dict | None) -> list[tuple[M | None, list[Problem], dict | None]]:
    """`load_file` over (path, relpath) jobs, in order, taking from `reuse` the result of each file
    whose size and modification time are those it was read with, and keeping there the others'."""
    if reuse is None:
        return _load_files_in_parallel(jobs, model)
    keys = [(str(path), relpath, model.__name__) for path, relpath in jobs]
    stamps = [_stamp(path) for path, _ in jobs]
    stale = [i for i, (key, stamp) in enumerate(zip(keys, stamps)) if reuse.get(key, (None,))[0] != stamp]
    for i, result in zip(stale, _load_files_in_parallel([jobs[i] for i in stale], model)):
        reuse[keys[i]] = (stamps[i], result)
    return [reuse[key][1] for key in keys]


def _load_files_in_parallel(jobs: list[tuple[Path, str]], model: type[M]) -> list[tuple[M | None, list[Problem], dict | None]]:
    """`load_file` over (path, relpath) jobs, in order. A large catalog's second half is loaded by a
    fresh process on another core meanwhile (10,000 files: 6 s instead of 8-10 s on one core)."""
    if len(jobs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return _load_files(jobs, model)
    # Imported here: every build process imports this module, and only a large load needs them (40 ms).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    half = len(jobs) // 2
    # A fresh process, not a fork: `mkdocs serve` has threads, whose locks a fork would copy held.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as helper:
        second = helper.submit(_load_files, jobs[half:], model)
        return _load_files(jobs[:half], model) + second.result()



YAML_SUFFIXES = (".yaml", ".yml")


def _yaml_files(folder: Path) -> Iterator[Path]:
    """Every entry named like a YAML file, in any case: what is not a usable file is reported, not skipped."""
    if folder.is_dir():
        yield from sorted(p for p in folder.rglob("*") if p.suffix.lower() in YAML_SUFFIXES)


def _unusable(path: Path, root: Path) -> str | None:
    """Why a file named like a catalog file cannot be read as one, or None."""
    if path.suffix not in YAML_SUFFIXES:
        return f"catalog files end in `.yaml`: rename it to `{path.stem}.yaml` (a `{path.suffix}` file is not read)"
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link that leads back to itself
        return "file is a symbolic link that leads to nothing, or to itself: put the file itself here"
    try:
        resolved.relative_to(root.resolve())
    except ValueError:
        return "file links outside the catalog folder: put the file itself here"
    if not resolved.is_file():
        return "this is a folder (or another non-file) named like a catalog file: rename it, or put a YAML file here"
    return None


def load_catalog(root: Path | str, reuse: dict | None = None) -> Catalog:
    """The catalog in `root`, or CatalogInvalid with every problem found. With `reuse` (a dict kept
    between calls), files unchanged since the previous call are not read again: `mkdocs serve` loads
    the catalog after every edit, which changes a file or two."""
    with paused():
        return _load_catalog(Path(root), reuse)


def _load_catalog(root: Path, reuse: dict | None) -> Catalog:
    problems: list[Problem] = []
    files: dict[Page, CatalogFile] = {}

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
            unusable = _unusable(path, root)
            if unusable:
                problems.append(Problem(rel(path), 1, 1, unusable))
            else:
                paths.append(path)
        for path, (obj, found, data) in zip(paths, _load_files_reusing([(p, rel(p)) for p in paths], model, reuse)):
            problems.extend(found)
            if data is None:
                continue
            name = data.get(key) if isinstance(data.get(key), str) else path.stem
            if path.stem != name:
                at = position(node_at(compose(path), (key,))[0])
                problems.append(Problem(rel(path), *at, f"file is named `{path.name}` but its {key} is `{name}`: rename it to `{name}{path.suffix}`"))
            if name in loaded:
                at = position(node_at(compose(path), (key,))[0])
                problems.append(Problem(rel(path), *at, f"duplicate {key} `{name}`, also used by {rel(loaded[name][1])}"))
                continue
            loaded[name] = (obj, path, data)
            files[Page(folder.name, name)] = CatalogFile(path, str(path.relative_to(root)))
        return loaded

    if not root.is_dir():
        raise CatalogInvalid([Problem(str(root), 1, 1, "catalog folder not found")])

    hub: Hub | None = None
    hub_path = root / "hub.yaml"
    if hub_path.is_file():
        hub, found, hub_data = load_file(hub_path, rel(hub_path), Hub)
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
    problems.extend(cross_file_problems(errors, marketplaces, categories, rel, root / "errors"))
    terms, found = load_terms(root, rel)
    problems.extend(found)
    prose_files = [(hub_path, hub_data)] if hub is not None else []
    prose_files += [(path, data) for loaded in (marketplaces, categories, errors) for _, path, data in loaded.values()]
    for path, data in prose_files:
        problems.extend(term_problems(path, rel(path), data, terms))
    if help_center is not None:
        known = {HUB.target, *(Page.marketplace(s).target for s in marketplaces),
                 *(Page.category(s).target for s in categories), *(Page.error(i).target for i in errors)}
        for number, article in enumerate(help_center.articles):
            if article.target not in known:
                line, col = position(node_at(compose(index_path), ("articles", number, "target"))[0])
                problems.append(Problem(rel(index_path), line, col,
                                        f"target `{article.target}` is not a page of the site{did_you_mean(article.target, known)}"))

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
        files=files,
    )

