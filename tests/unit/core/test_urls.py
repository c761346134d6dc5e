"""Where each page lives: `Page`, its docs path and URL in each language, relative links, alternates."""

from __future__ import annotations

import posixpath

import pytest

from order_errors.core.urls import ALL_ERRORS, HUB, RECENT, Page, alternates, page_url, relative_link, relative_url


def test_a_page_is_named_by_its_target_and_back():
    for target in ("hub", "errors/sku-out-of-stock", "categories/price", "marketplaces/shopx"):
        assert Page.from_target(target).target == target
    assert Page.from_target("errors/sku-out-of-stock") == Page.error("sku-out-of-stock")
    assert Page.from_target("categories/price") == Page.category("price")
    assert Page.from_target("marketplaces/shopx") == Page.marketplace("shopx")
    assert Page.from_target("hub") == HUB


@pytest.mark.parametrize("page,docs_path,url", [
    (HUB, "index.md", "/"),
    (ALL_ERRORS, "errors/index.md", "/errors/"),
    (RECENT, "recent.md", "/recent/"),
    (Page.error("sku-out-of-stock"), "errors/sku-out-of-stock.md", "/errors/sku-out-of-stock/"),
    (Page.category("price"), "categories/price.md", "/categories/price/"),
    (Page.marketplace("shopx"), "marketplaces/shopx.md", "/marketplaces/shopx/"),
], ids=lambda v: v.target if isinstance(v, Page) else None)
def test_docs_path_and_url_of_each_kind_of_page(page, docs_path, url):
    assert page.docs_path == docs_path
    assert page.url() == url
    assert page.url("/", "pt") == "/pt" + url
    assert page.url("/site/", "es") == "/site/es" + url
    assert page.url("") == url.removeprefix("/")


def test_page_url_drops_index_only_as_a_whole_name():
    assert page_url("index.md") == "/"
    assert page_url("errors/index.md", lang="es") == "/es/errors/"
    assert page_url("errors/reindex.md") == "/errors/reindex/"


@pytest.mark.parametrize("target,page", [
    ("errors/a.md", "errors/b.md"),
    ("categories/price.md", "errors/b.md"),
    ("index.md", "marketplaces/shopx.md"),
    ("errors/a.md", "index.md"),
    ("errors/index.md", "errors/index.md"),
    ("a/b/c.md", "a/d/e/f.md"),
    ("a/b.md", "a/b/c.md"),
])
def test_relative_link_is_what_relpath_gives(target, page):
    assert relative_link(target, page) == posixpath.relpath(target, posixpath.dirname(page) or ".")


@pytest.mark.parametrize("target", ["index.md", "errors/index.md", "errors/a.md", "categories/price.md", "recent.md"])
@pytest.mark.parametrize("page", ["index.md", "errors/index.md", "errors/b.md", "errors/a.md", "marketplaces/shopx.md"])
def test_relative_url_is_what_relpath_gives_between_directory_urls(target, page):
    rel = posixpath.relpath(page_url(target), page_url(page))
    assert relative_url(target, page) == ("./" if rel == "." else rel + "/")


def test_alternates_lead_to_the_same_page_in_every_language():
    assert alternates("errors/sku-out-of-stock.md", "en") == {
        "en": "./", "es": "../../es/errors/sku-out-of-stock/", "pt": "../../pt/errors/sku-out-of-stock/"}
    assert alternates("errors/sku-out-of-stock.md", "pt") == {
        "en": "../../../errors/sku-out-of-stock/", "es": "../../../es/errors/sku-out-of-stock/", "pt": "./"}
    assert alternates("index.md", "es") == {"en": "../", "es": "./", "pt": "../pt/"}
    for lang in ("en", "es", "pt"):
        here = page_url("categories/price.md", "/", lang)
        for other, link in alternates("categories/price.md", lang).items():
            assert posixpath.normpath(posixpath.join(here, link)) + "/" == page_url("categories/price.md", "/", other)
