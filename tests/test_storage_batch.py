"""Batched storage writes and reads: same outcome as one row at a time, fewer statements."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from monitor.types import Claim, FlagDraft, FlagKind
from storage.articles import ArticleMeta, reschedule_urls, row_to_claim, store_claims, store_text
from storage.db import Database
from storage.flags import record_flag, record_flags
from storage.history import StoredHistory
from storage.models import Article, ClaimRow, Flag, FlagSource, Source
from storage.upsert import get_or_insert_id, insert_ignore_many, insert_new, upsert

NOW = datetime(2024, 1, 28, 12, 0, tzinfo=timezone.utc)


def meta(url: str, **kw: object) -> ArticleMeta:
    base = dict(canonical_url=url, source="s", title="T", published=NOW, modified=None,
                authors=("A",), site_name="News", language="en", relevant=True, relevance=5.0)
    return ArticleMeta(**(base | kw))  # type: ignore[arg-type]


def draft(subject: str, value: str | None = None, kind: FlagKind = FlagKind.NEW) -> FlagDraft:
    fact = Claim(sentence=f"{subject} says {value}.", subject=subject, relation="contest",
                 value=value, entities=(subject,), text=f"{subject} contests {value}")
    return FlagDraft(kind=kind, key=fact.fact_key, claim=fact.text, evidence=fact.sentence,
                     subject=subject, relation="contest", entities=(subject,), fact=fact)


def revised() -> FlagDraft:
    return FlagDraft(kind=FlagKind.REVISED, key="revised:1:abc", claim="edited",
                     evidence="the text changed", detail={"added": 1})


def count(db: Database, model: type) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_insert_helpers_report_what_they_added(db: Database) -> None:
    rows = [{"name": n, "kind": "feed", "url": "https://e.org/"} for n in ("a", "b", "a")]
    with db.unit_of_work() as s:
        assert insert_ignore_many(s, Source, rows, ("name",)) == 2
        assert insert_ignore_many(s, Source, rows, ("name",)) == 0
        assert insert_ignore_many(s, Source, [], ("name",)) == 0
        added = insert_new(s, Source, [{"name": "c", "kind": "feed", "url": "u"},
                                       {"name": "a", "kind": "feed", "url": "u"}], ("name",))
        assert list(added) == [("c",)]
        assert get_or_insert_id(s, Source, {"name": "c", "kind": "x", "url": "u"},
                                ("name",)) == (added[("c",)], False)
        upsert(s, Source, {"name": "c", "kind": "sitemap", "url": "v"}, ("name",), ("url",))
    with db.reading() as s:
        kind, url = s.execute(select(Source.kind, Source.url).where(Source.name == "c")).one()
    assert count(db, Source) == 3 and (kind, url) == ("feed", "v")


def test_record_flags_matches_one_at_a_time(db: Database) -> None:
    first = [draft("sp", "17"), draft("inc", "9"), revised()]
    again = [draft("inc", "9"), draft("rjd", "26"), draft("rjd", "26")]
    with db.unit_of_work() as s:
        made = record_flags(s, first, url="https://a.example/1", article_id=None,
                            published=NOW, now=NOW)
        later = record_flags(s, again, url="https://b.example/2", article_id=None,
                             published=NOW, now=NOW + timedelta(hours=1))
        single = record_flag(s, draft("sp", "17"), url="https://a.example/1", article_id=None,
                             published=NOW, now=NOW)
    assert [c for _id, c in made] == [True, True, True]
    assert [c for _id, c in later] == [False, True, False]  # known; new; same key twice
    assert later[0][0] == made[1][0] and later[1][0] == later[2][0]
    assert single == (made[0][0], False)
    assert count(db, Flag) == 4
    assert count(db, FlagSource) == 5  # inc has two URLs; a repeated URL adds nothing
    with db.reading() as s:
        touched = s.scalar(select(Flag.last_seen).where(Flag.id == made[1][0]))
        rev = s.execute(select(Flag.polarity, Flag.slot_key).where(Flag.kind == "revised")).one()
    assert touched == NOW + timedelta(hours=1)
    assert rev == (True, None)


def test_stored_history_prefetch_answers_like_lookups(db: Database) -> None:
    known, other = draft("sp", "17"), draft("inc", "9")
    with db.unit_of_work() as s:
        record_flags(s, [known], url="https://a.example/1", article_id=None, published=NOW,
                     now=NOW)
    assert known.fact is not None and other.fact is not None
    with db.reading() as s:
        fetched = StoredHistory(s, facts=[known.fact.fact_key, other.fact.fact_key])
        lazy = StoredHistory(s)
        for history in (fetched, lazy):
            found = history.flag_for_fact(known.fact.fact_key)
            assert found is not None and found.key == known.key
            assert found.claim.value == "17" and found.kind is FlagKind.NEW
            assert history.flag_for_fact(other.fact.fact_key) is None
            assert [k.key for k in history.flags_in_slot(known.fact.slot_key)] == [known.key]


def test_store_text_refreshes_meta_and_skips_the_same_text(db: Database) -> None:
    with db.unit_of_work() as s:
        one = store_text(s, meta("https://n.example/a"), "Body.", ["https://n.example/a?x"],
                         NOW)
        store_claims(s, [Claim(sentence="Body.", subject="sp", relation="contest")],
                     revision_id=one.revision_id, article_id=one.article_id)
    later = NOW + timedelta(hours=2)
    with db.unit_of_work() as s:
        same = store_text(s, meta("https://n.example/a", title=None, language="hi",
                                  relevant=False), "Body.", [], later)
    assert (same.article_id, same.revision_id, same.revision_new) == \
        (one.article_id, one.revision_id, False)
    assert one.first_seen == same.first_seen == NOW
    with db.reading() as s:
        article = s.get(Article, one.article_id)
        assert article is not None
        assert (article.title, article.language, article.relevant) == ("T", "hi", False)
    assert count(db, ClaimRow) == 1


@pytest.mark.parametrize("urls, updated", [
    (["https://n.example/a", "https://n.example/a?x"], 1),  # canonical and alias: one article
    (["https://n.example/nowhere"], 0),
    ([], 0),
], ids=["alias", "unknown", "none"])
def test_reschedule_urls(db: Database, urls: list[str], updated: int) -> None:
    with db.unit_of_work() as s:
        stored = store_text(s, meta("https://n.example/a"), "Body.", ["https://n.example/a?x"],
                            NOW)
    checked = NOW + timedelta(hours=1)
    with db.unit_of_work() as s:
        n = reschedule_urls(s, [(u, checked) for u in urls],
                            lambda first, now: now + (now - first))
    assert n == updated
    with db.reading() as s:
        row = s.execute(select(Article.last_checked, Article.next_recheck)
                        .where(Article.id == stored.article_id)).one()
    if updated:
        assert tuple(row) == (checked, checked + timedelta(hours=1))
    else:
        assert row.next_recheck is None


def test_event_date_survives_storage(db: Database) -> None:
    """An attendance keeps the date of its event in its claim row and in its flag, so a
    later article compares with the right meeting."""
    fact = Claim(sentence="Banerjee skipped the 6 December meeting.", subject="mamata-banerjee",
                 relation="attends", object="india", value="meeting", polarity=False,
                 entities=("mamata-banerjee",), text="Banerjee skips the meeting", event_date="2023-12-06")
    flag = FlagDraft(kind=FlagKind.NEW, key=fact.fact_key, claim=fact.text, evidence=fact.sentence,
                     subject=fact.subject, relation=fact.relation, entities=fact.entities, fact=fact)
    with db.unit_of_work() as s:
        stored = store_text(s, meta("https://n.example/a"), fact.sentence, [], NOW)
        store_claims(s, [fact], revision_id=stored.revision_id, article_id=stored.article_id)
        record_flags(s, [flag], url="https://n.example/a", article_id=stored.article_id, published=NOW, now=NOW)
    with db.reading() as s:
        (row,) = s.scalars(select(ClaimRow)).all()
        stored_claim = row_to_claim(row)
        found = StoredHistory(s).flag_for_fact(fact.fact_key)
    assert stored_claim.event_date == "2023-12-06"
    assert found is not None and found.claim.event_date == "2023-12-06"
