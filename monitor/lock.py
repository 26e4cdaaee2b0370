"""One daemon per database: a file lock for SQLite, an advisory lock for PostgreSQL.

Both kinds die with the process (the kernel drops a ``flock``, the server
drops a session's advisory locks when its connection goes), so a daemon
killed with SIGKILL never leaves a stale lock that blocks the next start.
"""

from __future__ import annotations

import fcntl
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from monitor.errors import AlreadyRunning, StorageError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from storage.db import Database

#: First key of the two-key advisory lock ("clmd"); the second is the schema's hash,
#: so claimwatch instances in different schemas of one database do not exclude each other.
PG_DAEMON_LOCK = 0x636C6D64

_TRY_LOCK = text(
    "SELECT pg_try_advisory_lock(CAST(:k AS integer), hashtext(CAST(:s AS text)))")
_NAME = text("SELECT set_config('application_name', :n, false)")
_UNLOCK = text("SELECT pg_advisory_unlock(CAST(:k AS integer), hashtext(current_schema()))")
# pg_locks shows a two-key lock as classid = key 1, objid = key 2 (as unsigned), objsubid = 2.
_HOLDER = text(
    "SELECT a.application_name, a.client_addr "
    "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
    "AND l.classid = CAST(CAST(:k AS integer) AS oid) "
    "AND l.objid = CAST(CAST(hashtext(CAST(:s AS text)) AS bigint) & 4294967295 AS oid) "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")


@contextmanager
def instance_lock(db: Database) -> Iterator[None]:
    """Hold the database's daemon lock for the duration, or raise ``AlreadyRunning``."""
    if db.dialect == "postgresql":
        with _pg_lock(db):
            yield
        return
    path = lock_path(db)
    if path is None:  # an in-memory database belongs to this process alone
        yield
        return
    with _file_lock(path):
        yield


def lock_path(db: Database) -> Path | None:
    """``<database file>.lock`` beside a SQLite file; None for an in-memory database."""
    database = db.engine.url.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    file = Path(database)
    return file.with_name(file.name + ".lock")


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StorageError(f"cannot create the daemon lock file {path}: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise AlreadyRunning(
                f"another `monitor run` (pid {owner}) already uses this database "
                f"(lock {path}); stop it first, or point this one at another database"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # the pid inside would only mislead once we are gone
    finally:
        os.close(fd)


@contextmanager
def _pg_lock(db: Database) -> Iterator[None]:
    # A session-level advisory lock lives as long as its connection, which is
    # held (outside the pool's reach) for the daemon's whole lifetime.
    try:
        conn = db.engine.connect()
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot connect to take the daemon lock: {exc}") from exc
    try:
        schema, got = _try_pg_lock(conn)
        if not got:
            holder = _pg_holder(conn, schema)
            raise AlreadyRunning(
                f"another `monitor run`{holder} already uses this PostgreSQL database "
                f"(schema {schema}); stop it first, or point this one at another database")
        try:
            yield
        finally:
            _pg_unlock(conn)
    finally:
        conn.close()


def _try_pg_lock(conn: Connection) -> tuple[str, bool]:
    try:
        schema = conn.execute(text("SELECT current_schema()")).scalar() or "public"
        got = conn.execute(_TRY_LOCK, {"k": PG_DAEMON_LOCK, "s": schema}).scalar()
        if got:  # names the holder for a second instance's message
            conn.execute(_NAME, {"n": f"claimwatch daemon pid {os.getpid()} on "
                                      f"{socket.gethostname()}"[:63]})
        conn.commit()
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot take the daemon lock: {exc}") from exc
    return schema, bool(got)


def _pg_holder(conn: Connection, schema: str) -> str:
    """`` (claimwatch daemon pid N on HOST, from ADDR)`` for the message, or nothing."""
    try:
        row = conn.execute(_HOLDER, {"k": PG_DAEMON_LOCK, "s": schema}).first()
        conn.rollback()
    except SQLAlchemyError:
        return ""
    if row is None:
        return ""
    return f" ({row[0] or 'unnamed'}, from {row[1] or 'a local socket'})"


def _pg_unlock(conn: Connection) -> None:
    try:
        conn.execute(_UNLOCK, {"k": PG_DAEMON_LOCK})
        conn.commit()
    except SQLAlchemyError:
        pass  # the connection is closed next, which drops the lock anyway
