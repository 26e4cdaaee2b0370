"""Drive `monitor run` as a subprocess and read what it leaves behind: its JSON log
lines, the database, and the requests a slow test site received."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select

from storage.db import Database
from storage.models import Article, Flag, FlagSource, Outbox, Revision
from tests.helpers import ROOT, story_config, to_toml

T = TypeVar("T")
Record = dict[str, Any]


def write_config(path: Path, db_url: str, sources: list[dict[str, Any]],
                 **fetch: Any) -> Path:
    """The seed story on ``sources``, alerts as JSON lines on the log channel."""
    raw = story_config(db_url, sources, fetch=fetch,
                       alerts={"channels": [{"kind": "log", "format": "json"}]})
    path.write_text(to_toml(raw))
    return path


def feed_source(name: str, url: str, every: str = "10s") -> dict[str, Any]:
    return {"name": name, "kind": "feed", "url": url, "every": every}


class DaemonProcess:
    """One `monitor --log-format json run`; its log goes to a file (no pipe to fill)."""

    def __init__(self, config: Path, log: Path, command: str = "run") -> None:
        self.log = log
        self.started = time.monotonic()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        with log.open("ab") as sink:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "monitor", "--config", str(config), "--log-format",
                 "json", command], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=sink, cwd=ROOT, env=env)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def records(self) -> list[Record]:
        """Every JSON log line so far (a traceback's lines are skipped)."""
        out = []
        for line in self.log.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except ValueError:
                    continue  # a line still being written
        return out

    def events(self, event: str, **match: Any) -> list[Record]:
        return [r for r in self.records() if r.get("event") == event
                and all(r.get(k) == v for k, v in match.items())]

    def cycles(self, source: str) -> list[Record]:
        return self.events("source_cycle", source=source)

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def wait_for(self, check: Callable[[], T], timeout: float, what: str) -> T:
        """Poll ``check`` until it returns something truthy; fail with the log's tail."""
        deadline = time.monotonic() + timeout
        while True:
            value = check()
            if value:
                return value
            if not self.alive():
                raise AssertionError(f"daemon exited ({self.proc.returncode}) while waiting "
                                     f"for {what}:\n{self.tail()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}:\n"
                                     f"{self.tail()}")
            time.sleep(0.1)

    def send(self, sig: signal.Signals) -> None:
        self.proc.send_signal(sig)

    def stop(self, sig: signal.Signals = signal.SIGTERM,
             timeout: float = 40) -> tuple[int, float]:
        """SIGTERM (or ``sig``); the exit status and the seconds it took to exit."""
        asked = time.monotonic()
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout)
        return code, time.monotonic() - asked

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
        self.proc.wait(30)


@contextmanager
def daemons() -> Iterator[list[DaemonProcess]]:
    """Collects the daemons a test starts and kills any still running at the end."""
    started: list[DaemonProcess] = []
    try:
        yield started
    finally:
        for daemon in started:
            daemon.kill()


def alerted_flags(*runs: DaemonProcess) -> Counter[int]:
    """How often each flag id was alerted on the JSON log channel, over all runs."""
    seen: Counter[int] = Counter()
    for run in runs:
        for record in run.records():
            if record.get("logger") == "monitor.alerts.log":
                payload = json.loads(record["msg"])
                if payload.get("event") == "flag":
                    seen[payload["id"]] += 1
    return seen


# --- the database -------------------------------------------------------------------------

@contextmanager
def opened(url: str) -> Iterator[Database]:
    db = Database(url)
    try:
        yield db
    finally:
        db.dispose()


def count(url: str, model: type, *where: Any) -> int:
    with opened(url) as db, db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def fingerprint(url: str) -> set[tuple[str, int]]:
    """(flag key, number of sources) for every flag. Not the kind: whether a value
    is ``new`` or ``changed`` depends on which article was read first."""
    with opened(url) as db, db.reading() as s:
        rows = s.execute(select(Flag.key, func.count(FlagSource.id))
                         .join(FlagSource, FlagSource.flag_id == Flag.id, isouter=True)
                         .group_by(Flag.key))
        return {(key, n) for key, n in rows}


def consistency_problems(url: str, channel: str = "log") -> list[str]:
    """What a half-written unit of work would leave: articles without a current
    revision, flags without a source or without their outbox row."""
    problems = []
    with opened(url) as db, db.reading() as s:
        for article_id, revision_id in s.execute(select(Article.id, Article.current_revision_id)):
            owner = s.scalar(select(Revision.article_id).where(Revision.id == revision_id)) \
                if revision_id is not None else None
            if owner != article_id:
                problems.append(f"article {article_id}: current revision {revision_id} "
                                f"is not one of its own")
        for flag_id, in s.execute(select(Flag.id)):
            if not s.scalar(select(func.count()).where(FlagSource.flag_id == flag_id)):
                problems.append(f"flag {flag_id} has no source")
            rows = s.scalar(select(func.count()).where(Outbox.flag_id == flag_id,
                                                       Outbox.channel == channel))
            if rows != 1:
                problems.append(f"flag {flag_id} has {rows} outbox rows for {channel}")
    return problems


# --- a feed that answers slowly, recording when each request ran ------------------------

EMPTY_FEED = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
              b"<title>slow</title><link>http://example.org/</link><description>slow"
              b"</description></channel></rss>")


class SlowFeed:
    """An empty RSS feed at ``/feed.xml`` that takes ``delay`` seconds to answer.

    It listens on 127.0.0.2: the fetcher's politeness gate is per host name, so
    a slow host on 127.0.0.1 would also hold up every other test site.
    """

    def __init__(self, delay: float, host: str = "127.0.0.2") -> None:
        self.delay = delay
        self.host = host
        self.requests: list[list[float | None]] = []  # [start, end] per feed request
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://{self.host}:{self._server.server_address[1]}/feed.xml"

    def __enter__(self) -> "SlowFeed":
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                if self.path != "/feed.xml":
                    self._answer(404, b"not found", "text/plain")
                    return
                span: list[float | None] = [time.monotonic(), None]
                feed.requests.append(span)
                time.sleep(feed.delay)
                span[1] = time.monotonic()
                self._answer(200, EMPTY_FEED, "application/rss+xml")

            def _answer(self, status: int, body: bytes, kind: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the daemon hung up (it was stopped mid-request)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()
