"""Serve folders of static pages on 127.0.0.1, one site per port (demo, tests, benches).

Files may contain ``{{site:KEY}}`` placeholders: they are replaced by the base
URL of site KEY when served, so feeds and canonical links point at wherever
the sites were started.
"""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

_TYPES = {".xml": "application/xml", ".rss": "application/rss+xml",
          ".atom": "application/atom+xml", ".html": "text/html; charset=utf-8",
          ".txt": "text/plain; charset=utf-8"}


def fill_placeholders(text: str, bases: Mapping[str, str]) -> str:
    for key, base in bases.items():
        text = text.replace("{{site:%s}}" % key, base)
    return text


class _Handler(BaseHTTPRequestHandler):
    root: Path
    bases: Mapping[str, str]

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = unquote(urlsplit(self.path).path).lstrip("/") or "index.html"
        target = (self.root / path).resolve()
        if self.root not in target.parents or not target.is_file():
            self._send(404, b"not found", "text/plain")
            return
        body = target.read_bytes()
        if target.suffix in (".html", ".xml", ".rss", ".atom", ".txt"):
            body = fill_placeholders(body.decode("utf-8"), self.bases).encode("utf-8")
        kind = _TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or \
            "application/octet-stream"
        self._send(200, body, kind)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # the demo's output is the flags, not an access log


class StaticSites:
    """Context manager: serve each ``root/<key>/`` folder as site ``key``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bases: dict[str, str] = {}
        self._servers: list[ThreadingHTTPServer] = []

    def __enter__(self) -> "StaticSites":
        keys = sorted(p.name for p in self.root.iterdir() if p.is_dir())
        for key in keys:
            handler = type("Handler", (_Handler,), {"root": (self.root / key).resolve(),
                                                    "bases": self.bases})
            server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
            server.daemon_threads = True
            self.bases[key] = f"http://127.0.0.1:{server.server_address[1]}"
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers.append(server)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
