"""Shared fixtures: a fresh database per test, on SQLite and (when DATABASE_URL is
set) on PostgreSQL in a schema of its own; the claim extractors of both stories."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from monitor.claims import ClaimExtractor
from monitor.config import load_config
from storage.db import Database, normalize_url
from tests.helpers import BACKENDS, PG_URL, ROOT, pg_schema_url


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def india() -> ClaimExtractor:
    """The INDIA bloc story's extractor (the project's own config)."""
    return ClaimExtractor(load_config(ROOT / "config.toml"))


@pytest.fixture(scope="session")
def nepal() -> ClaimExtractor:
    """The second story's: Nepal's coalition of 2024, from its config and baseline only."""
    return ClaimExtractor(load_config(ROOT / "tests" / "corpus-real" / "nepal" / "config.toml"))


@pytest.fixture
def pg_schemas() -> Iterator[Callable[[], str]]:
    """Make fresh PostgreSQL schemas (each dropped afterwards); URL via ``pg_schema_url``."""
    if not PG_URL:
        pytest.skip("DATABASE_URL is not set: no PostgreSQL server to test against")
    made: list[str] = []
    admin = create_engine(normalize_url(PG_URL), isolation_level="AUTOCOMMIT")

    def make() -> str:
        schema = f"cw_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        made.append(schema)
        return schema

    try:
        yield make
    finally:
        with admin.connect() as conn:
            for schema in made:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def pg_schema(pg_schemas: Callable[[], str]) -> str:
    return pg_schemas()


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
