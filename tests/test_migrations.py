"""Migrations: the models and the migration scripts agree, and upgrading a database
made by an earlier version keeps its data (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from storage.db import Database, make_engine
from storage.migrate import HEAD, current_revision, upgrade
from storage.models import Article, Base, ClaimRow, Flag, FlagSource
from tests.helpers import BACKENDS, pg_schema_url


def _url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'old.db'}"
    make: Callable[[], str] = request.getfixturevalue("pg_schemas")
    return pg_schema_url(make())


def test_models_match_migrations(db: Database) -> None:
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_upgrade_from_first_version_keeps_data(backend: str, tmp_path: Path,
                                               request: pytest.FixtureRequest) -> None:
    url = _url(backend, tmp_path, request)
    engine = make_engine(url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as conn:  # rows as version 0001 wrote them
        conn.execute(text(
            "INSERT INTO articles (id, canonical_url, authors, relevant, relevance, first_seen) "
            "VALUES (1, 'https://e.org/a', '[]', true, 4.0, CURRENT_TIMESTAMP)"))
        conn.execute(text(
            "INSERT INTO flags (id, key, kind, entities, claim, evidence, url, article_id, "
            "first_seen, last_seen, detail, accepted, polarity) VALUES (1, 'k1', 'new', '[]', "
            "'JD(U) left the INDIA bloc', 'JD(U) quit.', 'https://e.org/a', 1, "
            "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '{}', false, false)"))
        conn.execute(text(
            "INSERT INTO flag_sources (flag_id, url, article_id, evidence, seen_at) "
            "VALUES (1, 'https://e.org/a', 1, 'JD(U) quit.', CURRENT_TIMESTAMP)"))
        conn.execute(text(
            "INSERT INTO claims (id, article_id, claim_key, slot_key, fact_key, subject, relation, "
            "polarity, entities, sentence, text, paragraph, created) VALUES (1, 1, 'c', 's', 'f', "
            "'jdu', 'member', false, '[]', 'JD(U) quit.', 'JD(U) left', 0, CURRENT_TIMESTAMP)"))
    engine.dispose()

    db = Database(url)  # opening migrates to the newest version
    try:
        assert current_revision(db.engine) == HEAD
        with db.reading() as s:
            assert s.scalar(select(Article.canonical_url)) == "https://e.org/a"
            assert s.scalar(select(Flag.claim)) == "JD(U) left the INDIA bloc"
            assert s.scalar(select(FlagSource.url)) == "https://e.org/a"
        indexes = {i["name"] for i in inspect(db.engine).get_indexes("flags")}
        assert "ix_flags_article_id" in indexes
        with db.reading() as s:  # 0003: a source made before it is an outright report
            assert s.scalar(select(FlagSource.hedge)) is None
        with db.reading() as s:  # 0004: a claim made before it was asserted, confidence unknown
            row = s.execute(select(ClaimRow.modality, ClaimRow.speaker, ClaimRow.confidence)).one()
            assert tuple(row) == ("asserted", None, None)
    finally:
        db.dispose()
