"""Flag reads and writes: the flags table, its sources, and the contract's JSON shape."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from sqlalchemy import Row, Table, bindparam, delete, select, update
from sqlalchemy.orm import Session

from monitor.types import Claim, FlagDraft
from storage.models import Article, Flag, FlagSource
from storage.upsert import insert_ignore_many, insert_new


def sources_by_flag(session: Session, flag_ids: Sequence[int]) -> dict[int, list[SourceRef]]:
    """Every source of each flag, oldest first (the flag's own URL leads)."""
    out: dict[int, list[SourceRef]] = defaultdict(list)
    if not flag_ids:
        return out
    rows = session.execute(
        select(FlagSource.flag_id, FlagSource.url, FlagSource.hedge, FlagSource.evidence,
               FlagSource.article_id)
        .where(FlagSource.flag_id.in_(list(flag_ids)))
        .order_by(FlagSource.flag_id, FlagSource.seen_at, FlagSource.id)
    )
    for flag_id, url, hedge, evidence, article_id in rows:
        out[flag_id].append(SourceRef(url, hedge, evidence or "", article_id))
    return out


class SourceRef(NamedTuple):
    url: str
    hedge: str | None
    evidence: str
    article_id: int | None = None


def independent(sources: Sequence[SourceRef]) -> int:
    """Sources that count apart: another site, in other words (a syndicated copy, the same
    sentence on another site, or a second page of one site counts once)."""
    hosts: set[str] = set()
    sentences: set[str] = set()
    count = 0
    for source in sources:
        host = (urlsplit(source.url).hostname or "").removeprefix("www.")
        sentence = " ".join(source.evidence.lower().split())
        if host in hosts or (sentence and sentence in sentences):
            continue
        hosts.add(host)
        sentences.add(sentence)
        count += 1
    return count


def combined_confidence(first: float | None, sources: int) -> float | None:
    """The claim's confidence, raised by each further independent source (they would all
    have to be wrong): 1 - (1 - c) ** n, at most 0.99."""
    if first is None:
        return None
    return round(min(0.99, 1 - (1 - first) ** max(sources, 1)), 2)


def flag_views(session: Session, flags: Sequence[Flag]) -> list[dict[str, Any]]:
    """Flags in the shape ``monitor flags --json`` prints (see DESIGN.md)."""
    sources = sources_by_flag(session, [f.id for f in flags])
    titles = _titles(session, {f.article_id for f in flags if f.article_id is not None})
    previous = _ids_of(session, {p["key"] for f in flags if (p := (f.detail or {}).get("previous"))})
    # (a flag whose every source was withdrawn lists none)
    return [_view(f, sources.get(f.id) or ([] if _status(f) == "withdrawn" else
                                           [SourceRef(f.url, f.hedge, f.evidence or "", f.article_id)]),
                  titles.get(f.article_id), previous)
            for f in flags]


def _ids_of(session: Session, keys: set[str]) -> dict[str, int]:
    if not keys:
        return {}
    rows = session.execute(select(Flag.key, Flag.id).where(Flag.key.in_(sorted(keys))))
    return {key: flag_id for key, flag_id in rows}


def load_flag_views(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    flags = session.scalars(select(Flag).where(Flag.id.in_(list(ids))).order_by(Flag.id)).all()
    return flag_views(session, flags)


def query_flags(session: Session, *, kind: str | None = None, since: datetime | None = None,
                limit: int | None = None) -> list[Flag]:
    stmt = select(Flag).order_by(Flag.first_seen, Flag.id)
    if kind:
        stmt = stmt.where(Flag.kind == kind)
    if since:
        stmt = stmt.where(Flag.first_seen >= since)
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def _titles(session: Session, article_ids: set[int]) -> dict[int, str | None]:
    if not article_ids:
        return {}
    rows = session.execute(select(Article.id, Article.title).where(Article.id.in_(article_ids)))
    return {article_id: title for article_id, title in rows}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _view(flag: Flag, sources: list[SourceRef], title: str | None,
          ids: Mapping[str, int]) -> dict[str, Any]:
    detail = flag.detail or {}
    earlier = detail.get("previous")
    apart = independent([s for s in sources if not s.hedge])
    return {
        "id": flag.id,
        "kind": flag.kind,
        "subject": flag.subject,
        "entities": list(flag.entities or []),
        "relation": flag.relation,
        "claim": flag.claim,
        "evidence": flag.evidence,
        "baseline": flag.baseline,
        "url": flag.url,
        "sources": [s.url for s in sources],
        # Sources that only report the fact as likely, or as what sources say.
        "hedged_sources": {s.url: s.hedge for s in sources if s.hedge},
        "published": _iso(flag.published),
        "first_seen": _iso(flag.first_seen),
        "last_seen": _iso(flag.last_seen),
        "title": title,
        "accepted": flag.accepted,
        # open | accepted | withdrawn (every source took it back); DESIGN.md also names
        # dismissed: not kept yet
        "status": _status(flag),
        # Reported, not confirmed: every source so far only says it is likely or reported.
        "hedged": flag.hedge is not None,
        # How sure (0-1): the claim's own, raised by each independent source stating it.
        "confidence": combined_confidence(detail.get("confidence"), apart),
        "why": {**(detail.get("why") or {}), "sources": len(sources), "independent_sources": apart,
                "hedged_sources": sum(1 for s in sources if s.hedge)} if detail.get("why") else None,
        "detail": flag.detail or {},
        # The earlier flag this one contradicts (a reversal), else None.
        "previous": {"id": ids.get(earlier["key"]), "claim": earlier["claim"],
                     "evidence": earlier["evidence"]} if earlier else None,
    }


def _status(flag: Flag) -> str:
    if (flag.detail or {}).get("withdrawn"):
        return "withdrawn"
    return "accepted" if flag.accepted else "open"


def record_flag(session: Session, draft: FlagDraft, *, url: str, article_id: int | None,
                published: datetime | None, now: datetime) -> tuple[int, bool]:
    """Create the flag for ``draft.key`` or find the existing one; add ``url`` as its source.

    Returns (flag id, created). The same fact reported again (another article,
    a syndicated copy) only adds a source: one fact is one flag.
    """
    [result] = record_flags(session, [draft], url=url, article_id=article_id,
                            published=published, now=now)
    return result


def record_flags(session: Session, drafts: Sequence[FlagDraft], *, url: str,
                 article_id: int | None, published: datetime | None,
                 now: datetime) -> list[tuple[int, bool]]:
    """``record_flag`` for all the drafts of one article, in three statements.

    New keys are inserted, known ones touched (``last_seen``), and ``url`` is
    added as a source of each. Returns (flag id, created) per draft, in order;
    a key that occurs twice is created by its first draft only.
    """
    if not drafts:
        return []
    created = {key: flag_id for (key,), flag_id in insert_new(
        session, Flag, [_flag_values(d, url, article_id, published, now) for d in drafts],
        ("key",)).items()}
    known = sorted({d.key for d in drafts} - created.keys())
    ids = dict(created)
    if known:  # facts flagged before: one statement finds and touches them
        ids |= {key: flag_id for flag_id, key in session.connection().execute(
            _TOUCH, {"keys": known, "now": now})}
    insert_ignore_many(session, FlagSource, [
        {"flag_id": ids[d.key], "url": url, "article_id": article_id, "evidence": d.evidence,
         "hedge": d.fact.hedge if d.fact else None}
        for d in drafts], ("flag_id", "url"))
    out = []
    for draft in drafts:
        out.append((ids[draft.key], created.pop(draft.key, None) is not None))
    return out


def upgrade_hedged(session: Session, drafts: Sequence[FlagDraft], recorded: Sequence[tuple[int, bool]],
                   *, url: str, now: datetime) -> list[tuple[int, str]]:
    """Flags raised by a report that was only likely, now asserted by one of these drafts:
    their hedge is cleared and ``detail.asserted`` says when and where. (id, kind) of each."""
    asserted = {flag_id: d for d, (flag_id, created) in zip(drafts, recorded, strict=True)
                if not created and d.detail.get("upgrades")}
    if not asserted:
        return []
    out = []
    for flag in session.scalars(select(Flag).where(Flag.id.in_(sorted(asserted)), Flag.hedge.is_not(None))):
        draft = asserted[flag.id]
        flag.detail = {**(flag.detail or {}), "hedged": False,
                       "asserted": {"url": url, "at": now.isoformat(), "was": flag.hedge,
                                    "evidence": draft.evidence}}
        flag.hedge = None
        flag.claim = draft.claim        # the claim as stated now, without "(reportedly or likely)"
        out.append((flag.id, str(flag.kind)))
    return out


def withdraw_missing(session: Session, article_id: int, stated: set[str], now: datetime) -> list[int]:
    """An edited article no longer states some facts it was a source of (``stated``: the
    fact keys its new revision claims): its source of each is withdrawn, the flag cites
    another source if it has one, and a flag left with none is marked withdrawn. Returns
    the ids of flags withdrawn."""
    rows = session.execute(
        select(FlagSource.id, FlagSource.flag_id, FlagSource.url, Flag.fact_key)
        .join(Flag, Flag.id == FlagSource.flag_id)
        .where(FlagSource.article_id == article_id, Flag.fact_key.is_not(None))).all()
    gone = {flag_id: (source_id, url) for source_id, flag_id, url, fact_key in rows if fact_key not in stated}
    if not gone:
        return []
    session.execute(delete(FlagSource).where(FlagSource.id.in_([s for s, _u in gone.values()])))
    withdrawn = []
    remaining = sources_by_flag(session, sorted(gone))
    for flag in session.scalars(select(Flag).where(Flag.id.in_(sorted(gone)))):
        left = remaining[flag.id][0] if remaining.get(flag.id) else None
        detail = dict(flag.detail or {})
        detail["withdrawn_sources"] = [*detail.get("withdrawn_sources", []),
                                       {"url": gone[flag.id][1], "at": now.isoformat()}]
        if left is None:
            detail["withdrawn"] = now.isoformat()
            withdrawn.append(flag.id)
        elif flag.article_id == article_id:     # cite a source that still states it
            flag.url, flag.evidence, flag.article_id = left.url, left.evidence, left.article_id
        flag.detail = detail
    return withdrawn


def _flag_values(draft: FlagDraft, url: str, article_id: int | None,
                 published: datetime | None, now: datetime) -> dict[str, Any]:
    # Every row carries every column: the drafts of one article go in one INSERT.
    fact = draft.fact
    return {
        "key": draft.key, "kind": str(draft.kind), "subject": draft.subject,
        "relation": draft.relation, "entities": list(draft.entities), "claim": draft.claim,
        "evidence": draft.evidence, "baseline": draft.baseline, "url": url,
        "article_id": article_id, "published": published, "first_seen": now, "last_seen": now,
        "detail": dict(draft.detail),
        "slot_key": fact.slot_key if fact else None, "fact_key": fact.fact_key if fact else None,
        "object": fact.object if fact else None, "value": fact.value if fact else None,
        "place": fact.place if fact else None, "polarity": fact.polarity if fact else True,
        "hedge": fact.hedge if fact else None, "event_date": fact.event_date if fact else None,
    }


_FLAGS: Table = Flag.__table__  # type: ignore[assignment]

_TOUCH = (update(_FLAGS).where(_FLAGS.c.key.in_(bindparam("keys", expanding=True)))
          .values(last_seen=bindparam("now")).returning(_FLAGS.c.id, _FLAGS.c.key))

#: What comparison needs of an earlier flag: plain rows, no ORM objects to build.
FACT_COLUMNS = ("id", "key", "kind", "subject", "relation", "object", "value", "place", "polarity",
                "hedge", "event_date", "entities", "claim", "evidence", "published")

_IN_SLOTS = (select(_FLAGS.c.slot_key, *(_FLAGS.c[c] for c in FACT_COLUMNS))
             .where(_FLAGS.c.slot_key.in_(bindparam("slot_keys", expanding=True)))
             .order_by(_FLAGS.c.first_seen, _FLAGS.c.id))

_WITH_FACT = (select(*(_FLAGS.c[c] for c in FACT_COLUMNS))
              .where(_FLAGS.c.fact_key == bindparam("fact_key"))
              .order_by(_FLAGS.c.id).limit(1))

_WITH_FACTS = (select(_FLAGS.c.fact_key, _FLAGS.c.slot_key, *(_FLAGS.c[c] for c in FACT_COLUMNS))
               .where(_FLAGS.c.fact_key.in_(bindparam("fact_keys", expanding=True)))
               .order_by(_FLAGS.c.id))


def flags_with_slots(session: Session, slot_keys: Sequence[str]) -> dict[str, list[Row[Any]]]:
    """Earlier flags of these slots (``FACT_COLUMNS`` only), oldest first, in one indexed
    query; every key given is in the result (an empty list where no flag is)."""
    out: dict[str, list[Row[Any]]] = {key: [] for key in slot_keys}
    if slot_keys:
        for row in session.connection().execute(_IN_SLOTS, {"slot_keys": list(slot_keys)}):
            out[row.slot_key].append(row)
    return out


def flag_with_fact(session: Session, fact_key: str) -> Row[Any] | None:
    """The first flag of one fact (``FACT_COLUMNS`` only); indexed."""
    return session.connection().execute(_WITH_FACT, {"fact_key": fact_key}).first()


def flags_with_facts(session: Session, fact_keys: Sequence[str]) -> dict[str, Row[Any]]:
    """``flag_with_fact`` for many facts in one indexed query: {fact key: first flag}."""
    out: dict[str, Row[Any]] = {}
    if fact_keys:
        for row in session.connection().execute(_WITH_FACTS, {"fact_keys": list(fact_keys)}):
            out.setdefault(row.fact_key, row)
    return out


def flag_fact(flag: Any, paragraph: int = 0) -> Claim:
    """The fact behind a flag (a ``Flag`` row or a row with its columns) as a claim."""
    return Claim(sentence=flag.evidence, subject=flag.subject, relation=flag.relation,
                 object=flag.object, value=flag.value, place=flag.place,
                 polarity=flag.polarity, hedge=flag.hedge, entities=tuple(flag.entities or ()),
                 text=flag.claim, paragraph=paragraph, event_date=flag.event_date)
