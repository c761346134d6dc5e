"""How the browser tests drive Chromium."""

from __future__ import annotations

import re

from support.paths import ROOT

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


# axe-core, installed by `make test` from the npm registry, and injected into a page to audit it.
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now."""
    # Contrast is measured on what is painted: let the theme's fade-in transitions finish first.
    page.evaluate("() => Promise.all(document.getAnimations().map(a => a.finished))")
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:3]]}"
            for v in violations if v["impact"] in ("serious", "critical")]
