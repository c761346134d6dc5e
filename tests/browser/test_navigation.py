"""A reader in a real browser: hub -> marketplace -> error."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect


def heading(text: str) -> re.Pattern:
    """An h1's text: the title, then Material's permalink sign."""
    return re.compile("^" + re.escape(text) + r"\W*$")


def test_hub_to_marketplace_to_error(page: Page, site_url, catalog):
    page.goto(site_url + "/")
    expect(page.locator("h1")).to_have_text(heading(catalog.hub.title.en))

    page.locator("article .oe-card a", has_text="Amazon").first.click()
    expect(page).to_have_url(site_url + "/marketplaces/amazon/")
    expect(page.locator("h1")).to_have_text(heading("Amazon"))

    first = catalog.errors_of_marketplace("amazon")[0]
    page.locator("article .oe-card a", has_text=first.title.en).first.click()
    expect(page).to_have_url(site_url + f"/errors/{first.id}/")
    expect(page.locator("h1")).to_have_text(heading(first.title.en))
    expect(page.locator(".oe-message code").first).to_contain_text(first.messages[0].text.split("{")[0].strip())

    page.locator("article a", has_text=catalog.categories[first.category].name.en).first.click()
    expect(page).to_have_url(site_url + f"/categories/{first.category}/")
