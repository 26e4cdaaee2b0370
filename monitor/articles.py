"""One article through the pipeline: fetch, extract, judge, claim, compare, store.

Two steps: ``prepare_link`` (fetch, extract, relevance, claims) runs for many
links at once; ``store_prepared`` (compare, store, flags, outbox) runs one
article at a time in publication order, so a fact is judged against what was
reported before it, whatever order the pages arrived in.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from monitor.types import Claim, FlagDraft, Link, Validators

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from monitor.extract import ExtractedArticle
    from monitor.net import Fetched
    from monitor.pipeline import Cycle, SourceReport
    from storage.articles import ArticleMeta

    Unit = Callable[[], AbstractContextManager[Session]]


#: Sorts after every real date: undated pages go last.
LATEST = datetime.max.replace(tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article fetched and read, waiting for its turn to be compared and stored."""

    link: Link
    meta: ArticleMeta
    text: str
    aliases: frozenset[str]
    claims: tuple[Claim, ...]
    validators: Validators | None = None    # stored with the article, never before

    @property
    def order(self) -> tuple[datetime, str]:
        """Oldest news first; undated pages last, in a stable order."""
        return (self.meta.published or LATEST, self.meta.canonical_url)


async def prepare_link(cycle: Cycle, link: Link, report: SourceReport, *,
                       recheck: bool = False) -> Prepared | None:
    """Fetch and read one link; None when the page did not change (304)."""
    from monitor.pipeline import utcnow

    started = time.perf_counter()
    fetched = await cycle.fetcher.get(link.url, kind="page", conditional=recheck)
    cycle.stages.add("fetch", started)
    if fetched.not_modified:
        _reschedule(cycle, link.url, utcnow())
        report.unchanged += 1
        return None
    return _read(cycle, link, fetched)


def store_prepared(cycle: Cycle, item: Prepared, report: SourceReport,
                   unit: Unit | None = None) -> None:
    """Compare and store one article as one unit of work (``unit``: one of a
    ``Database.batch``; by default a unit of work of its own)."""
    # The validators go in with the article: a body that was not kept (a failed
    # store, a crash before it) is fetched in full next time, not hidden by a 304.
    _store(cycle, item.meta, item.text, set(item.aliases), list(item.claims), report,
           item.validators, unit)


def _read(cycle: Cycle, link: Link, fetched: Fetched) -> Prepared:
    from monitor.discover import canonicalize_url
    from monitor.extract import extract

    started = time.perf_counter()
    doc = extract(fetched.body, fetched.final_url, charset=fetched.charset)
    cycle.stages.add("extract", started)
    landed = canonicalize_url(fetched.final_url)
    canonical = choose_canonical(landed, doc.canonical_url)
    started = time.perf_counter()
    published = doc.published or link.published
    relevance = cycle.extractor.relevance(doc.text, doc.title, published.date() if published else None)
    claims: list[Claim] = []
    if relevance.relevant and doc.text:
        # Relevance was just judged: do not let claims() score the text a second time.
        claims = cycle.extractor.claims(doc.text, published=published.date() if published else None,
                                        title=doc.title, check_relevance=False, known=cycle.baseline)
    cycle.stages.add("claims", started)
    meta = _meta(doc, canonical, link.source, published, relevance.relevant, relevance.score)
    aliases = frozenset({link.url, landed})
    return Prepared(link, meta, doc.text, aliases, tuple(claims), fetched.validators)


def choose_canonical(fetched_url: str, declared: str | None) -> str:
    """Trust ``rel=canonical`` only on the same site.

    A syndicated copy often names the original on another site as canonical;
    following it would merge two sites' texts into one article's revisions.
    A canonical pointing at the site's home page is a template bug, not a hint.
    """
    from monitor.discover import canonicalize_url

    if not declared:
        return fetched_url
    candidate = canonicalize_url(declared, fetched_url)
    here, there = urlsplit(fetched_url), urlsplit(candidate)
    if _site(here.netloc) != _site(there.netloc) or there.path in ("", "/"):
        return fetched_url
    return candidate


def _site(netloc: str) -> str:
    return netloc.lower().removeprefix("www.")


def _meta(doc: ExtractedArticle, canonical: str, source: str, published: datetime | None,
          relevant: bool, score: float) -> ArticleMeta:
    from storage.articles import ArticleMeta

    return ArticleMeta(canonical_url=canonical, source=source, title=doc.title,
                       published=published, modified=doc.modified, authors=doc.authors,
                       site_name=doc.site_name, language=doc.language, relevant=relevant,
                       relevance=score)


