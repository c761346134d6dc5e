"""MkDocs hook: the catalog in `catalog/` becomes pages, navigation and data files of the site.

Thin on purpose: loading, validation and rendering live in the `order_errors` package, and this
build's state lives in one object, `BUILD`. The catalog is validated in `on_config`, before MkDocs
empties `site/`, so an invalid catalog never replaces a good site with a half-written one.

The default build is English; it runs the same configuration again for each other language
into `site/<lang>/`, as child processes handed the loaded catalog (`order_errors.site.language_builds`),
so every language gets Material's interface strings, `<html lang>` and navigation of its own.

A build never leaves `site/` half-written: `mkdocs build` writes every language into a staging folder
beside it, swapped into place at the very end (`on_shutdown`, once MkDocs has also passed its strict
checks). A failed build, or one stopped by SIGTERM or Ctrl-C, removes its staging folders, its children
and their catalog pickle, and the previous site stays as it was.
"""

from __future__ import annotations

import os
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from order_errors.catalog import collector
from order_errors.catalog.problems import CatalogInvalid
from order_errors.core.catalog import Catalog
from order_errors.core.languages import DEFAULT_LANG, LANGS, NATIVE_NAMES
from order_errors.core.ui_text import UI
from order_errors.site import preview
from order_errors.site.content import SiteContent, load_once
from order_errors.site.csp import KnownScripts, add_policy
from order_errors.site.language_builds import (
    LanguageBuilds,
    LanguageJob,
    abandon_all,
    new_staging,
    remove_stale_staging,
    run_in_background,
    stop_background,
    swap_into_place,
    watch_parent,
)
from order_errors.site.shared_nav import SharedNavigation


@dataclass
class Build:
    """What one run of MkDocs (one language) knows between its events."""

    job: LanguageJob | None = None  # set when this process is a child building another language
    serving: bool = False  # `mkdocs serve` injects its live-reload script: no policy while previewing
    dirty_preview: bool = False  # `mkdocs serve --dirty`: a rebuild writes only the pages that changed
    catalog: Catalog | None = None
    content: SiteContent | None = None
    other_languages: LanguageBuilds | None = None  # started by the English build
    marked: object = None  # the navigation entry shown as the current page's place, while it is written
    # `mkdocs build` writes into a staging folder beside the site, swapped into place when all is built.
    site_dir: Path | None = None
    staging: Path | None = None
    failed: bool = False
    known_scripts: KnownScripts | None = None  # the theme's inline scripts, the only ones the policy allows
    base_url: str = "."  # of the page or template being rendered, for its known scripts

    @property
    def lang(self) -> str:
        return self.job.lang if self.job else DEFAULT_LANG


BUILD = Build()


def _catalog_dir(config) -> Path:
    return Path(config.config_file_path).parent / "catalog"


def on_startup(command, dirty):
    BUILD.job = LanguageJob.of_this_process()
    if BUILD.job:
        watch_parent(BUILD.job)
    BUILD.serving = command == "serve" or bool(BUILD.job and BUILD.job.serving)
    BUILD.dirty_preview = command == "serve" and dirty
    if BUILD.dirty_preview:
        preview.allow_dirty_builds()


def on_config(config):
    stop_background()  # a new serve rebuild replaces what they would write
    collector.take_back()
    base = urlsplit(config.site_url or "/").path or "/"
    base = base if base.endswith("/") else base + "/"
    lang = BUILD.lang
    if lang == DEFAULT_LANG and not BUILD.serving:
        _stage(config)
        BUILD.other_languages = _start_other_languages(config)  # they start up while we load; their work overlaps ours
    catalog = _load(_catalog_dir(config))
    # Kept only by `mkdocs serve`, which hands it to the other languages after the English pages. A build
    # lets it go once its pages are made: MkDocs then fills the memory it held (at 10,000 errors, about 250 MB).
    BUILD.catalog = catalog if BUILD.serving else None
    if BUILD.other_languages:
        BUILD.other_languages.hand_over(catalog)
    collector.set_aside()  # while it is here, collections need not walk it (nor, below, its pages)
    edit_base = config.extra.get("catalog_edit_url") or (config.repo_url and config.repo_url.rstrip("/") + "/edit/main/")
    BUILD.content = SiteContent.build(catalog, lang, base=base, edit_base=edit_base)
    config.nav = BUILD.content.nav + list(config.nav or [])
    collector.set_aside()
    config.theme["language"] = lang
    config.extra["language_names"] = NATIVE_NAMES  # the language switcher's labels
    config.extra["oe_ui"] = UI[lang]  # the theme overrides' own words (404 page, footer)
    if lang != DEFAULT_LANG:
        config.site_name = UI[lang]["site_name"]
        config.site_url = config.site_url and config.site_url.rstrip("/") + f"/{lang}/"
    return config


