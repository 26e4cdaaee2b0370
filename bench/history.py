"""History benchmark: does the per-article cost grow with what is already stored?

    .venv/bin/python bench/history.py [--sizes 1000,10000,100000] [--articles 200]

For each size N, a fresh SQLite database is pre-filled with bulk inserts of
synthetic rows: N/5 articles with one revision each, N claims, N flags (with
one source each) and N outbox rows. Most flags are spread over unrelated
slots; ``--hot-share`` of them (1%) are earlier facts in the very slots the
benchmark's articles talk about, so at 100k each busy slot holds about ten
earlier values, as a story followed for months would. Then the same
``--articles`` generated articles (new pages about the seed story,
bench/sitegen.py) go through the production path
without HTTP: ``monitor.extract.extract``, relevance and claims, then
``monitor.articles._store`` (store text and claims, compare with the baseline
and the stored flags, record flags, enqueue alerts), each article in its own
unit of work.

Every statement the store path runs against the largest database is checked
with ``EXPLAIN QUERY PLAN``: a full-table ``SCAN`` of a history table is
listed, since it would make the cost grow with history. Goal: per-article
compare+store time at the largest size within 1.5x of the smallest.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import table, verdict  # noqa: E402

FLAT_GOAL = 1.5
CHUNK = 5_000
HISTORY_TABLES = ("articles", "article_urls", "revisions", "claims", "flags", "flag_sources",
                  "outbox", "http_cache")


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--hot-share", type=float, default=0.01,
                   help="share of stored flags in the slots the articles talk about")
    return p.parse_args()


# --- synthetic history ------------------------------------------------------------------

def _key(rng: random.Random) -> str:
    return "%020x" % rng.getrandbits(80)


def prefill(db: Any, n: int, hot: list[Any], hot_share: float, seed: int = 11) -> float:
    """Bulk-insert N claims, N flags (+ sources, outbox rows) and N/5 articles; seconds.

    A ``hot_share`` of the flags are earlier facts in the slots the benchmark's
    articles talk about (same subject, relation, object and place as one of the
    ``hot`` claims, another value): the history a comparison must look at.
    """
    from sqlalchemy import insert

    from storage.models import Article, ClaimRow, Flag, FlagSource, Outbox, Revision

    rng = random.Random(seed)
    started = time.perf_counter()
    now = datetime(2024, 1, 1, tzinfo=timezone.utc)
    n_articles = max(1, n // 5)
    every = max(1, round(1 / hot_share)) if hot_share > 0 else n + 1
    with db.unit_of_work() as s:
        for lo in range(0, n_articles, CHUNK):
            ids = range(lo + 1, min(n_articles, lo + CHUNK) + 1)
            s.execute(insert(Article.__table__), [
                {"id": i, "canonical_url": f"https://old{i % 97}.example/story/{i}",
                 "source": "old",
                 "title": f"old story {i}", "first_seen": now, "last_checked": now,
                 "next_recheck": None, "current_revision_id": i, "relevant": True,
                 "relevance": 1.0, "authors": []} for i in ids])
            s.execute(insert(Revision.__table__), [
                {"id": i, "article_id": i, "text_hash": _key(rng), "text": f"old text {i}",
                 "fetched_at": now} for i in ids])
        for lo in range(0, n, CHUNK):
            ids = range(lo + 1, min(n, lo + CHUNK) + 1)
            s.execute(insert(ClaimRow.__table__), [_claim_row(i, rng, n_articles) for i in ids])
            s.execute(insert(Flag.__table__), [
                _hot_flag(_flag_row(i, rng, n_articles, now), hot[i % len(hot)], i)
                if hot and i % every == 0 else _flag_row(i, rng, n_articles, now) for i in ids])
            s.execute(insert(FlagSource.__table__), [
                {"flag_id": i, "url": f"https://old.example/story/{i}", "article_id": None,
                 "evidence": "old", "seen_at": now} for i in ids])
            s.execute(insert(Outbox.__table__), [
                {"event": f"flag:{i}", "channel": "log", "flag_id": i, "mode": "immediate",
                 "payload": {}, "status": "sent", "attempts": 1, "next_attempt": now,
                 "detail": {}, "created": now, "sent_at": now} for i in ids])
    return time.perf_counter() - started


def _claim_row(i: int, rng: random.Random, n_articles: int) -> dict[str, Any]:
    article = 1 + i % n_articles
    return {"revision_id": article, "baseline_id": None, "article_id": article,
            "claim_key": _key(rng), "slot_key": _key(rng), "fact_key": _key(rng),
            "subject": f"party{i % 500}", "relation": "contest", "object": None,
            "value": str(i % 40), "place": None, "polarity": True, "hedge": None,
            "entities": [], "sentence": f"old sentence {i}", "text": f"old claim {i}",
            "paragraph": 0, "published": None}


def _hot_flag(row: dict[str, Any], claim: Any, i: int) -> dict[str, Any]:
    return row | {"subject": claim.subject, "relation": claim.relation, "object": claim.object,
                  "place": claim.place, "polarity": claim.polarity, "slot_key": claim.slot_key,
                  "value": f"old value {i}", "entities": list(claim.entities)}


def _flag_row(i: int, rng: random.Random, n_articles: int, now: datetime) -> dict[str, Any]:
    return {"key": _key(rng), "kind": "new", "subject": f"party{i % 500}", "relation": "contest",
            "slot_key": _key(rng), "fact_key": _key(rng), "object": None, "value": str(i % 40),
            "place": None, "polarity": True, "hedge": None, "entities": [],
            "claim": f"old claim {i}", "evidence": f"old sentence {i}", "baseline": None,
            "url": f"https://old.example/story/{i}", "article_id": 1 + i % n_articles,
            "published": None, "first_seen": now - timedelta(minutes=i), "last_seen": now,
            "detail": {}, "accepted": False}


# --- the articles -----------------------------------------------------------------------

def make_pages(count: int) -> list[tuple[str, str]]:
    """(url, html) of ``count`` generated articles, the same for every size."""
    from bench.sitegen import FILLER, _facts, article_html

    rng = random.Random(5)
    pages = []
    for i in range(count):
        day = date(2023, 12, 10) + timedelta(days=rng.randint(0, 90))
        url = f"https://bench{i % 20}.example/politics/story-{i:04d}.html"
        paragraphs = _facts(rng, day) + rng.sample(FILLER, 2)
        rng.shuffle(paragraphs)
        pages.append((url, article_html(f"INDIA bloc talks: update {i}", day, paragraphs, url)))
    return pages


def run_size(n: int, pages: list[tuple[str, str]], workdir: Path, *, explain: bool,
             hot_share: float) -> dict[str, Any]:
    from monitor.config import config_from_dict
    from storage.db import Database
    from tests.helpers import story_config

    url = f"sqlite:///{workdir / f'history-{n}.db'}"
    config = config_from_dict(story_config(url, []))
    db = Database(url)
    cycle = asyncio.run(_cycle(config, db))
    prepared = [_prepare(cycle, link, html) for link, html in pages]
    hot = list({c.slot_key: c for p in prepared for c in p[3] if c.typed}.values())
    fill = prefill(db, n, hot, hot_share)
    with _statements(db) as seen:
        started = time.perf_counter()
        flags = sum(_store_one(cycle, *item) for item in prepared)
        seconds = time.perf_counter() - started
    scans, latent = _full_scans(db, seen) if explain else ([], [])
    db.dispose()
    stages = cycle.stages.seconds
    return {"n": n, "fill": fill, "seconds": seconds, "flags": flags,
            "compare": stages.get("compare", 0.0), "store": stages.get("store", 0.0),
            "claims": sum(p[-1] for p in prepared), "statements": len(seen), "scans": scans,
            "latent": latent, "per_slot": n * hot_share / len(hot) if hot else 0.0}


async def _cycle(config: Any, db: Any) -> Any:
    from monitor.baseline_store import ensure_baseline
    from monitor.claims import ClaimExtractor
    from monitor.pipeline import Cycle

    extractor = ClaimExtractor(config)
    baseline = await ensure_baseline(config, db, extractor, None)
    return Cycle(config, db, None, extractor, baseline)  # type: ignore[arg-type]


def _prepare(cycle: Any, url: str, html: str) -> tuple[Any, str, set[str], list[Any], float]:
    """Extraction, relevance and claims: history-independent, timed apart."""
    from monitor.articles import _meta
    from monitor.extract import extract

    started = time.perf_counter()
    doc = extract(html.encode(), url)
    relevance = cycle.extractor.relevance(doc.text, doc.title, doc.published.date())
    claims = cycle.extractor.claims(doc.text, published=doc.published.date(), title=doc.title,
                                    check_relevance=False) if relevance.relevant else []
    meta = _meta(doc, url, "bench", doc.published, relevance.relevant, relevance.score)
    return meta, doc.text, {url}, claims, time.perf_counter() - started


def _store_one(cycle: Any, meta: Any, text: str, aliases: set[str], claims: list[Any],
               _seconds: float) -> int:
    from monitor.articles import _store
    from monitor.pipeline import SourceReport

    report = SourceReport("bench")
    _store(cycle, meta, text, aliases, claims, report, None)
    return report.flags


# --- query plans ------------------------------------------------------------------------

@contextmanager
def _statements(db: Any) -> Iterator[dict[str, str]]:
    """Distinct SQL (with values inlined by SQLite) run on the engine's connections."""
    from sqlalchemy import event

    seen: dict[str, str] = {}

    def trace(sql: str) -> None:
        shape = re.sub(r"'[^']*'|\b\d+(\.\d+)?\b", "?", sql)
        seen.setdefault(shape, sql)

    def on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.set_trace_callback(trace)

    db.dispose()  # new connections get the trace callback
    event.listen(db.engine, "connect", on_connect)
    try:
        yield seen
    finally:
        event.remove(db.engine, "connect", on_connect)
        db.dispose()


