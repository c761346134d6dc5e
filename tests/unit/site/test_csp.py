"""Each page's Content-Security-Policy: the theme's known inline scripts allowed by hash, any other
inline script not, nothing from another host."""

from __future__ import annotations

import base64
import hashlib
import re

from order_errors.site.csp import add_policy, policy_for

THEME_SCRIPT = "var theme = 1;"
LATE_SCRIPT = 'document.body.dataset.x = "2";'
SLIPPED_IN = "alert(document.cookie)"  # an inline script no template of the theme writes
KNOWN = frozenset({THEME_SCRIPT, LATE_SCRIPT})

PAGE = f"""<!doctype html><html><head><title>x</title>
<script>{THEME_SCRIPT}</script>
<script src="assets/bundle.js"></script>
<script type="application/json" id="config">{{"a": 1}}</script>
</head><body><script id="late">{LATE_SCRIPT}</script></body></html>"""


def sha256(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (d.split() for d in policy.split("; "))}


def test_only_known_inline_scripts_are_hashed_and_nothing_is_unsafe():
    policy = directives(policy_for(PAGE, KNOWN))
    assert policy["script-src"] == ["'self'", *sorted([sha256(THEME_SCRIPT), sha256(LATE_SCRIPT)])]
    assert policy["default-src"] == ["'self'"] and policy["connect-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert not any("http" in value or value == "*" or "unsafe" in value
                   for name, values in policy.items() if name != "style-src" for value in values)


def test_an_inline_script_that_is_not_a_known_one_gets_no_hash():
    page = PAGE.replace("</body>", f"<script>{SLIPPED_IN}</script></body>")
    script_src = directives(policy_for(page, KNOWN))["script-src"]
    assert sha256(SLIPPED_IN) not in script_src
    assert script_src == ["'self'", *sorted([sha256(THEME_SCRIPT), sha256(LATE_SCRIPT)])]
    # Nothing known: not even the page's own inline scripts are allowed.
    assert directives(policy_for(PAGE, frozenset()))["script-src"] == ["'self'"]


def test_a_page_without_inline_scripts_allows_only_its_own_files():
    assert directives(policy_for("<html><head></head><body></body></html>", KNOWN))["script-src"] == ["'self'"]


def test_the_policy_is_the_first_element_of_head():
    html = add_policy(PAGE, KNOWN)
    head = html.split("<head>", 1)[1].lstrip()
    meta = re.match(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
    assert meta and meta.group(1) == policy_for(PAGE, KNOWN)
    assert html.count("Content-Security-Policy") == 1
    assert html.replace(meta.group(0), "").replace("<head>\n    ", "<head>") == PAGE
