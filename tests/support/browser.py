"""How the browser tests drive Chromium."""

from __future__ import annotations

import re

CHROMIUM = "/usr/bin/chromium"
# No background traffic of Chromium's own: the tests assert that no page asks another host.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
# Resolves once the page's search has all its data. (An evaluate, not wait_for_function: the
# pages' Content-Security-Policy forbids the eval that wait_for_function's polling uses.)
SEARCH_READY = "() => window.orderErrorsSearch.ready.then(() => true)"


def carrying_the_paste(address: str) -> re.Pattern[str]:
    """A result's address: the entry's page, carrying what was pasted (`?q=`) so the page can show it."""
    return re.compile("^" + re.escape(address) + r"(\?q=[^#]*)?$")
