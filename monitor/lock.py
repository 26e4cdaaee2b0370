"""One daemon per database: a file lock for SQLite, an advisory lock for PostgreSQL."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from monitor.errors import AlreadyRunning

if TYPE_CHECKING:
    from storage.db import Database

_PG_DAEMON_LOCK = 0x636C6D64  # "clmd"


@contextmanager
def instance_lock(db: Database) -> Iterator[None]:
    """Hold the database's daemon lock for the duration, or raise ``AlreadyRunning``."""
    if db.dialect == "postgresql":
        with _pg_lock(db):
            yield
    else:
        with _file_lock(_lock_path(db)):
            yield


def _lock_path(db: Database) -> Path:
    database = db.engine.url.database
    if not database or database == ":memory:":
        return Path(os.environ.get("TMPDIR", "/tmp")) / f"claimwatch-memory-{os.getpid()}.lock"
    return Path(database).with_name(Path(database).name + ".lock")


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    # flock is released by the kernel when the process dies, so a SIGKILLed
    # daemon never leaves a stale lock behind.
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise AlreadyRunning(f"another `monitor run` (pid {owner}) already uses this "
                                 f"database ({path})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


@contextmanager
def _pg_lock(db: Database) -> Iterator[None]:
    # A session-level advisory lock lives as long as this connection: held
    # open for the daemon's lifetime, dropped by the server if the process dies.
    with db.engine.connect() as conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _PG_DAEMON_LOCK}).scalar()
        conn.commit()
        if not got:
            raise AlreadyRunning("another `monitor run` already uses this PostgreSQL database")
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_DAEMON_LOCK})
            conn.commit()
