"""Shared fixtures: a fresh database per test, on SQLite and (when DATABASE_URL is
set) on PostgreSQL in a schema of its own."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from storage.db import Database, normalize_url

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("DATABASE_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL.startswith(("postgres", "postgresql")) else [])


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


def pg_schema_url(schema: str) -> str:
    base = normalize_url(PG_URL)
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A fresh PostgreSQL schema, dropped afterwards; its URL via ``pg_schema_url``."""
    if not PG_URL:
        pytest.skip("DATABASE_URL is not set: no PostgreSQL server to test against")
    schema = f"cw_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalize_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def _make_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    if backend == "sqlite":
        return Database(f"sqlite:///{tmp_path / 'test.db'}")
    schema = request.getfixturevalue("pg_schema")
    return Database(pg_schema_url(schema))


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: a SQLite file, and PostgreSQL when configured."""
    database = _make_db(request.param, tmp_path, request)
    yield database
    database.dispose()


@pytest.fixture
def memory_db() -> Iterator[Database]:
    """A fresh in-memory SQLite database (fastest; for logic that is not about storage)."""
    database = Database("sqlite://")
    yield database
    database.dispose()
