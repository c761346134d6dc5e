"""MkDocs hook: the catalog in `catalog/` becomes pages, navigation and data files of the site.

Thin on purpose: loading, validation and rendering live in the `order_errors` package, and this
build's state lives in one object, `BUILD`. The catalog is validated in `on_config`, before MkDocs
empties `site/`, so an invalid catalog never replaces a good site with a half-written one.

The default build is English; it runs the same configuration again for each other language
into `site/<lang>/`, as child processes handed the loaded catalog (`order_errors.site.language_builds`),
so every language gets Material's interface strings, `<html lang>` and navigation of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from order_errors.catalog import collector
from order_errors.catalog.problems import CatalogInvalid
from order_errors.core.catalog import Catalog
from order_errors.core.languages import DEFAULT_LANG, LANGS
from order_errors.core.ui_text import UI
from order_errors.site.content import SiteContent, load_once
from order_errors.site.csp import KnownScripts, add_policy
from order_errors.site.language_builds import LanguageBuilds, LanguageJob, run_in_background, stop_background


@dataclass
class Build:
    """What one run of MkDocs (one language) knows between its events."""

    job: LanguageJob | None = None  # set when this process is a child building another language
    serving: bool = False  # `mkdocs serve` injects its live-reload script: no policy while previewing
    catalog: Catalog | None = None
    content: SiteContent | None = None
    other_languages: LanguageBuilds | None = None  # started by the English build
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
    BUILD.serving = command == "serve" or bool(BUILD.job and BUILD.job.serving)


def on_config(config):
    stop_background()  # a new serve rebuild replaces what they would write
    collector.take_back()
    base = urlsplit(config.site_url or "/").path or "/"
    base = base if base.endswith("/") else base + "/"
    catalog = BUILD.catalog = _load(_catalog_dir(config))
    collector.set_aside()  # it stays until the next build: collections need not walk it (nor, below, its pages)
    lang = BUILD.lang
    if lang == DEFAULT_LANG and not BUILD.serving:  # their work overlaps ours from here on
        BUILD.other_languages = _start_other_languages(catalog, config)
    edit_base = config.extra.get("catalog_edit_url") or (config.repo_url and config.repo_url.rstrip("/") + "/edit/main/")
    BUILD.content = SiteContent.build(catalog, lang, base=base, edit_base=edit_base)
    config.nav = BUILD.content.nav + list(config.nav or [])
    collector.set_aside()
    config.theme["language"] = lang
    if lang != DEFAULT_LANG:
        config.site_name = UI[lang]["site_name"]
        config.site_url = config.site_url and config.site_url.rstrip("/") + f"/{lang}/"
    return config


def _load(catalog_dir: Path):
    try:
        return BUILD.job.catalog() if BUILD.job else load_once(catalog_dir)
    except CatalogInvalid as invalid:
        raise PluginError(f"the catalog has {len(invalid.problems)} problem(s):\n{invalid}") from None


def on_files(files, config):
    for path, text in {**BUILD.content.pages, **BUILD.content.assets}.items():
        files.append(File.generated(config, path, content=text))
    return files


def on_env(env, config, files):
    BUILD.known_scripts = KnownScripts(env, config.theme.dirs, config)
    return env


def on_page_context(context, page, config, nav):
    BUILD.base_url = context["base_url"]
    return context


def on_template_context(context, template_name, config):
    BUILD.base_url = context["base_url"]
    return context


def _with_policy(output: str) -> str:
    return add_policy(output, BUILD.known_scripts.for_base_url(BUILD.base_url))


def on_post_page(output, page, config):
    return output if BUILD.serving else _with_policy(output)


def on_post_template(output, template_name, config):
    return output if BUILD.serving or not template_name.endswith(".html") else _with_policy(output)


def _start_other_languages(catalog, config) -> LanguageBuilds:
    others = [lang for lang in LANGS if lang != DEFAULT_LANG]
    return LanguageBuilds(catalog, others, config.config_file_path, config.site_dir, config.strict, BUILD.serving)


def on_post_build(config):
    if BUILD.lang != DEFAULT_LANG:
        return
    if BUILD.serving:  # the English page is served now; the others follow
        run_in_background(_start_other_languages(BUILD.catalog, config))
        return
    builds, BUILD.other_languages = BUILD.other_languages, None
    for lang, errors in builds.wait().items():
        raise PluginError(f"the {lang} build failed:\n{errors}")


def on_build_error(error):
    if BUILD.other_languages:
        BUILD.other_languages.stop()
        BUILD.other_languages.wait()
        BUILD.other_languages = None


def on_shutdown():
    stop_background()


def on_serve(server, config, builder):
    server.watch(str(_catalog_dir(config)))
    return server
