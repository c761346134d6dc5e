"""A Content-Security-Policy for every page: scripts only from the site itself, or inline
scripts the theme wrote (each allowed by its hash), and no request to any other host.

A catalog text can never add a script: it is escaped where shown, and even if it slipped
through, the policy would refuse to run it.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.S)

POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)


def policy_for(html: str) -> str:
    hashes = sorted({
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in _INLINE_SCRIPT.findall(html)
    })
    return POLICY.format(hashes=" ".join(hashes)).replace("  ", " ")


def add_policy(html: str) -> str:
    """The page with its policy as the first element of <head>, before any script it governs."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    return re.sub(r"<head>", "<head>\n    " + meta.replace("\\", "\\\\"), html, count=1)
