"""Nothing leaves the machine: every request to a host other than the suite's loopback servers is caught.

Two witnesses, read after every browser test (conftest.py fails the test and names each request):
- Chromium: every request of every page in a watched browser context, and every web socket. Requests
  to another host are also aborted, so none leaves even while the test fails. (Chromium itself
  resolves no name but 127.0.0.1: `--host-resolver-rules` in conftest.py.)
- The servers and their kernels: `netaudit/sitecustomize.py` writes each name lookup or connection
  to another host into the audit file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

LOCAL_SCHEMES = {"data", "blob", "about", "chrome-error"}  # never a request to a host
# what Chromium is stopped from fetching at all: any http(s) URL whose host is not 127.0.0.1
OTHER_HOSTS = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")


def origin(url: str) -> str:
    """`scheme://host:port` of `url`, with ws/wss counted as http/https."""
    parts = urlsplit(url)
    scheme = {"ws": "http", "wss": "https"}.get(parts.scheme, parts.scheme)
    return f"{scheme}://{parts.netloc}"


class OutsideWatch:
    """Collects every request to a host other than the allowed loopback servers; `check()` fails on new ones."""

    def __init__(self) -> None:
        self.allowed: set[str] = set()
        self.audits: list[Path] = []
        self.requests: list[str] = []
        self._reported = (0, 0)  # browser requests, server lines

    def allow(self, url: str) -> None:
        """Let pages ask the server at `url` (one of the suite's loopback servers)."""
        self.allowed.add(origin(url))

    def audit(self, path: Path) -> None:
        """Read the servers' audit file at `path` too."""
        self.audits.append(path)

    def watch(self, context: Any) -> None:
        """Record every request and web socket of the pages in a Playwright browser context."""
        context.route(OTHER_HOSTS, lambda route: route.abort("blockedbyclient"))
        context.on("request", lambda request: self._seen(f"{request.method} {request.url}", request.url))
        context.on("page", lambda page: page.on("websocket", lambda socket: self._seen(f"WEBSOCKET {socket.url}", socket.url)))

    def _seen(self, line: str, url: str) -> None:
        if urlsplit(url).scheme not in LOCAL_SCHEMES and origin(url) not in self.allowed:
            self.requests.append(f"browser: {line}")

    def server_lines(self) -> list[str]:
        """What the servers and kernels wrote to their audit files."""
        return [f"server: {line}" for path in self.audits if path.exists()
                for line in path.read_text(encoding="utf-8").splitlines()]

    def take(self) -> list[str]:
        """The requests to another host seen since the last `take()`: the browser's, then the servers'."""
        browser, servers = self.requests, self.server_lines()
        new = browser[self._reported[0]:] + servers[self._reported[1]:]
        self._reported = (len(browser), len(servers))
        return new

    def check(self) -> None:
        """Raise AssertionError naming every request to another host since the last check."""
        new = self.take()
        if new:
            allowed = ", ".join(sorted(self.allowed)) or "none yet"
            raise AssertionError(f"asked a host other than the loopback server ({allowed}):\n" + "\n".join(new))