def _full_scans(db: Any, seen: dict[str, str]) -> tuple[list[str], list[str]]:
    """Full scans of history tables: (in the statement's own plan, latent FK bookkeeping).

    In an INSERT's plan, a SCAN of a child table is SQLite's foreign-key
    bookkeeping: it runs only while FK violations are pending (and when a
    parent row is deleted), not on a normal insert. Those are listed apart.
    """
    own: list[str] = []
    latent: list[str] = []
    raw = db.engine.raw_connection()
    try:
        for sql in seen.values():
            verb = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
            if verb not in ("SELECT", "UPDATE", "DELETE", "INSERT"):
                continue
            try:
                plan = raw.cursor().execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            except sqlite3.Error:
                continue
            for row in plan:
                detail = str(row[-1])
                words = detail.split()
                if words[:1] == ["SCAN"] and len(words) > 1 and words[1] in HISTORY_TABLES \
                        and "INDEX" not in detail:
                    (latent if verb == "INSERT" else own).append(f"{detail}  <-  {sql[:110]}")
    finally:
        raw.close()
    return own, sorted(set(latent))


# --- main ---------------------------------------------------------------------------------

def main() -> int:
    args = parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from monitor.logs import setup_logging

    import logging
    setup_logging(logging.WARNING, "text")
    pages = make_pages(args.articles)
    rows = []
    with tempfile.TemporaryDirectory(prefix="claimwatch-history-") as tmp:
        for n in sizes:
            rows.append(run_size(n, pages, Path(tmp), explain=n == max(sizes),
                                 hot_share=args.hot_share))
    per = lambda r, k: 1000 * r[k] / args.articles  # noqa: E731
    print(f"{args.articles} articles through extract+claims, then compare+store, per history "
          f"size (SQLite file, one unit of work per article)\n")
    print(table(["stored claims+flags", "flags per busy slot", "prefill s", "claims ms/art",
                 "compare ms/art", "store ms/art (incl. compare)", "flags made",
                 "distinct statements"],
                [[f"{r['n']:,}", r["per_slot"], r["fill"], per(r, "claims"), per(r, "compare"),
                  per(r, "seconds"), r["flags"], r["statements"]] for r in rows]))
    first, last = rows[0], rows[-1]
    ratio = last["seconds"] / first["seconds"]
    print(f"\nratio {last['n']:,} / {first['n']:,}: compare+store {ratio:.2f}x, "
          f"compare alone {last['compare'] / first['compare']:.2f}x")
    scans = last["scans"]
    print(f"full scans of history tables at {last['n']:,}: {len(scans)}")
    for line in scans:
        print("  " + line)
    print(f"latent scans in INSERT plans (SQLite FK bookkeeping, not run on a normal insert): "
          f"{len(last['latent'])}")
    for line in last["latent"]:
        print("  " + line)
    print()
    checks = [(f"per-article compare+store flat ({last['n']:,} vs {first['n']:,})",
               ratio <= FLAT_GOAL, f"{ratio:.2f}x (goal <= {FLAT_GOAL}x)"),
              ("no full scan of a history table", not scans, f"{len(scans)} found")]
    for goal, met, detail in checks:
        print(verdict(goal, met, detail))
    return 0 if all(met for _g, met, _d in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
