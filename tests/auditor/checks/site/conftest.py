"""Serve the fixture sites on 127.0.0.1 with a real http.server, one port per site."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from http.server import ThreadingHTTPServer

import pytest
from sitekit import SITES, QuietHandler, serve


@pytest.fixture(scope="session")
def site_url() -> Iterator[Callable[[str], str]]:
    """Return a function giving the base URL of a fixture site (served on first use)."""
    servers: dict[str, tuple[ThreadingHTTPServer, str]] = {}

    def url(name: str) -> str:
        if name not in servers:
            servers[name] = serve(functools.partial(QuietHandler, directory=str(SITES / name)))
        return servers[name][1]

    yield url
    for server, _ in servers.values():
        server.shutdown()
        server.server_close()
