"""Fast previews (`mkdocs serve --dirty`): which generated pages a rebuild writes again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mkdocs.config import load_config

from order_errors.site import preview

pytestmark = pytest.mark.unit


@pytest.fixture
def config(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "main.html").write_text("{% extends 'base.html' %}", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Preview\ntheme: {name: mkdocs, custom_dir: overrides}\n", encoding="utf-8")
    made = load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    made.nav = [{"Errors": "errors/index.md"}]
    made.plugins._current_plugin = "hooks"  # as while MkDocs runs a hook's event, which names what it generates
    return made


def _build(config, pages, html_blocks=None):
    """What MkDocs does with the files in a dirty build: write those it finds modified."""
    files = preview.page_files(config, pages, html_blocks or {}, dirty_preview=True)
    written = {file.src_uri for file in files if file.is_modified()}
    for file in files:
        if file.src_uri in written:
            output = Path(file.abs_dest_path)
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(file.content_string, encoding="utf-8")
    return written


PAGES = {"errors/index.md": "# All", "errors/a.md": "# A", "errors/b.md": "# B"}


def test_only_pages_whose_text_changed_are_written_again(config):
    assert _build(config, PAGES) == set(PAGES)
    assert _build(config, PAGES) == set()
    assert _build(config, {**PAGES, "errors/a.md": "# A, renamed"}) == {"errors/a.md"}


def test_a_page_whose_html_blocks_changed_is_written_again(config):
    """A card's title changes in the HTML set aside from the page's Markdown, not in its text."""
    pages = {**PAGES, "errors/index.md": "# All\n\n<!--oe-verbatim 0-->\n"}
    _build(config, pages, {"errors/index.md": ('<ul><li>A</li></ul>',)})
    assert _build(config, pages, {"errors/index.md": ('<ul><li>A</li></ul>',)}) == set()
    assert _build(config, pages, {"errors/index.md": ('<ul><li>A, renamed</li></ul>',)}) == {"errors/index.md"}


def test_a_page_whose_output_is_missing_is_written(config, tmp_path):
    _build(config, PAGES)
    (tmp_path / "site" / "errors" / "b" / "index.html").unlink()
    assert _build(config, PAGES) == {"errors/b.md"}


@pytest.mark.parametrize("change", ["nav", "extra", "pages", "theme override"])
def test_a_change_every_page_shares_writes_every_page_and_empties_the_folder(config, tmp_path, change):
    _build(config, PAGES)
    stray = tmp_path / "site" / "stray.html"
    stray.write_text("left by an earlier build", encoding="utf-8")
    pages = dict(PAGES)
    if change == "nav":
        config.nav = [{"Every error": "errors/index.md"}]
    elif change == "extra":
        config.extra["oe_ui"] = {"site_name": "renamed"}
    elif change == "pages":
        pages["errors/c.md"] = "# C"
    else:
        override = tmp_path / "overrides" / "main.html"
        stat = override.stat()
        os.utime(override, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # saved again
    assert _build(config, pages) == set(pages)
    assert not stray.exists()


def test_a_clean_build_writes_every_page_even_after_a_dirty_one(config):
    _build(config, PAGES)
    files = preview.page_files(config, PAGES, {}, dirty_preview=False)
    assert all(file.is_modified() for file in files)
