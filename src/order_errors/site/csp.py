"""A Content-Security-Policy for every page: scripts only from the site itself, or the inline
scripts the theme's templates (and our overrides) write, each allowed by its hash; no request to
any other host.

The hashes come from the templates, never from the finished page: every inline `<script>` of the
theme and of `docs/overrides/` is rendered for the page's `base_url` (the only value they take from
the page), and only a script of the page equal to one of those is allowed. A script that a catalog
text or a file name slipped into a page, whatever the way, is in no template, and does not run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import jinja2

# An inline script: no `src`, and not a JSON data island (`type="application/json"`), which never runs.
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.S)

POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)


def _hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


class KnownScripts:
    """The inline scripts the theme's templates can write, as each page renders them."""

    def __init__(self, env: jinja2.Environment, template_dirs: Iterable[str], config) -> None:
        sources = {body for folder in template_dirs for path in sorted(Path(folder).rglob("*.html"))
                   for body in _INLINE_SCRIPT.findall(path.read_text(encoding="utf-8"))}
        self._templates = []
        for source in sorted(sources):
            try:
                self._templates.append(env.from_string(source))
            except jinja2.TemplateError:  # a fragment of a larger block: not one script on its own
                continue
        self._config = config
        self.for_base_url = lru_cache(maxsize=64)(self._for_base_url)

    def _for_base_url(self, base_url: str) -> frozenset[str]:
        bodies = set()
        for template in self._templates:
            try:
                bodies.add(template.render(base_url=base_url, config=self._config))
            except (jinja2.TemplateError, TypeError, AttributeError):  # needs a page's own values: not ours
                continue
        return frozenset(bodies)


def policy_for(html: str, known: frozenset[str]) -> str:
    """The policy for a page: the hash of each of its inline scripts that is a known one."""
    hashes = sorted({_hash(body) for body in _INLINE_SCRIPT.findall(html) if body in known})
    return POLICY.format(hashes=" ".join(hashes)).replace("  ", " ")


def add_policy(html: str, known: frozenset[str]) -> str:
    """The page with its policy as the first element of <head>, before any script it governs."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html, known)}">'
    return re.sub(r"<head>", "<head>\n    " + meta.replace("\\", "\\\\"), html, count=1)
