"""Several `monitor fetch` processes at once on one database write exactly what
one process would, and deliver each alert once (issue 9)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.sitegen import generate
from monitor.sites import StaticSites
from storage.db import Database
from storage.models import (Article, ArticleUrl, ClaimRow, Flag, FlagSource, Outbox, Revision,
                            Source)
from tests.helpers import BACKENDS, ROOT, pg_schema_url, story_config, to_toml

TABLES = [Article, ArticleUrl, Revision, ClaimRow, Flag, FlagSource, Outbox, Source]
WORKERS = 3


@pytest.fixture(scope="module")
def story_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    root = tmp_path_factory.mktemp("sites")
    generate(root, hosts=4, per_host=12)
    with StaticSites(root) as sites:
        yield sites.bases


def _db_url(backend: str, tmp_path: Path, name: str, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / f'{name}.db'}"
    return pg_schema_url(request.getfixturevalue("pg_schemas")())


def _config(tmp_path: Path, name: str, db_url: str, bases: dict[str, str]) -> Path:
    sources = [{"name": key, "kind": "feed", "url": f"{base}/feed.xml"}
               for key, base in sorted(bases.items())]
    raw = story_config(db_url, sources, alerts={"channels": [{"kind": "log", "format": "json"}]})
    path = tmp_path / f"{name}.toml"
    path.write_text(to_toml(raw))
    return path


def _start(config: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "fetch"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)


def _finish(procs: list[subprocess.Popen[str]]) -> list[str]:
    logs = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err[-3000:]
        logs.append(err)
    return logs


def _alerted_flags(logs: list[str]) -> Counter[int]:
    seen: Counter[int] = Counter()
    for text in logs:
        for line in text.splitlines():
            if "monitor.alerts.log:" in line:
                payload = json.loads(line.split("monitor.alerts.log: ", 1)[1])
                if payload.get("event") == "flag":
                    seen[payload["id"]] += 1
    return seen


def _counts(url: str) -> dict[str, int]:
    db = Database(url)
    try:
        with db.reading() as s:
            return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                    for m in TABLES}
    finally:
        db.dispose()


def _fingerprint(url: str) -> tuple[set[tuple[str, int]], set[tuple[str, str]]]:
    """(flag key, number of sources) for every flag, and (key, kind) where the kind
    cannot depend on the order articles were stored in.

    ``new`` vs ``changed`` for two values of one slot (a party's seat count in a
    state) depends on which article a process stored first; with several
    processes that order is not fixed, so those kinds are left out.
    """
    db = Database(url)
    try:
        with db.reading() as s:
            rows = list(s.execute(select(Flag.key, Flag.kind, Flag.slot_key,
                                         func.count(FlagSource.id))
                                  .join(FlagSource, FlagSource.flag_id == Flag.id)
                                  .group_by(Flag.key, Flag.kind, Flag.slot_key)))
    finally:
        db.dispose()
    per_slot = Counter(slot for _k, _kind, slot, _n in rows)
    return ({(k, n) for k, _kind, _slot, n in rows},
            {(k, kind) for k, kind, slot, _n in rows if per_slot[slot] == 1})


@pytest.mark.parametrize("backend", BACKENDS)
def test_parallel_fetches_write_what_one_would(backend: str, tmp_path: Path,
                                               request: pytest.FixtureRequest,
                                               story_sites: dict[str, str]) -> None:
    single_url = _db_url(backend, tmp_path, "single", request)
    many_url = _db_url(backend, tmp_path, "many", request)
    for url in (single_url, many_url):  # migrate first: the race under test is the cycle
        Database(url).dispose()
    single_logs = _finish([_start(_config(tmp_path, "single", single_url, story_sites))])
    many_config = _config(tmp_path, "many", many_url, story_sites)
    many_logs = _finish([_start(many_config) for _ in range(WORKERS)])

    expected, got = _counts(single_url), _counts(many_url)
    assert expected["articles"] == 48 and expected["flags"] > 5
    assert got == expected
    assert _fingerprint(many_url) == _fingerprint(single_url)
    alerted = _alerted_flags(many_logs)
    assert sum(_alerted_flags(single_logs).values()) == expected["flags"]
    assert len(alerted) == expected["flags"] and set(alerted.values()) == {1}, alerted
