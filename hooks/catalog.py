"""MkDocs hook: the catalog in `catalog/` becomes pages, navigation and data files of the site.

Thin on purpose: loading, validation and rendering live in the `order_errors` package. The
catalog is validated in `on_config`, before MkDocs empties `site/`, so an invalid catalog
never replaces a good site with a half-written one.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from order_errors.load import CatalogInvalid, load_catalog
from order_errors.site import SiteContent

_content: SiteContent | None = None


def _catalog_dir(config) -> Path:
    return Path(config.config_file_path).parent / "catalog"


def on_config(config):
    global _content
    try:
        catalog = load_catalog(_catalog_dir(config))
    except CatalogInvalid as invalid:
        raise PluginError(f"the catalog has {len(invalid.problems)} problem(s):\n{invalid}") from None
    base = urlsplit(config.site_url or "/").path or "/"
    _content = SiteContent.build(catalog, base=base if base.endswith("/") else base + "/")
    config.nav = _content.nav + list(config.nav or [])
    return config


def on_files(files, config):
    for path, text in {**_content.pages, **_content.assets}.items():
        files.append(File.generated(config, path, content=text))
    return files


def on_serve(server, config, builder):
    server.watch(str(_catalog_dir(config)))
    return server
