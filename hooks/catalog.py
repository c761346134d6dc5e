"""MkDocs hook: the catalog in `catalog/` becomes pages, navigation and data files of the site.

Thin on purpose: loading, validation and rendering live in the `order_errors` package. The
catalog is validated in `on_config`, before MkDocs empties `site/`, so an invalid catalog
never replaces a good site with a half-written one.

The default build is English; once it is written, it runs the same configuration again for
each other language into `site/<lang>/` (`extra.catalog_lang` tells a build its language), so
every language gets Material's interface strings, `<html lang>` and navigation of its own.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from order_errors.csp import add_policy
from order_errors.i18n import UI
from order_errors.load import CatalogInvalid, load_catalog
from order_errors.model import LANGS
from order_errors.render import DEFAULT_LANG
from order_errors.site import SiteContent

_content: SiteContent | None = None
_serving = False  # `mkdocs serve` injects its live-reload script: no policy while previewing


def _catalog_dir(config) -> Path:
    return Path(config.config_file_path).parent / "catalog"


def _lang(config) -> str:
    return config.extra.get("catalog_lang", DEFAULT_LANG)


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_config(config):
    global _content
    try:
        catalog = load_catalog(_catalog_dir(config))
    except CatalogInvalid as invalid:
        raise PluginError(f"the catalog has {len(invalid.problems)} problem(s):\n{invalid}") from None
    lang = _lang(config)
    base = urlsplit(config.site_url or "/").path or "/"
    edit_base = config.extra.get("catalog_edit_url") or (config.repo_url and config.repo_url.rstrip("/") + "/edit/main/")
    _content = SiteContent.build(catalog, lang, base=base if base.endswith("/") else base + "/", edit_base=edit_base)
    config.nav = _content.nav + list(config.nav or [])
    config.theme["language"] = lang
    if lang != DEFAULT_LANG:
        config.site_name = UI[lang]["site_name"]
    return config


def on_files(files, config):
    for path, text in {**_content.pages, **_content.assets}.items():
        files.append(File.generated(config, path, content=text))
    return files


def on_post_page(output, page, config):
    return output if _serving else add_policy(output)


def on_post_template(output, template_name, config):
    return output if _serving or not template_name.endswith(".html") else add_policy(output)


def on_post_build(config):
    if _lang(config) != DEFAULT_LANG:
        return
    for lang in LANGS:
        if lang != DEFAULT_LANG:
            translated = load_config(
                config.config_file_path,
                site_dir=os.path.join(config.site_dir, lang),
                site_url=config.site_url and config.site_url.rstrip("/") + f"/{lang}/",
                strict=config.strict,
                extra={**config.extra, "catalog_lang": lang},
            )
            build(translated)


def on_serve(server, config, builder):
    server.watch(str(_catalog_dir(config)))
    return server
