"""A one-shot fetch over history and a day-by-day replay of it give the same flags."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from bench.sitegen import generate
from monitor.config import config_from_dict
from monitor.pipeline import run_cycle
from monitor.sites import StaticSites
from storage.db import Database
from storage.models import Flag, FlagSource
from tests.helpers import story_config

_ITEM = re.compile(r"<item>.*?<pubDate>(?P<day>[^<]+)</pubDate></item>", re.DOTALL)


def _flags(db: Database) -> set[tuple[str, str, int]]:
    """(flag key, kind, number of sources) of every flag."""
    with db.reading() as s:
        rows = s.execute(select(Flag.key, Flag.kind, func.count(FlagSource.id))
                         .join(FlagSource, FlagSource.flag_id == Flag.id)
                         .group_by(Flag.key, Flag.kind))
        return {(key, kind, n) for key, kind, n in rows}


def _run(bases: dict[str, str], db: Database) -> None:
    sources = [{"name": key, "kind": "feed", "url": f"{base}/feed.xml"} for key, base in sorted(bases.items())]
    asyncio.run(run_cycle(config_from_dict(story_config(db.url, sources)), db))


def _day(item: re.Match[str]) -> datetime:
    return datetime.strptime(item["day"], "%a, %d %b %Y %H:%M:%S %z")


def test_one_shot_equals_day_by_day(tmp_path: Path) -> None:
    root = tmp_path / "sites"
    keys = generate(root, hosts=3, per_host=8, seed=11)
    feeds = {key: (root / key / "feed.xml").read_text() for key in keys}

    one_shot = Database(f"sqlite:///{tmp_path / 'one.db'}")
    daily = Database(f"sqlite:///{tmp_path / 'daily.db'}")
    with StaticSites(root) as served:     # one server: the articles keep their URLs
        _run(served.bases, one_shot)
        days = sorted({_day(m) for text in feeds.values() for m in _ITEM.finditer(text)})
        for day in days:
            # each site's feed as it stood that day: only the items published by then
            for key, text in feeds.items():
                (root / key / "feed.xml").write_text(
                    _ITEM.sub(lambda m, day=day: m.group(0) if _day(m) <= day else "", text))
            _run(served.bases, daily)

    try:
        expected = _flags(daily)
        assert len(expected) > 10 and {kind for _k, kind, _n in expected} >= {"new", "changed"}
        assert _flags(one_shot) == expected
    finally:
        one_shot.dispose()
        daily.dispose()
