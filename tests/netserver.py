"""A real HTTP/1.1 server on 127.0.0.1, in a thread, for tests and benches.

Reusable by any test that needs the network without the internet (pytest
puts tests/ on sys.path; a bench adds it itself, see bench/fetcher.py)::

    from netserver import NetServer, Reply, html, redirect, trickle

    with NetServer() as srv:                      # binds 127.0.0.1 on a free port
        srv.route("/a", html("<p>hi</p>"))          # fixed reply
        srv.route("/flaky", [Reply(503), html("ok")])   # a sequence; the last repeats
        srv.route("/echo", lambda req: Reply(200, req.headers.get("user-agent", "").encode()))
        srv.route("/v", html("x"), host="news-1.test")  # per virtual host (Host header)
        url = srv.url("/a")                         # "http://127.0.0.1:PORT/a"
        ...
        srv.requests          # list[Seen], in arrival order: method, path, host, headers
                              # (lowercase names), started, ended (monotonic seconds)
        srv.hits("/a")        # how many requests reached /a
        srv.connections       # TCP connections accepted (0 proves a guard stopped us)
        srv.max_in_flight     # most requests handled at once, all hosts together

Unknown paths answer 404 (so robots.txt is "absent", which allows all).

``Reply`` fields: ``status``, ``body`` (bytes, or an iterable of chunks that
is streamed close-delimited), ``headers`` (dict), ``content_length`` (an int
to announce, e.g. a lie for a truncated body; None for the real length),
``chunk_delay`` (seconds between chunks: a trickling server).

Builders: ``html(text, status=200, **headers)``, ``xml(text, content_type)``,
``redirect(location, status=302)``, ``trickle(body, delay)`` (1 byte per
``delay``), ``sized(n, content_type)`` (n bytes streamed without a length),
``declared(n)`` (announces n bytes, sends none), ``truncated(body, declared)``,
``gzip_bomb(n)`` / ``brotli_bomb(n)`` / ``deflate_bomb(n)`` (n zero bytes once
decoded; gzip/deflate send about n/1000 bytes, brotli far less), ``retry_after(value, status=503)``.

``FakeTime`` (a clock whose sleep returns at once) drives ``HostGate`` in tests.

The server stops on ``close()`` / leaving the ``with`` block; streaming
handlers notice within one chunk and exit, so no thread outlives the test.
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import brotli


@dataclass
class Reply:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_length: int | None = None
    chunk_delay: float = 0.0


@dataclass
class Seen:
    """One request, recorded on arrival; ``ended`` is set once it was answered."""

    method: str
    path: str
    host: str
    headers: dict[str, str]
    started: float
    ended: float | None = None


Handler = Reply | list[Reply] | Callable[[Seen], Reply]


def html(text: str | bytes, status: int = 200, **headers: str) -> Reply:
    body = text.encode() if isinstance(text, str) else text
    return Reply(status, body, {"Content-Type": "text/html; charset=utf-8", **_hdr(headers)})


def xml(text: str | bytes, content_type: str = "application/xml", **headers: str) -> Reply:
    body = text.encode() if isinstance(text, str) else text
    return Reply(200, body, {"Content-Type": content_type, **_hdr(headers)})


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, b"", {"Location": location})


def retry_after(value: str, status: int = 503) -> Reply:
    return Reply(status, b"busy", {"Retry-After": value, "Content-Type": "text/plain"})


def trickle(body: bytes, delay: float = 1.0, content_type: str = "text/html") -> Reply:
    return Reply(200, [body[i:i + 1] for i in range(len(body))], {"Content-Type": content_type},
                 content_length=len(body), chunk_delay=delay)


def sized(n: int, content_type: str = "text/html", chunk: int = 65536) -> Reply:
    return Reply(200, _zeros(n, chunk, b"a"), {"Content-Type": content_type})


def declared(n: int, content_type: str = "text/html") -> Reply:
    return Reply(200, [], {"Content-Type": content_type}, content_length=n)


def truncated(body: bytes, declared_length: int, content_type: str = "text/html") -> Reply:
    return Reply(200, [body], {"Content-Type": content_type}, content_length=declared_length)


def gzip_bomb(n: int, content_type: str = "text/html") -> Reply:
    return Reply(200, _bomb("gzip", n), {"Content-Type": content_type, "Content-Encoding": "gzip"})


def deflate_bomb(n: int, content_type: str = "text/html") -> Reply:
    return Reply(200, _bomb("deflate", n),
                 {"Content-Type": content_type, "Content-Encoding": "deflate"})


def brotli_bomb(n: int, content_type: str = "text/html") -> Reply:
    return Reply(200, _bomb("br", n), {"Content-Type": content_type, "Content-Encoding": "br"})


@functools.lru_cache(maxsize=8)
def _bomb(coding: str, n: int) -> bytes:
    if coding == "br":
        return brotli.compress(b"\0" * n, quality=5)
    wbits = 16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS
    comp = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = b"\0" * (1 << 20)
    parts = [comp.compress(block) for _ in range(n >> 20)]
    parts.append(comp.compress(b"\0" * (n & ((1 << 20) - 1))))
    parts.append(comp.flush())
    return b"".join(parts)


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)


def _zeros(n: int, chunk: int, fill: bytes) -> Iterable[bytes]:
    sent = 0
    while sent < n:
        size = min(chunk, n - sent)
        sent += size
        yield fill * size


def _hdr(kwargs: dict[str, str]) -> dict[str, str]:
    """``content_type="x"`` -> ``Content-Type: x``."""
    return {k.replace("_", "-").title(): v for k, v in kwargs.items()}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: "NetServer"

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up early are what many tests are about

    def get_request(self) -> tuple[socket.socket, Any]:
        conn = super().get_request()
        self.owner._count_connection()
        return conn


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
        pass  # tests stay quiet

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        owner = self.server.owner
        started = time.monotonic()
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = headers.get("host", "").rsplit(":", 1)[0] if "]" not in headers.get(
            "host", "") else headers.get("host", "")
        seen = Seen("GET", self.path, host, headers, started)
        owner._enter(seen)
        try:
            self._send(owner._reply_for(seen), owner._stop)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True
        finally:
            owner._leave(seen)

    def _send(self, reply: Reply, stop: threading.Event) -> None:
        streamed = not isinstance(reply.body, (bytes, bytearray))
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.content_length is not None:
            self.send_header("Content-Length", str(reply.content_length))
        elif not streamed:
            self.send_header("Content-Length", str(len(reply.body)))  # type: ignore[arg-type]
        if streamed or reply.content_length is not None:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        chunks = [reply.body] if not streamed else reply.body
        for chunk in chunks:  # type: ignore[union-attr]
            if stop.is_set():
                break
            self.wfile.write(chunk)  # type: ignore[arg-type]
            self.wfile.flush()
            if reply.chunk_delay and stop.wait(reply.chunk_delay):
                break


class NetServer:
    """See the module docstring."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._routes: dict[tuple[str | None, str], Handler] = {}
        self._counters: dict[tuple[str | None, str], int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.requests: list[Seen] = []
        self.connections = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self._httpd = _Server((host, 0), _RequestHandler)
        self._httpd.owner = self
        self.host, self.port = self._httpd.server_address[:2]
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> "NetServer":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str = "/", host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def route(self, path: str, handler: Handler, host: str | None = None) -> None:
        with self._lock:
            self._routes[(host, path)] = handler
            self._counters[(host, path)] = 0

    def hits(self, path: str, host: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.requests
                       if r.path == path and (host is None or r.host == host))

    def _reply_for(self, seen: Seen) -> Reply:
        with self._lock:
            key = (seen.host, seen.path)
            if key not in self._routes:
                key = (None, seen.path)
            handler = self._routes.get(key)
            if handler is None:
                return Reply(404, b"not found", {"Content-Type": "text/plain"})
            if isinstance(handler, list):
                index = min(self._counters[key], len(handler) - 1)
                self._counters[key] += 1
                return handler[index]
        if isinstance(handler, Reply):
            return handler
        return handler(seen)

    def _count_connection(self) -> None:
        with self._lock:
            self.connections += 1

    def _enter(self, seen: Seen) -> None:
        with self._lock:
            self.requests.append(seen)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self, seen: Seen) -> None:
        with self._lock:
            self.in_flight -= 1
            seen.ended = time.monotonic()


class FakeTime:
    """A fake clock for politeness tests: ``sleep`` advances ``now`` at once.

    ``HostGate(delay, clock=t.clock, sleep=t.sleep)`` then runs a day of
    pauses in microseconds, and ``t.sleeps`` tells what was waited.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)
