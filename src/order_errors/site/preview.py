"""Fast previews: under `mkdocs serve --dirty` (`make serve`), a rebuild writes only the pages whose text changed.

MkDocs's dirty mode rebuilds a page when its source file is newer than its output. Generated pages
have no source file, so MkDocs would rebuild every one of them: 127 English pages of the real
catalog, about 2.6 s, when a changed title changes five. Each generated page's text is a function of
the catalog alone, so comparing it with the previous rebuild's says whether its own part of the HTML
can differ. What every page shares (the navigation, the theme, the configuration, the interface
words, which pages exist) is compared as a whole: when any of it changed, the served folder is
emptied and every page is rebuilt, as a clean build does. Dirty builds are then exact, and the
warning MkDocs gives about them (which `--strict` would turn into a failure) is dropped.

Theme templates compiled by one rebuild are kept for the next (`COMPILED_TEMPLATES`).

This module's state outlives the hook module, which MkDocs may import again for each rebuild.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from jinja2 import BytecodeCache
from mkdocs.structure.files import File
from mkdocs.utils import clean_directory

_previous_pages: dict[str, tuple] = {}  # docs path -> its text and HTML blocks in the previous rebuild
_previous_shared: str | None = None


class GeneratedPage(File):
    """A generated page that is rebuilt only when its text changed or its output is missing."""

    unchanged = False

    def is_modified(self) -> bool:
        return not self.unchanged or not os.path.isfile(self.abs_dest_path)


def _shared_fingerprint(config, pages: dict[str, str]) -> str:
    """What every page's HTML depends on beside its own text."""
    digest = hashlib.sha256()
    extra = sorted(config.extra.items(), key=lambda item: item[0])
    digest.update(repr((config.nav, extra, sorted(pages), config.theme.get("language"))).encode())
    # The configuration file and the theme's overrides: the other theme folders are installed packages.
    watched = [Path(config.config_file_path)]
    if config.theme.custom_dir:
        watched += sorted(p for p in Path(config.theme.custom_dir).rglob("*") if p.is_file())
    for path in watched:
        digest.update(f"{path}:{path.stat().st_mtime_ns}".encode())
    return digest.hexdigest()


def page_files(config, pages: dict[str, str], html_blocks: dict[str, tuple[str, ...]], dirty_preview: bool) -> list[File]:
    """The generated pages as MkDocs files. In a dirty preview, those whose text, HTML blocks
    (`order_errors.site.verbatim`) and shared context are those of the previous rebuild are marked
    unchanged; when the shared context changed, the served folder is emptied first so that every page,
    generated or not, is written again."""
    global _previous_pages, _previous_shared
    files = [GeneratedPage.generated(config, path, content=text) for path, text in pages.items()]
    if not dirty_preview:
        return files
    shared = _shared_fingerprint(config, pages)
    if shared != _previous_shared:
        clean_directory(config.site_dir)
    else:
        for file in files:
            file.unchanged = _previous_pages.get(file.src_uri) == (file.content_string, html_blocks.get(file.src_uri))
    _previous_pages = {path: (text, html_blocks.get(path)) for path, text in pages.items()}
    _previous_shared = shared
    return files


class _CompiledTemplates(BytecodeCache):
    """The theme's templates as compiled by the previous rebuild: MkDocs makes a new Jinja environment
    for each, which compiled some fifty templates again (a third of a dirty rebuild). Jinja checks
    each template's source against the checksum it was compiled from."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = _CompiledTemplates()


class _DirtyBuildsAreExact(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def allow_dirty_builds() -> None:
    """Drop MkDocs's warning that a dirty build may be inaccurate: `page_files` makes it exact."""
    logging.getLogger("mkdocs.commands.build").addFilter(_DirtyBuildsAreExact())
