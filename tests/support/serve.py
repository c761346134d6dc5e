"""Serving a built site over HTTP on a free local port, and waiting for a server to answer."""

from __future__ import annotations

import functools
import http.server
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as a host configured for it would: quietly, and with each language's own
    404 page (`/es/404.html` for a missing address under `/es/`) when the site has one."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        first = self.path.strip("/").split("/")[0]
        page = Path(self.directory) / (f"{first}/404.html" if first in ("es", "pt") else "404.html")
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(directory: Path, handler: type[QuietHandler] = QuietHandler) -> tuple[http.server.ThreadingHTTPServer, str]:
    """A server for `directory` in a background thread, and its base URL; call `.shutdown()` when done.
    (The benchmarks serve with it too, gzip-compressed by a subclass of the handler.)"""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    """(status, body); status 0 when nothing answers yet."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def answer_within(url: str, seconds: float, expect: str | None = None, interval: float = 0.3) -> tuple[float, str] | None:
    """(seconds it took, body) once `url` answers 200 (and contains `expect`), or None after `seconds`.
    The tests wait with it (`wait_for`), the benchmarks time with it."""
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        status, body = get(url)
        if status == 200 and (expect is None or expect in body):
            return time.perf_counter() - started, body
        time.sleep(interval)
    return None


def wait_for(url: str, seconds: float, expect: str | None = None) -> str:
    """The body of `url` once it answers 200 (and contains `expect`), or an AssertionError after `seconds`."""
    answered = answer_within(url, seconds, expect)
    if answered is None:
        raise AssertionError(f"{url} did not show {expect!r} within {seconds} s")
    return answered[1]
