"""Idempotent inserts keyed on a unique constraint, for SQLite and PostgreSQL.

Concurrent workers may write the same article, claim, flag or outbox row at
the same moment; ``INSERT ... ON CONFLICT`` makes the second write a no-op (or
an update) instead of an integrity error or a duplicate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def _insert(session: Session, model: type[DeclarativeBase]) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model)
    if dialect == "sqlite":
        return sqlite.insert(model)
    raise NotImplementedError(f"upserts are not implemented for {dialect}")


def insert_ignore(session: Session, model: type[DeclarativeBase], values: Mapping[str, Any],
                  key: Sequence[str]) -> bool:
    """Insert unless a row with the same ``key`` exists; True when this call inserted."""
    # RETURNING, not rowcount: psycopg reports -1 for an implicit-RETURNING insert.
    pk = list(model.__table__.primary_key.columns)  # type: ignore[attr-defined]
    stmt = (_insert(session, model).values(**values)
            .on_conflict_do_nothing(index_elements=key).returning(*pk))
    return session.execute(stmt).first() is not None


def upsert(session: Session, model: type[DeclarativeBase], values: Mapping[str, Any],
           key: Sequence[str], update: Sequence[str]) -> None:
    """Insert, or update the ``update`` columns of the row with the same ``key``."""
    stmt: Insert = _insert(session, model).values(**values)
    if update:
        stmt = stmt.on_conflict_do_update(  # type: ignore[attr-defined]
            index_elements=key, set_={col: stmt.excluded[col] for col in update})  # type: ignore[attr-defined]
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=key)  # type: ignore[attr-defined]
    session.execute(stmt)


def get_or_insert_id(session: Session, model: type[DeclarativeBase], values: Mapping[str, Any],
                     key: Sequence[str]) -> tuple[int, bool]:
    """The id of the row with ``key`` (inserting it if missing) and whether it was inserted."""
    inserted = insert_ignore(session, model, values, key)
    cols = [getattr(model, k) for k in key]
    row_id = session.scalar(select(model.id).where(  # type: ignore[attr-defined]
        *[c == values[k] for c, k in zip(cols, key)]))
    if row_id is None:  # pragma: no cover - the insert or the conflicting row must exist
        raise LookupError(f"{model.__name__} row vanished for {key}")
    return int(row_id), inserted