def _stage(config) -> None:
    """Build into a staging folder beside the site, and clean up if the build is stopped."""
    BUILD.site_dir = Path(config.site_dir)
    BUILD.site_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(BUILD.site_dir)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stopped_by_signal)
    BUILD.staging = new_staging(BUILD.site_dir, DEFAULT_LANG)
    config.site_dir = str(BUILD.staging)


def _abandon() -> None:
    """The build will not finish: stop its children, remove what it wrote beside the site."""
    abandon_all()
    BUILD.other_languages = None
    if BUILD.staging:
        shutil.rmtree(BUILD.staging, ignore_errors=True)
        BUILD.staging = None


def _stopped_by_signal(signum, frame) -> None:
    _abandon()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)  # end as the signal would have ended us, exit status and all


def _load(catalog_dir: Path):
    try:
        return BUILD.job.catalog() if BUILD.job else load_once(catalog_dir, keep=BUILD.serving)
    except CatalogInvalid as invalid:
        raise PluginError(f"the catalog has {len(invalid.problems)} problem(s):\n{invalid}") from None


def on_files(files, config):
    for file in preview.page_files(config, BUILD.content.pages, BUILD.content.html_blocks, BUILD.dirty_preview):
        files.append(file)
    for path, text in BUILD.content.assets.items():
        files.append(File.generated(config, path, content=text))
    return files


def on_env(env, config, files):
    BUILD.known_scripts = KnownScripts(env, config.theme.dirs, config)
    env.globals["oe_navigation"] = SharedNavigation(env, config.theme.dirs, _sidebar_key)
    if BUILD.serving:
        env.bytecode_cache = preview.COMPILED_TEMPLATES
    return env


def on_page_content(html, page, config, files):
    return BUILD.content.with_blocks(page.file.src_uri, html)


def _sidebar_key(page) -> tuple | None:
    """Error pages of one category, all as deep in the site, have the same sidebar (`shared_nav`)."""
    parent = page is not None and BUILD.content.nav_parents.get(page.file.src_uri)
    return (parent, page.url.count("/")) if parent else None


def on_page_context(context, page, config, nav):
    """An error page is in no menu: its category's entry shows where the reader is instead."""
    BUILD.base_url = context["base_url"]
    parent = BUILD.content.nav_parents.get(page.file.src_uri)
    if parent:
        for candidate in nav.pages:
            if candidate.file.src_uri == parent:
                candidate.active = True  # marks its sections too; undone once the page is written
                BUILD.marked = candidate
    return context


def on_template_context(context, template_name, config):
    BUILD.base_url = context["base_url"]
    return context


def _with_policy(output: str) -> str:
    return add_policy(output, BUILD.known_scripts.for_base_url(BUILD.base_url))


def on_post_page(output, page, config):
    if BUILD.marked:
        BUILD.marked.active = False
        BUILD.marked = None
    return output if BUILD.serving else _with_policy(output)


def on_post_template(output, template_name, config):
    return output if BUILD.serving or not template_name.endswith(".html") else _with_policy(output)


def _start_other_languages(config) -> LanguageBuilds:
    others = [lang for lang in LANGS if lang != DEFAULT_LANG]
    return LanguageBuilds(others, config.config_file_path, config.site_dir, config.strict, BUILD.serving)


def on_post_build(config):
    if BUILD.lang != DEFAULT_LANG:
        return
    if BUILD.serving:  # the English page is served now; the others follow
        builds = _start_other_languages(config)
        builds.hand_over(BUILD.catalog)
        run_in_background(builds)
        return
    builds, BUILD.other_languages = BUILD.other_languages, None
    for lang, errors in builds.wait().items():
        raise PluginError(f"the {lang} build failed:\n{errors}")


def on_build_error(error):
    BUILD.failed = True
    _abandon()


def on_shutdown():
    stop_background()
    if BUILD.staging and not BUILD.failed:
        # Signals wait for the two renames, so that they never find the site moved away and the new one not in.
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
        try:
            swap_into_place(BUILD.staging, BUILD.site_dir)
            BUILD.staging = None
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    _abandon()


def on_serve(server, config, builder):
    server.watch(str(_catalog_dir(config)))
    return server
