"""Each page's Content-Security-Policy: its own inline scripts allowed by hash, nothing from another host."""

from __future__ import annotations

import base64
import hashlib
import re

from order_errors.site.csp import add_policy, policy_for

PAGE = """<!doctype html><html><head><title>x</title>
<script>var theme = 1;</script>
<script src="assets/bundle.js"></script>
<script type="application/json" id="config">{"a": 1}</script>
</head><body><script id="late">document.body.dataset.x = "2";</script></body></html>"""


def sha256(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (d.split() for d in policy.split("; "))}


def test_only_inline_scripts_are_hashed_and_nothing_is_unsafe():
    policy = directives(policy_for(PAGE))
    assert policy["script-src"] == ["'self'", *sorted([sha256("var theme = 1;"), sha256('document.body.dataset.x = "2";')])]
    assert policy["default-src"] == ["'self'"] and policy["connect-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert not any("http" in value or value == "*" for values in policy.values() for value in values)


def test_a_page_without_inline_scripts_allows_only_its_own_files():
    assert directives(policy_for("<html><head></head><body></body></html>"))["script-src"] == ["'self'"]


def test_the_policy_is_the_first_element_of_head():
    html = add_policy(PAGE)
    head = html.split("<head>", 1)[1].lstrip()
    meta = re.match(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', head)
    assert meta and meta.group(1) == policy_for(PAGE)
    assert html.count("Content-Security-Policy") == 1
    assert html.replace(meta.group(0), "").replace("<head>\n    ", "<head>") == PAGE
