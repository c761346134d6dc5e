"""`order-errors export --help-center DIR`: the catalog as help-center articles, to publish back.

One Markdown file per page and language, in the help center's folder layout
(`docs/<locale>/troubleshooting/<section>/<slug>.md`), with its front matter. A page that took
over a help-center article keeps that article's id and slugs; links between pages point to the
help center's addresses of their targets. Each language's section folder belongs to the export: a file
it did not write this time is removed.
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

import yaml

from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid
from order_errors.core.catalog import Catalog
from order_errors.core.languages import LANGS
from order_errors.core.urls import ALL_ERRORS, HUB, Page
from order_errors.site.render import Renderer

SECTIONS = {"en": "integrations-and-channels", "es": "integraciones-y-canales", "pt": "integrações-e-canais"}


def _targets(catalog: Catalog) -> dict[str, str]:
    """Docs path of each page -> its target name in catalog/help-center.yaml. The all-errors list is
    exported too: the hub, the categories and the marketplaces link to it (filtered by `?marketplace=`)."""
    pages = [HUB, ALL_ERRORS, *map(Page.category, catalog.categories), *map(Page.marketplace, catalog.marketplaces),
             *map(Page.error, catalog.errors)]
    return {page.docs_path: page.target for page in pages}


def export_help_center(catalog: Catalog, out: Path) -> list[Path]:
    targets = _targets(catalog)
    articles = {}
    for article in catalog.help_center:
        articles.setdefault(article.target, article)  # the first article listed for a page is its own

    def slug(docs_path: str, lang: str) -> str:
        article = articles.get(targets.get(docs_path, ""))
        if article and lang in article.slug:
            return article.slug[lang]
        return docs_path.removesuffix(".md").removesuffix("/index").replace("/", "-") or "order-errors"

    written = []
    for lang in LANGS:
        renderer = Renderer(catalog, lang, link=lambda target, _page, lang=lang: f"/{lang}/troubleshooting/{slug(target, lang)}")
        for docs_path, markdown in renderer.pages().items():
            if docs_path not in targets:
                continue  # the list of recent changes is this site's own page, not an article
            _, front, body = markdown.split("---\n", 2)
            meta = yaml.safe_load(front)
            article = articles.get(targets[docs_path])
            fields = {
                "title": html.unescape(meta["title"]),  # escaped for the theme, which prints it as HTML; plain here
                "id": article.id if article else meta["id"],
                "status": "PUBLISHED",
                "createdAt": meta.get("createdAt"),
                "updatedAt": meta.get("updatedAt"),
                "contentType": meta["contentType"],
                "productTeam": meta["productTeam"],
                "slug": slug(docs_path, lang),
                "slugEN": slug(docs_path, "en"),
                "locale": lang,
                "legacySlug": meta.get("legacySlug"),
            }
            path = out / "docs" / lang / "troubleshooting" / SECTIONS[lang] / f"{fields['slug']}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            front_matter = yaml.safe_dump({k: v for k, v in fields.items() if v is not None}, allow_unicode=True, sort_keys=False)
            path.write_text(f"---\n{front_matter}---\n{body}", encoding="utf-8")
            written.append(path)
    _remove_stale(out, written)
    return written


def _remove_stale(out: Path, written: list[Path]) -> None:
    """The export owns each language's section folder: what it did not write this time (an entry since
    removed or renamed) goes, or the help center would go on publishing it."""
    keep = set(written)
    for lang in LANGS:
        section = out / "docs" / lang / "troubleshooting" / SECTIONS[lang]
        for path in section.rglob("*") if section.is_dir() else ():
            if (path.is_file() or path.is_symlink()) and path not in keep:
                path.unlink()


def add_parser(commands) -> None:
    export = commands.add_parser("export", help="write the catalog as help-center articles")
    export.add_argument("--help-center", type=Path, required=True, metavar="DIR", help="folder to write docs/<locale>/... into")
    export.add_argument("--catalog", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        catalog = load_catalog(args.catalog)
    except CatalogInvalid as invalid:
        print(invalid, file=sys.stderr)
        return 1
    written = export_help_center(catalog, args.help_center)
    print(f"wrote {len(written)} help-center articles under {args.help_center}")
    return 0
