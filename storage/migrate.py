"""Run Alembic migrations on first use, safely when several processes start at once."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from monitor.errors import StorageError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest revision; checked first so an up-to-date database skips Alembic's
#: import and script scan (start-up time). A test keeps it equal to Alembic's head.
HEAD = "0005"
_PG_LOCK_ID = 0x636C6D77  # "clmw": serialises concurrent migrations on PostgreSQL


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    try:
        if target == "head" and current_revision(engine) == HEAD:
            return
        _run_alembic(engine, target)
    except SQLAlchemyError as exc:
        raise StorageError(f"database migration failed: {exc}") from exc


def alembic_config(engine: Engine) -> "object":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def _run_alembic(engine: Engine, target: str) -> None:
    from alembic import command

    cfg = alembic_config(engine)
    with engine.execution_options(claimwatch_write=True).begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})
        cfg.attributes["connection"] = conn  # type: ignore[attr-defined]
        log.info("migrating database schema to %s", target)
        command.upgrade(cfg, target)  # type: ignore[arg-type]
