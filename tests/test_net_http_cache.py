"""Validators (ETag/Last-Modified) per URL in the http_cache table: read by the
fetcher, written by whoever keeps the body, in the same unit of work."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monitor.config import FetchConfig
from monitor.net import Fetcher
from netserver import NetServer, Reply
from storage.db import Database
from monitor.types import Validators
from storage.http_cache import DbValidatorCache, remember_validators


def remember(db: Database, url: str, etag: str | None, last_modified: str | None) -> None:
    with db.unit_of_work() as session:
        remember_validators(session, [Validators(url, etag, last_modified)])


def test_roundtrip_and_upsert(db: Database) -> None:
    cache = DbValidatorCache(db)
    assert cache.get("https://a.example/feed") is None
    remember(db, "https://a.example/feed", '"v1"', None)
    assert cache.get("https://a.example/feed") == ('"v1"', None)
    remember(db, "https://a.example/feed", 'W/"v2"', "Tue, 19 Dec 2023 10:00:00 GMT")
    assert cache.get("https://a.example/feed") == ('W/"v2"', "Tue, 19 Dec 2023 10:00:00 GMT")
    assert cache.get("https://b.example/feed") is None


def test_a_response_without_validators_clears_the_row(db: Database) -> None:
    cache = DbValidatorCache(db)
    remember(db, "https://a.example/x", '"e"', None)
    remember(db, "https://a.example/x", None, None)
    assert cache.get("https://a.example/x") is None


def test_overlong_urls_are_not_cached(db: Database) -> None:
    cache = DbValidatorCache(db)
    url = "https://a.example/" + "x" * 3000
    remember(db, url, '"e"', None)
    assert cache.get(url) is None


def test_validators_are_kept_only_with_the_unit_of_work(db: Database) -> None:
    cache = DbValidatorCache(db)
    with pytest.raises(RuntimeError), db.unit_of_work() as session:
        remember_validators(session, [Validators("https://a.example/y", '"e"', None)])
        raise RuntimeError("the article could not be stored")
    assert cache.get("https://a.example/y") is None


@pytest.fixture
def server() -> Iterator[NetServer]:
    with NetServer() as srv:
        yield srv


async def test_fetcher_uses_the_database_between_runs(memory_db: Database,
                                                      server: NetServer) -> None:
    def answer(req):
        if req.headers.get("if-none-match") == '"abc"':
            return Reply(304, b"", {})
        return Reply(200, b"<rss/>", {"Content-Type": "application/rss+xml", "ETag": '"abc"'})

    server.route("/feed", answer)
    cfg = FetchConfig(allow_private_addresses=True, per_host_delay=0, retries=0)
    for expected in (False, True):  # a new Fetcher each time, as two cycles would
        async with Fetcher(cfg, cache=DbValidatorCache(memory_db)) as fetcher:
            got = await fetcher.get(server.url("/feed"), kind="feed", conditional=True)
        assert got.not_modified is expected
        # The fetcher only reads validators; the caller keeps them with what it stored.
        if got.validators is not None:
            assert got.validators == Validators(server.url("/feed"), '"abc"', None)
            with memory_db.unit_of_work() as session:
                remember_validators(session, [got.validators])
    assert got.validators is None  # a 304 brings nothing new to keep
