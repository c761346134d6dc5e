"""MkDocs hook: the catalog in `catalog/` becomes pages, navigation and data files of the site.

Thin on purpose: loading, validation and rendering live in the `order_errors` package. The
catalog is validated in `on_config`, before MkDocs empties `site/`, so an invalid catalog
never replaces a good site with a half-written one.

The default build is English; it runs the same configuration again for each other language
into `site/<lang>/`, as child processes handed the loaded catalog (`order_errors.language_builds`),
so every language gets Material's interface strings, `<html lang>` and navigation of its own.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from order_errors import heap
from order_errors.csp import add_policy
from order_errors.i18n import UI
from order_errors.language_builds import (
    LANG_VARIABLE,
    SERVING_VARIABLE,
    LanguageBuilds,
    run_in_background,
    shared_catalog,
    stop_background,
)
from order_errors.load import Catalog, CatalogInvalid
from order_errors.model import LANGS
from order_errors.render import DEFAULT_LANG
from order_errors.site import SiteContent, load_once

_catalog: Catalog | None = None
_content: SiteContent | None = None
_other_languages: LanguageBuilds | None = None  # started by the English build

_serving = False  # `mkdocs serve` injects its live-reload script: no policy while previewing


def _catalog_dir(config) -> Path:
    return Path(config.config_file_path).parent / "catalog"


def _lang(config) -> str:
    return os.environ.get(LANG_VARIABLE, DEFAULT_LANG)


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve" or os.environ.get(SERVING_VARIABLE) == "1"


def on_config(config):
    global _catalog, _content, _other_languages
    stop_background()  # a new serve rebuild replaces what they would write
    heap.take_back()
    base = urlsplit(config.site_url or "/").path or "/"
    base = base if base.endswith("/") else base + "/"
    catalog = _catalog = _load(_catalog_dir(config))
    heap.set_aside()  # it stays until the next build: collections need not walk it (nor, below, its pages)
    lang = _lang(config)
    if lang == DEFAULT_LANG and not _serving:  # their work overlaps ours from here on
        _other_languages = _start_other_languages(config)
    edit_base = config.extra.get("catalog_edit_url") or (config.repo_url and config.repo_url.rstrip("/") + "/edit/main/")
    _content = SiteContent.build(catalog, lang, base=base, edit_base=edit_base)
    config.nav = _content.nav + list(config.nav or [])
    heap.set_aside()
    config.theme["language"] = lang
    if lang != DEFAULT_LANG:
        config.site_name = UI[lang]["site_name"]
        config.site_url = config.site_url and config.site_url.rstrip("/") + f"/{lang}/"
    return config


def _load(catalog_dir: Path):
    try:
        return shared_catalog() or load_once(catalog_dir)
    except CatalogInvalid as invalid:
        raise PluginError(f"the catalog has {len(invalid.problems)} problem(s):\n{invalid}") from None


def on_files(files, config):
    for path, text in {**_content.pages, **_content.assets}.items():
        files.append(File.generated(config, path, content=text))
    return files


def on_post_page(output, page, config):
    return output if _serving else add_policy(output)


def on_post_template(output, template_name, config):
    return output if _serving or not template_name.endswith(".html") else add_policy(output)


def _start_other_languages(config) -> LanguageBuilds:
    others = [lang for lang in LANGS if lang != DEFAULT_LANG]
    return LanguageBuilds(_catalog, others, config.config_file_path, config.site_dir, config.strict, _serving)


def on_post_build(config):
    global _other_languages
    if _lang(config) != DEFAULT_LANG:
        return
    if _serving:
        run_in_background(_start_other_languages(config))  # the English page is served now; the others follow
        return
    builds, _other_languages = _other_languages, None
    for lang, errors in builds.wait().items():
        raise PluginError(f"the {lang} build failed:\n{errors}")


def on_build_error(error):
    global _other_languages
    if _other_languages:
        _other_languages.stop()
        _other_languages.wait()
        _other_languages = None


def on_shutdown():
    stop_background()


def on_serve(server, config, builder):
    server.watch(str(_catalog_dir(config)))
    return server
