"""Helpers of the site-check tests: a quiet loopback http.server and URL normalising."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from auditor.checks.base import CheckResult

SITES = Path(__file__).parent / "sites"
SAVED = Path(__file__).parent / "saved"


class QuietHandler(SimpleHTTPRequestHandler):
    """Serve files without logging each request to stderr."""

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(handler: Callable[..., SimpleHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, str]:
    """Start a server on a free loopback port in a daemon thread; return it and its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def relative(url: str | None, base: str) -> str | None:
    """Return url relative to the site's base, "x/" and "" written as their index.html."""
    if url is None:
        return None
    path, _, fragment = url.removeprefix(base).partition("#")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path + (f"#{fragment}" if fragment else "")


def base_of(mode: str, name: str, site_url: Callable[[str], str]) -> tuple[str, str]:
    """Return (target to check, base its URLs start with) of a fixture site in a mode."""
    if mode == "http":
        url = site_url(name)
        return url, url
    folder = SITES / name
    return str(folder), folder.resolve().as_uri() + "/"


def summary(result: CheckResult, base: str) -> dict[str, object]:
    """Return the contact metric and the findings of a result, with URLs made relative."""
    contact = dict(result.metrics["contact_page"])
    contact["url"] = relative(contact["url"], base)
    findings = sorted((f.rule, f.severity.value, relative(f.url, base)) for f in result.findings)
    return {"contact_page": contact, "findings": findings}
