"""Serve folders of static pages on 127.0.0.1, one site per port (demo, tests, benches).

Files may contain ``{{site:KEY}}`` placeholders: they are replaced by the base
URL of site KEY when served, so feeds and canonical links point at wherever
the sites were started.

With ``conditional=True`` responses carry an ETag (a hash of the served
bytes) and Last-Modified (the file's mtime), and conditional GETs get a proper
304, so re-checks exercise the same path as against a real news site. It is
off by default: tests that count what every cycle finds in a feed expect 200s.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from collections.abc import Mapping
from datetime import datetime, timezone
from email.utils import formatdate, parsedate_to_datetime
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


def etag_of(body: bytes) -> str:
    return '"%s"' % hashlib.sha1(body).hexdigest()[:20]


def etag_matches(header: str, etag: str) -> bool:
    """Weak comparison, as If-None-Match asks: W/"x" matches "x"."""
    wanted = etag.removeprefix("W/")
    tags = [t.strip().removeprefix("W/") for t in header.split(",")]
    return "*" in tags or wanted in tags


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # an unparseable date is ignored, as the RFC says
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


class _Handler(BaseHTTPRequestHandler):
    root: Path
    bases: Mapping[str, str]
    conditional: bool = False

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
        if not self.conditional:
            self._send(200, body, kind)
            return
        mtime = target.stat().st_mtime
        validators = {"ETag": etag_of(body), "Last-Modified": formatdate(mtime, usegmt=True)}
        if self._not_modified(validators["ETag"], mtime):
            self._send(304, b"", None, validators)
            return
        self._send(200, body, kind, validators)

    def _not_modified(self, etag: str, mtime: float) -> bool:
        """RFC 9110 13.2.2: If-None-Match decides when present, else If-Modified-Since."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag_matches(if_none_match, etag)
        since = _http_date(self.headers.get("If-Modified-Since"))
        return since is not None and int(mtime) <= since.timestamp()

    def _send(self, status: int, body: bytes, content_type: str | None,
              extra: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if status != 304:  # a 304 has no body, and no length of one
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # the demo's output is the flags, not an access log


class StaticSites:
    """Context manager: serve each ``root/<key>/`` folder as site ``key``."""

    def __init__(self, root: Path, *, conditional: bool = False) -> None:
        self.root = root
        self.conditional = conditional
        self.bases: dict[str, str] = {}
        self._servers: list[ThreadingHTTPServer] = []

    def __enter__(self) -> "StaticSites":
        keys = sorted(p.name for p in self.root.iterdir() if p.is_dir())
        for key in keys:
            handler = type("Handler", (_Handler,), {"root": (self.root / key).resolve(),
                                                    "bases": self.bases,
                                                    "conditional": self.conditional})
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
