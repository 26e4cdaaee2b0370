"""Engine factory and the unit of work.

SQLite runs in WAL mode with a busy timeout, and every write transaction starts
with ``BEGIN IMMEDIATE``: a deferred transaction that later wants to write
fails at once with "database is locked" when another writer got there first.
PostgreSQL goes through psycopg 3. The schema is migrated on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from monitor.errors import StorageError

log = logging.getLogger(__name__)

_WRITE = "claimwatch_write"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def normalize_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and route them through psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    try:
        if url.startswith("sqlite"):
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StorageError(f"cannot open database {redact_url(url)}: {exc}") from exc


def _sqlite_engine(url: str) -> Engine:
    memory = url in ("sqlite://", "sqlite:///:memory:")
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False,
                                               "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
    if memory:
        # One connection, or each checkout would see a different empty database.
        kwargs["poolclass"] = StaticPool
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event emit BEGIN itself (pysqlite's own
        # implicit BEGIN is always DEFERRED).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def redact_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
    return url


class Database:
    """One database: engine, migrations, and sessions for reading and writing."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(**{_WRITE: True}),
                                    expire_on_commit=False)
        if migrate:
            from storage.migrate import upgrade

            upgrade(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One atomic write: everything inside commits together or not at all."""
        session = self._writer()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StorageError(f"database write failed: {exc}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def batch(self) -> Iterator[Callable[[], AbstractContextManager[Session]]]:
        """Several units of work, committed together where that is safe and cheaper.

            with db.batch() as unit:
                for item in items:
                    with unit() as session: ...   # all or nothing, alone

        Each ``unit()`` stays all-or-nothing: on SQLite it is a SAVEPOINT in one
        shared transaction (SQLite has a single writer anyway; one commit per
        batch instead of per unit), and a unit that fails rolls back alone. On
        PostgreSQL each unit is its own transaction: concurrent workers writing
        the same keys inside one long transaction would wait on each other, or
        deadlock. If the batch's commit fails, every unit in it is lost and the
        ``StorageError`` says so.
        """
        if self.dialect != "sqlite":
            yield self.unit_of_work
            return
        with self.unit_of_work() as session:
            yield lambda: self._savepoint(session)

    @staticmethod
    @contextmanager
    def _savepoint(session: Session) -> Iterator[Session]:
        try:
            with session.begin_nested():
                yield session
        except SQLAlchemyError as exc:
            raise StorageError(f"database write failed: {exc}") from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (never takes the SQLite write lock)."""
        session = self._reader()
        try:
            yield session
        except SQLAlchemyError as exc:
            raise StorageError(f"database read failed: {exc}") from exc
        finally:
            session.rollback()
            session.close()

    def ping(self) -> None:
        with self.reading() as session:
            session.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()
