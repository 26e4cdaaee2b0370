"""Idempotent inserts keyed on a unique constraint, for SQLite and PostgreSQL.

Concurrent workers may write the same article, claim, flag or outbox row at
the same moment; ``INSERT ... ON CONFLICT`` makes the second write a no-op (or
an update) instead of an integrity error or a duplicate.

The statements are Core statements on the table, built once per (dialect,
table, key) and given their values as execution parameters: building an ORM
``insert(Model).values(**row)`` per row re-coerced and re-hashed every value
for the statement cache, and that cost more than the database work itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Insert, Select, Table, and_, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def _table(model: type[DeclarativeBase]) -> Table:
    return model.__table__  # type: ignore[return-value]


def _run(session: Session, stmt: Any, params: Any) -> Any:
    # The session's connection, not session.execute: these are Core statements,
    # and the ORM's execution layer only adds per-statement overhead.
    return session.connection().execute(stmt, params)


def _dialect(session: Session) -> str:
    dialect = session.get_bind().dialect.name
    if dialect not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"upserts are not implemented for {dialect}")
    return dialect


def _insert(dialect: str, table: Table) -> Any:
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


@lru_cache(maxsize=256)
def _ignore_stmt(dialect: str, table: Table, key: tuple[str, ...]) -> Insert:
    # RETURNING, not rowcount: psycopg reports -1 for an implicit-RETURNING insert.
    return (_insert(dialect, table).on_conflict_do_nothing(index_elements=list(key))
            .returning(*table.primary_key.columns))


@lru_cache(maxsize=256)
def _new_rows_stmt(dialect: str, table: Table, key: tuple[str, ...]) -> Insert:
    return (_insert(dialect, table).on_conflict_do_nothing(index_elements=list(key))
            .returning(table.c.id, *(table.c[k] for k in key)))


@lru_cache(maxsize=256)
def _upsert_stmt(dialect: str, table: Table, key: tuple[str, ...],
                 update: tuple[str, ...]) -> Insert:
    stmt = _insert(dialect, table)
    if not update:
        return stmt.on_conflict_do_nothing(index_elements=list(key))
    return stmt.on_conflict_do_update(index_elements=list(key),
                                      set_={col: stmt.excluded[col] for col in update})


@lru_cache(maxsize=256)
def _id_by_key(table: Table, key: tuple[str, ...]) -> Select[Any]:
    return select(table.c.id).where(and_(*(table.c[k] == bindparam(f"key_{k}") for k in key)))


def insert_ignore(session: Session, model: type[DeclarativeBase], values: Mapping[str, Any],
                  key: Sequence[str]) -> bool:
    """Insert unless a row with the same ``key`` exists; True when this call inserted."""
    stmt = _ignore_stmt(_dialect(session), _table(model), tuple(key))
    return _run(session, stmt, dict(values)).first() is not None


def insert_ignore_many(session: Session, model: type[DeclarativeBase],
                       rows: Sequence[Mapping[str, Any]], key: Sequence[str]) -> int:
    """``insert_ignore`` for many rows with the same columns, in one statement; rows added."""
    if not rows:
        return 0
    stmt = _ignore_stmt(_dialect(session), _table(model), tuple(key))
    return len(_run(session, stmt, [dict(r) for r in rows]).all())


def insert_new(session: Session, model: type[DeclarativeBase],
               rows: Sequence[Mapping[str, Any]], key: Sequence[str]) -> dict[tuple[Any, ...], int]:
    """Insert the rows whose ``key`` is new, in one statement: {key values: new id}."""
    if not rows:
        return {}
    stmt = _new_rows_stmt(_dialect(session), _table(model), tuple(key))
    return {tuple(row[1:]): int(row[0]) for row in _run(session, stmt, [dict(r) for r in rows])}


def upsert(session: Session, model: type[DeclarativeBase], values: Mapping[str, Any],
           key: Sequence[str], update: Sequence[str]) -> None:
    """Insert, or update the ``update`` columns of the row with the same ``key``."""
    stmt = _upsert_stmt(_dialect(session), _table(model), tuple(key), tuple(update))
    _run(session, stmt, dict(values))


def insert_returning_id(session: Session, model: type[DeclarativeBase],
                        values: Mapping[str, Any], key: Sequence[str]) -> int | None:
    """Insert unless ``key`` exists: the new row's id, or None when it existed."""
    stmt = _ignore_stmt(_dialect(session), _table(model), tuple(key))
    inserted = _run(session, stmt, dict(values)).first()
    return None if inserted is None else int(inserted[0])


def get_or_insert_id(session: Session, model: type[DeclarativeBase], values: Mapping[str, Any],
                     key: Sequence[str]) -> tuple[int, bool]:
    """The id of the row with ``key`` (inserting it if missing) and whether it was inserted."""
    table, key = _table(model), tuple(key)
    inserted = insert_returning_id(session, model, values, key)
    if inserted is not None:
        return inserted, True
    row_id = _run(session, _id_by_key(table, key),
                  {f"key_{k}": values[k] for k in key}).scalar()
    if row_id is None:  # pragma: no cover - the insert or the conflicting row must exist
        raise LookupError(f"{model.__name__} row vanished for {key}")
    return int(row_id), False
