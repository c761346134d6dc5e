"""The help center's addresses for the articles this site replaces, as static redirect pages.

A merchant's bookmark or a link in an old ticket (`/pt/tutorial/<slug>--<id>`, the article's
`legacySlug`, the older `/faq/` form) keeps working: it leads to the page that now covers it.
"""

from __future__ import annotations

import html
import posixpath

from order_errors.core.catalog import Catalog
from order_errors.core.languages import DEFAULT_LANG
from order_errors.core.model import HelpCenterArticle
from order_errors.core.urls import Page, page_url


def help_center_paths(article: HelpCenterArticle, lang: str) -> list[str]:
    """Every address the help center gave this article in `lang`, as `<lang>/<kind>/<slug>/`."""
    slugs = [f"tutorial/{article.slug[other]}--{article.id}" for other in ("pt", lang) if other in article.slug]
    legacy = article.legacy_slug.get(lang)
    if legacy:
        slugs += [f"tutorial/{legacy}", f"faq/{legacy}"]
    if lang in article.slug:
        slugs.append(f"troubleshooting/{article.slug[lang]}")
    return [f"{lang}/{slug}/" for slug in dict.fromkeys(slugs)]


def redirect_page(location: str, target: str, title: str, lang: str) -> str:
    href = html.escape(posixpath.relpath(target, location) + "/", quote=True)
    title = html.escape(title)
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>\n'
        f'<meta name="robots" content="noindex"><link rel="canonical" href="{href}">\n'
        f'<meta http-equiv="refresh" content="0; url={href}"></head>\n'
        f'<body><p><a href="{href}">{title}</a></p></body></html>\n'
    )


def english_prefix(pages: list[str], default_lang: str) -> dict[str, str]:
    """`/en/<page>` for every page: English lives at the root (its addresses predate the other
    languages and never change), but like the help center every language has its prefix."""
    files = {}
    for docs_path in pages:
        target = page_url(docs_path, "/", default_lang)
        location = f"/{default_lang}{target}"
        files[location.lstrip("/") + "index.html"] = redirect_page(location, target, target, default_lang)
    return files


def redirects(catalog: Catalog, lang: str, default_lang: str) -> dict[str, str]:
    """{file path in this language's build: redirect page} for every help-center address in `lang`."""
    files = {}
    for article in catalog.help_center:
        target = Page.from_target(article.target).url("/", lang)
        title = article.title.get(lang) or article.title.get("en") or article.id
        for location in help_center_paths(article, lang):
            in_build = location if lang == default_lang else location.removeprefix(f"{lang}/")
            files[in_build + "index.html"] = redirect_page("/" + location, target, title, lang)
    return files


def merged_entries(catalog: Catalog, lang: str) -> dict[str, str]:
    """{file path in this language's build: redirect page} for the address of every entry merged into another."""
    files = {}
    for entry in catalog.errors.values():
        target = Page.error(entry.id).url("/", lang)
        for old in entry.replaces:
            location = Page.error(old).url("/", lang)
            in_build = Page.error(old).url("", DEFAULT_LANG)
            files[in_build + "index.html"] = redirect_page(location, target, entry.title.get(lang), lang)
    return files
