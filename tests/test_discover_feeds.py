"""Feeds: every dialect, hostile XML refused before parsing, end to end over HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.config import FetchConfig, SourceConfig
from monitor.discover import discover
from monitor.discover.feeds import parse_feed
from monitor.errors import DiscoveryError, HTTPStatusError
from monitor.net import Fetcher
from monitor.types import Link
from netserver import NetServer, Reply, xml

FIXTURES = Path(__file__).parent / "fixtures" / "net"
BASE = "https://news.example/feeds/india.xml"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


DIALECTS = [
    ("rss2.xml", "https://news.example/india/bloc-meets-1.html"),
    ("rss091.xml", "http://old.example/story-91.html"),
    ("rdf.xml", "http://rdf.example/a-1"),
    ("atom.xml", "https://atom.example/politics/story-a.html"),
    ("feed.json", "https://json.example/j-1"),
]


@pytest.mark.parametrize(("name", "url"), DIALECTS, ids=[n for n, _ in DIALECTS])
def test_dialects(name: str, url: str) -> None:
    links = parse_feed(fixture(name), BASE, "src")
    assert url in [lk.url for lk in links]
    assert all(lk.source == "src" for lk in links)


def test_rss2_links_canonical_dated_and_titled() -> None:
    links: dict[str, object] = {}
    for lk in parse_feed(fixture("rss2.xml"), BASE, "src"):
        links.setdefault(lk.url, lk)  # the duplicate (same story, tracking URL) comes later
    assert "https://news.example/india/older-2.html" in links  # relative, resolved
    assert "https://news.example/india/newest-3.html" in links  # AMP + fragment removed
    assert "https://news.example/india/guid-only-4.html" in links  # permalink guid
    first = links["https://news.example/india/bloc-meets-1.html"]
    assert isinstance(first, Link)
    assert first.title == "INDIA bloc meets on seat sharing"
    assert first.published == datetime(2023, 12, 19, 4, 30, tzinfo=timezone.utc)


def test_rss091_entities_from_its_dtd_are_fine() -> None:
    (link,) = parse_feed(fixture("rss091.xml"), BASE, "src")
    assert link.title == "Café politics"


HOSTILE = [
    ("billion-laughs", fixture("billion_laughs.xml")),
    ("quadratic-blowup", fixture("quadratic.xml")),
    ("utf16-entity", '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "b">]>'
     '<rss version="2.0"><channel><title>&a;</title></channel></rss>'.encode("utf-16")),
    ("comment-before-doctype", b'<?xml version="1.0"?><!-- <rss> --><!DOCTYPE rss ['
     b'<!ENTITY a "b">]><rss version="2.0"/>'),
    ("subset-after-system-literal", b'<!DOCTYPE rss SYSTEM "<x" [<!ENTITY a "b">]>'
     b'<rss version="2.0"/>'),
    ("external-entity", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM '
     b'"file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>'),
    ("parameter-entity", b'<!DOCTYPE rss [<!ENTITY % p "x"> %p;]><rss version="2.0"/>'),
    ("lowercase-entity", b'<!doctype rss [<!entity a "b">]><rss version="2.0"/>'),
]


@pytest.mark.parametrize("body", [b for _, b in HOSTILE], ids=[i for i, _ in HOSTILE])
def test_entity_declarations_refused_before_parsing(body: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(DiscoveryError, match="entit|internal subset"):
        parse_feed(body, BASE, "src")
    assert time.perf_counter() - started < 5  # generous: refusal is a scan, not an expansion


GARBAGE = [
    ("html-page", b"<!doctype html><html><body><p>Not a feed</p></body></html>"),
    ("binary", b"\x00\x01\x02\xff\xfe garbage"),
    ("empty", b""),
    ("json-not-feed", b'{"hello": "world"}'),
    ("bad-json", b"{not json"),
    ("plain-text", b"just some words"),
]


@pytest.mark.parametrize("body", [b for _, b in GARBAGE], ids=[i for i, _ in GARBAGE])
def test_garbage_is_a_clear_discovery_error(body: bytes) -> None:
    with pytest.raises(DiscoveryError, match="not a feed|not a JSON Feed"):
        parse_feed(body, BASE, "src")


def test_bozo_feed_with_entries_is_used() -> None:
    body = (b'<rss version="2.0"><channel><item><title>ok</title>'
            b'<link>https://news.example/ok-1</link></item><item><title>broken &bogus; <b>'
            b'</channel>')
    assert [lk.url for lk in parse_feed(body, BASE, "src")] == ["https://news.example/ok-1"]


def test_valid_empty_feed_has_no_links() -> None:
    body = b'<rss version="2.0"><channel><title>quiet</title></channel></rss>'
    assert parse_feed(body, BASE, "src") == []


# -- end to end through the Fetcher ------------------------------------------

@pytest.fixture
def server() -> Iterator[NetServer]:
    with NetServer() as srv:
        yield srv


def source(url: str, **kw: object) -> SourceConfig:
    return SourceConfig(**{"name": "feed-src", "kind": "feed", "url": url, **kw})


def fetcher() -> Fetcher:
    return Fetcher(FetchConfig(allow_private_addresses=True, per_host_delay=0, retries=0))


async def test_discover_feed_newest_first_deduplicated(server: NetServer) -> None:
    server.route("/feed", xml(fixture("rss2.xml"), "application/rss+xml"))
    async with fetcher() as f:
        found = await discover(source(server.url("/feed")), f)
    urls = [lk.url for lk in found.links]
    assert urls == ["https://news.example/india/newest-3.html",
                    "https://news.example/india/bloc-meets-1.html",
                    f"{server.base}/india/older-2.html",
                    "https://news.example/india/guid-only-4.html"]
    assert not found.not_modified


async def test_discover_feed_respects_max_articles(server: NetServer) -> None:
    server.route("/feed", xml(fixture("rss2.xml"), "application/rss+xml"))
    async with fetcher() as f:
        found = await discover(source(server.url("/feed"), max_articles=2), f)
    assert len(found.links) == 2


async def test_discover_feed_not_modified(server: NetServer) -> None:
    def answer(req):
        if req.headers.get("if-none-match") == '"1"':
            return Reply(304, b"", {})
        return Reply(200, fixture("atom.xml"), {"Content-Type": "application/atom+xml",
                                                "ETag": '"1"'})

    server.route("/atom", answer)
    cache: dict[str, tuple[str | None, str | None]] = {}
    async with Fetcher(FetchConfig(allow_private_addresses=True, per_host_delay=0),
                       cache=cache) as f:
        first = await discover(source(server.url("/atom")), f)
        # The pipeline keeps a settled run's validators; here, by hand.
        cache.update({v.url: (v.etag, v.last_modified) for v in first.validators})
        second = await discover(source(server.url("/atom")), f)
    assert len(first.links) == 1
    assert second.not_modified and second.links == ()


async def test_hostile_feed_over_http_is_refused(server: NetServer) -> None:
    server.route("/evil", xml(fixture("billion_laughs.xml"), "application/rss+xml"))
    server.route("/good", xml(fixture("rss2.xml"), "application/rss+xml"))
    async with fetcher() as f:
        with pytest.raises(DiscoveryError, match="entities"):
            await discover(source(server.url("/evil")), f)
        good = await discover(source(server.url("/good"), name="good"), f)  # unaffected
    assert good.links


async def test_fetch_errors_pass_through(server: NetServer) -> None:
    server.route("/gone", Reply(410, b"", {}))
    async with fetcher() as f:
        with pytest.raises(HTTPStatusError):
            await discover(source(server.url("/gone")), f)