def _store(cycle: Cycle, meta: ArticleMeta, text: str, aliases: set[str], claims: list[Claim],
           report: SourceReport, validators: Validators | None, unit: Unit | None = None) -> None:
    from monitor.pipeline import utcnow
    from monitor.recheck import next_recheck
    from storage.articles import mark_checked, store_claims, store_text
    from storage.http_cache import remember_validators

    now = utcnow()
    started = time.perf_counter()
    with (unit or cycle.db.unit_of_work)() as session:
        remember_validators(session, [validators])
        stored = store_text(session, meta, text, aliases, now)
        mark_checked(session, stored.article_id, now,
                     next_recheck(stored.first_seen or now, now, cycle.config.fetch))
        if not stored.revision_new:
            report.unchanged += 1
            cycle.stages.add("store", started)
            return
        store_claims(session, claims, revision_id=stored.revision_id,
                     article_id=stored.article_id, published=meta.published)
        if stored.previous_text is not None:
            _withdraw(cycle, session, claims, stored.article_id, now)
        drafts = _drafts(cycle, session, claims, meta, stored.previous_text, text,
                         stored.article_id)
        report.flags += _record_flags(cycle, session, drafts, meta, stored.article_id, now)
    cycle.stages.add("store", started)
    _count(report, stored.article_new, meta.relevant)


def _drafts(cycle: Cycle, session: Session, claims: list[Claim], meta: ArticleMeta,
            previous: str | None, text: str, article_id: int) -> list[FlagDraft]:
    from monitor.diff import revised_flag
    from monitor.pipeline import flag_drafts_for

    started = time.perf_counter()
    drafts = flag_drafts_for(cycle, claims, session, meta.published) if claims else []
    if previous is not None and meta.relevant:
        drafts.append(revised_flag(meta.canonical_url, previous, text, str(article_id)))
    cycle.stages.add("compare", started)
    return drafts


def _withdraw(cycle: Cycle, session: Session, claims: list[Claim], article_id: int,
              now: datetime) -> None:
    """An edit that no longer states a flagged fact withdraws the article as its source; a
    flag left with no source is withdrawn: its unsent alerts are dropped and the next
    digest lists it once under "Withdrawn"."""
    from monitor.alerts import enqueue_flag
    from storage.flags import withdraw_missing
    from storage.models import Flag
    from storage.outbox import drop_unsent

    # (a seat deal is flagged from one side: the other side states it too)
    stated = {c.fact_key for c in claims if c.typed} | {
        m.fact_key for m in (cycle.baseline.mirror(c) for c in claims if c.typed) if m is not None}
    for flag_id in withdraw_missing(session, article_id, stated, now):
        drop_unsent(session, flag_id)
        enqueue_flag(session, cycle.config, Flag(id=flag_id, kind="withdrawn"), event="withdrawn",
                     digest_only=True)


def _record_flags(cycle: Cycle, session: Session, drafts: list[FlagDraft], meta: ArticleMeta,
                  article_id: int, now: datetime) -> int:
    from monitor.alerts import enqueue_flag
    from storage.flags import record_flags, upgrade_hedged
    from storage.models import Flag

    created_count = 0
    recorded = record_flags(session, drafts, url=meta.canonical_url, article_id=article_id,
                            published=meta.published, now=now)
    for draft, (flag_id, created) in zip(drafts, recorded, strict=True):
        if created:
            created_count += 1
            # enqueue_flag reads only the id, kind and hedge: a detached stand-in saves
            # loading the row just written back into the session.
            enqueue_flag(session, cycle.config, Flag(id=flag_id, kind=str(draft.kind),
                                                     hedge=draft.fact.hedge if draft.fact else None,
                                                     detail=dict(draft.detail)))
    # A report that was only likely, now stated outright: the flag says so, and goes out
    # to the channels that held it back.
    for flag_id, kind in upgrade_hedged(session, drafts, recorded, url=meta.canonical_url, now=now):
        enqueue_flag(session, cycle.config, Flag(id=flag_id, kind=kind), event="asserted")
    return created_count


def _count(report: SourceReport, article_new: bool, relevant: bool) -> None:
    if not relevant:
        report.irrelevant += 1
    if article_new:
        report.new += 1
    else:
        report.revised += 1


def _reschedule(cycle: Cycle, url: str, now: datetime) -> None:
    """Not modified: only the next re-check moves, written in batches by the cycle."""
    cycle.note_unchanged(url, now)


__all__ = ["Prepared", "choose_canonical", "prepare_link", "store_prepared"]
