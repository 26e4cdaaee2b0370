"""Storage: migrations, the unit of work, idempotent writes, SQLite WAL under two writers."""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from monitor.errors import StorageError
from monitor.types import Claim, FlagDraft, FlagKind
from storage.articles import ArticleMeta, known_article_id, store_claims, store_text
from storage.db import Database
from storage.flags import flag_views, query_flags, record_flag
from storage.migrate import HEAD, MIGRATIONS
from storage.models import Article, ClaimRow, Flag, FlagSource, Revision, Source
from storage.upsert import get_or_insert_id, insert_ignore
from tests.helpers import run_in_threads

NOW = datetime(2024, 1, 28, 12, 0, tzinfo=timezone.utc)


def meta(url: str = "https://news.example/a", **kw: object) -> ArticleMeta:
    base = dict(canonical_url=url, source="s", title="T", published=NOW, modified=None,
                authors=("A",), site_name="News", language="en", relevant=True, relevance=5.0)
    return ArticleMeta(**(base | kw))  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_head_constant_matches_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD


def test_migrations_create_every_table(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert {"sources", "articles", "article_urls", "revisions", "claims", "baselines", "flags",
            "flag_sources", "outbox", "http_cache", "source_runs", "alembic_version"} <= tables


def test_reopening_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    first = Database(url)
    with first.unit_of_work() as s:
        s.add(Source(name="x", kind="feed", url="https://e.org/f"))
    first.dispose()
    again = Database(url)
    assert count(again, Source) == 1
    again.dispose()


def test_sqlite_file_uses_wal(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'w.db'}")
    with db.reading() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000
    db.dispose()


def test_unit_of_work_is_all_or_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.unit_of_work() as s:
            store_text(s, meta(), "Body one.", [], NOW)
            raise RuntimeError("crash after the article, before the commit")
    assert count(db, Article) == 0 and count(db, Revision) == 0


def test_database_errors_are_storage_errors(db: Database) -> None:
    with pytest.raises(StorageError):
        with db.unit_of_work() as s:
            s.execute(text("INSERT INTO no_such_table VALUES (1)"))


def test_bad_url_is_a_storage_error() -> None:
    with pytest.raises(StorageError):
        Database("nosuchdialect://x/y")


def test_insert_ignore_is_idempotent(db: Database) -> None:
    values = {"name": "a", "kind": "feed", "url": "https://e.org/", "consecutive_failures": 0,
              "down_alerted": False, "articles_found": 0}
    with db.unit_of_work() as s:
        assert insert_ignore(s, Source, values, ("name",)) is True
        assert insert_ignore(s, Source, values, ("name",)) is False
        first, created = get_or_insert_id(s, Source, values, ("name",))
        assert not created
    assert count(db, Source) == 1


@pytest.mark.parametrize("texts, revisions, edits", [
    (["Body one."], 1, [None]),
    (["Body one.", "Body one."], 1, [None, None]),
    (["Body one.", "Body two."], 2, [None, "Body one."]),
    (["Body one.", "Body two.", "Body one."], 2, [None, "Body one.", None]),
], ids=["first", "same-text-again", "edited", "edited-back"])
def test_revisions_per_distinct_text(db: Database, texts: list[str], revisions: int,
                                     edits: list[str | None]) -> None:
    seen = []
    for body in texts:
        with db.unit_of_work() as s:
            seen.append(store_text(s, meta(), body, ["https://news.example/a?utm_source=x"], NOW)
                        .previous_text)
    assert count(db, Article) == 1
    assert count(db, Revision) == revisions
    assert seen == edits


def test_aliases_lead_to_the_article(db: Database) -> None:
    with db.unit_of_work() as s:
        stored = store_text(s, meta(), "Body.", ["https://m.news.example/a/amp"], NOW)
    with db.reading() as s:
        assert known_article_id(s, "https://m.news.example/a/amp") == stored.article_id
        assert known_article_id(s, "https://news.example/a") == stored.article_id
        assert known_article_id(s, "https://news.example/other") is None


def test_claims_are_idempotent_per_revision(db: Database) -> None:
    claims = [Claim(sentence="JD(U) quit the INDIA bloc.", subject="jdu", relation="member",
                    object="india", polarity=False, entities=("jdu", "india"))]
    with db.unit_of_work() as s:
        stored = store_text(s, meta(), "JD(U) quit the INDIA bloc.", [], NOW)
        assert store_claims(s, claims, revision_id=stored.revision_id,
                            article_id=stored.article_id) == 1
        assert store_claims(s, claims, revision_id=stored.revision_id,
                            article_id=stored.article_id) == 0
    assert count(db, ClaimRow) == 1


def _draft(evidence: str = "JD(U) quit the INDIA bloc.") -> FlagDraft:
    fact = Claim(sentence=evidence, subject="jdu", relation="member", object="india",
                 polarity=False, entities=("jdu", "india"), text="JD(U) left the INDIA bloc")
    return FlagDraft(kind=FlagKind.CONTRADICTED, key=fact.fact_key, claim=fact.text,
                     evidence=evidence, subject="jdu", relation="member",
                     entities=("jdu", "india"), baseline="The alliance includes the JDU.",
                     fact=fact)


def test_one_fact_is_one_flag_with_many_sources(db: Database) -> None:
    urls = ["https://a.example/1", "https://b.example/copy", "https://a.example/1"]
    created = []
    with db.unit_of_work() as s:
        for url in urls:
            created.append(record_flag(s, _draft(), url=url, article_id=None, published=NOW,
                                       now=NOW)[1])
    assert created == [True, False, False]
    assert count(db, Flag) == 1 and count(db, FlagSource) == 2
    with db.reading() as s:
        [view] = flag_views(s, query_flags(s))
    assert view["sources"] == ["https://a.example/1", "https://b.example/copy"]
    assert view["kind"] == "contradicted" and view["subject"] == "jdu"
    assert set(view) >= {"id", "kind", "subject", "entities", "relation", "claim", "evidence",
                         "baseline", "url", "sources", "published", "first_seen"}


def test_a_source_that_only_reports_the_fact_as_likely_is_marked(db: Database) -> None:
    import dataclasses

    firm = _draft()
    rumour = dataclasses.replace(firm, evidence="The JD(U) is expected to quit the INDIA bloc.",
                                 fact=dataclasses.replace(firm.fact, hedge="likely"))
    with db.unit_of_work() as s:
        record_flag(s, firm, url="https://a.example/1", article_id=None, published=NOW, now=NOW)
        record_flag(s, rumour, url="https://b.example/2", article_id=None, published=NOW,
                    now=NOW)
    with db.reading() as s:
        [view] = flag_views(s, query_flags(s))
    assert view["sources"] == ["https://a.example/1", "https://b.example/2"]
    assert view["hedged_sources"] == {"https://b.example/2": "likely"}


def test_two_sqlite_writers_do_not_fail_with_locked(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE makes the second writer wait instead of failing at once."""
    url = f"sqlite:///{tmp_path / 'two.db'}"
    Database(url).dispose()

    def writer(n: int) -> None:
        db = Database(url)
        try:
            for i in range(40):
                with db.unit_of_work() as s:
                    store_text(s, meta(f"https://e.org/{n}/{i}"), f"text {n} {i}", [], NOW)
                    s.execute(select(func.count()).select_from(Article)).scalar()
        finally:
            db.dispose()

    assert run_in_threads(writer, 3) == []
    check = Database(url)
    assert count(check, Article) == 120
    check.dispose()


def test_workers_starting_at_once_store_one_baseline(db: Database) -> None:
    """Each finds no baseline and would store one; the lock lets one do it."""
    from storage.baselines import active_baseline, lock_baseline, replace_baseline
    from storage.models import Baseline

    claims = [Claim(sentence="The TMC is part of the INDIA bloc.", subject="tmc",
                    relation="member", object="india", text="TMC is a member of the INDIA bloc")]
    start = threading.Barrier(4)

    def worker(_n: int) -> None:
        start.wait(timeout=30)
        with db.unit_of_work() as session:
            lock_baseline(session, "seed")
            if active_baseline(session, "seed") is None:
                replace_baseline(session, name="seed", origin="seed.txt", text="t",
                                 text_hash="h", published=None, claims=claims)

    assert run_in_threads(worker, 4) == []
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Baseline)) == 1
        assert session.scalar(select(func.count()).select_from(ClaimRow)) == 1


def _insert_source(session, name: str) -> None:  # type: ignore[no-untyped-def]
    session.add(Source(name=name, kind="feed", url=f"https://{name}.example/feed"))
    session.flush()


def _source_names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(Source.name)))


def test_a_failing_unit_of_a_batch_rolls_back_alone(db: Database) -> None:
    with db.batch() as unit:
        with unit() as session:
            _insert_source(session, "first")
        with pytest.raises(StorageError), unit() as session:
            _insert_source(session, "second")
            _insert_source(session, "first")  # unique name: this unit fails
        with unit() as session:
            _insert_source(session, "third")
    assert _source_names(db) == ["first", "third"]


def test_a_batch_shares_one_commit_on_sqlite_only(db: Database) -> None:
    """A batch abandoned half way keeps nothing on SQLite (one transaction) and the
    finished units on PostgreSQL (one transaction each)."""
    with pytest.raises(RuntimeError), db.batch() as unit:
        with unit() as session:
            _insert_source(session, "kept-on-postgresql")
        raise RuntimeError("stopped half way")
    expected = [] if db.dialect == "sqlite" else ["kept-on-postgresql"]
    assert _source_names(db) == expected


SOURCES = [
    ("one-source", [("https://a.example/1", "The RLD quit.")], 1),
    ("same-site-twice", [("https://a.example/1", "The RLD quit."), ("https://www.a.example/2", "It left.")], 1),
    ("syndicated-copy", [("https://a.example/1", "The RLD quit."), ("https://b.example/9", "The  RLD quit.")], 1),
    ("two-outlets", [("https://a.example/1", "The RLD quit."), ("https://b.example/9", "RLD leaves INDIA.")], 2),
]


@pytest.mark.parametrize("sources, expected", [(s, e) for _, s, e in SOURCES], ids=[c[0] for c in SOURCES])
def test_independent_sources(sources: list[tuple[str, str]], expected: int) -> None:
    from storage.flags import SourceRef, independent

    assert independent([SourceRef(url, None, evidence) for url, evidence in sources]) == expected


@pytest.mark.parametrize("first, sources, expected", [
    (0.8, 1, 0.8), (0.8, 2, 0.96), (0.95, 3, 0.99), (None, 2, None),
], ids=["one", "two-agree", "capped", "unknown"])
def test_combined_confidence(first: float | None, sources: int, expected: float | None) -> None:
    from storage.flags import combined_confidence

    assert combined_confidence(first, sources) == expected
