"""Sitemaps: news sitemaps, indexes (depth-capped), .gz, text, and hostile XML."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.config import FetchConfig, SourceConfig
from monitor.discover import discover
from monitor.discover.sitemaps import parse_sitemap
from monitor.errors import DiscoveryError, TooLarge
from monitor.net import Fetcher
from netserver import NetServer, Reply, xml

FIXTURES = Path(__file__).parent / "fixtures" / "net"
NEWS = (FIXTURES / "news_sitemap.xml").read_bytes()


def test_news_sitemap_fields() -> None:
    doc = parse_sitemap(NEWS, "https://site.example/sitemap.xml", "src")
    assert [lk.url for lk in doc.links] == ["https://site.example/politics/older-1.html",
                                           "https://site.example/politics/newer-2.html",
                                           "https://site.example/politics/undated-3.html"]
    older, newer, undated = doc.links
    assert older.title == "Older sitemap story"
    assert older.published == datetime(2023, 12, 18, 3, 30, tzinfo=timezone.utc)
    assert newer.published == datetime(2023, 12, 20, 10, 0, tzinfo=timezone.utc)  # news date wins
    assert undated.published is None and not doc.children


HOSTILE = [
    ("doctype", b'<?xml version="1.0"?><!DOCTYPE urlset><urlset/>'),
    ("entity", b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "b">]><urlset/>'),
    ("billion-laughs", (FIXTURES / "billion_laughs.xml").read_bytes()),
    ("external", b'<!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     b'<urlset><url><loc>&x;</loc></url></urlset>'),
    ("utf16", '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE u [<!ENTITY a "b">]><urlset/>'
     .encode("utf-16")),
]


@pytest.mark.parametrize("body", [b for _, b in HOSTILE], ids=[i for i, _ in HOSTILE])
def test_dtds_refused(body: bytes) -> None:
    with pytest.raises(DiscoveryError, match="DOCTYPE|entit"):
        parse_sitemap(body, "https://site.example/s.xml", "src")


@pytest.mark.parametrize(("body", "match"), [
    (b"<html><body>nope</body></html>", "not a sitemap"),
    (b"<urlset><url><loc>https://a.example/1</loc></url><url><loc>https://a.ex", None),
    (b"<?xml version='1.0'?><urlset><url><loc", "not well-formed"),
    (b"\x00\x01\x02garbage", "not well-formed"),
], ids=["html", "truncated-after-entry", "broken-at-once", "binary"])
def test_broken_sitemaps(body: bytes, match: str | None) -> None:
    if match is None:
        doc = parse_sitemap(body, "https://site.example/s.xml", "src")
        assert [lk.url for lk in doc.links] == ["https://a.example/1"]
    else:
        with pytest.raises(DiscoveryError, match=match):
            parse_sitemap(body, "https://site.example/s.xml", "src")


def test_text_sitemap() -> None:
    body = b"https://site.example/a\n\nnot a url\nhttps://site.example/b?utm_source=x\n"
    doc = parse_sitemap(body, "https://site.example/s.txt", "src")
    assert [lk.url for lk in doc.links] == ["https://site.example/a", "https://site.example/b"]


def test_feed_used_as_sitemap() -> None:
    doc = parse_sitemap((FIXTURES / "atom.xml").read_bytes(), "https://site.example/s", "src")
    assert [lk.url for lk in doc.links] == ["https://atom.example/politics/story-a.html"]


# -- indexes end to end ---------------------------------------------------------

def urlset(*urls: str, date: str = "2024-01-01") -> bytes:
    entries = "".join(f"<url><loc>{u}</loc><lastmod>{date}</lastmod></url>" for u in urls)
    return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</urlset>").encode()


def index(*children: tuple[str, str | None]) -> bytes:
    parts = "".join(f"<sitemap><loc>{loc}</loc>" + (f"<lastmod>{d}</lastmod>" if d else "")
                    + "</sitemap>" for loc, d in children)
    return ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
            f'sitemap/0.9">{parts}</sitemapindex>').encode()


@pytest.fixture
def server() -> Iterator[NetServer]:
    with NetServer() as srv:
        yield srv


def source(url: str, **kw: object) -> SourceConfig:
    return SourceConfig(**{"name": "sm", "kind": "sitemap", "url": url, **kw})


def fetcher(**cfg: object) -> Fetcher:
    return Fetcher(FetchConfig(**{"allow_private_addresses": True, "per_host_delay": 0,
                                  "retries": 0, **cfg}))


async def test_index_children_followed_newest_first(server: NetServer) -> None:
    b = server.base
    server.route("/index.xml", xml(index((f"{b}/old.xml", "2023-01-01"),
                                         (f"{b}/new.xml.gz", "2024-01-02"))))
    server.route("/old.xml", xml(urlset(f"{b}/story-old", date="2023-01-01")))
    server.route("/new.xml.gz", Reply(200, gzip.compress(urlset(f"{b}/story-new",
                                                                date="2024-01-02")),
                                      {"Content-Type": "application/x-gzip"}))
    async with fetcher() as f:
        found = await discover(source(server.url("/index.xml")), f)
    assert [lk.url for lk in found.links] == [f"{b}/story-new", f"{b}/story-old"]
    # Every document read is there for the pipeline to keep once the links are stored.
    assert sorted(v.url for v in found.validators) == sorted(
        [server.url("/index.xml"), f"{b}/old.xml", f"{b}/new.xml.gz"])


async def test_index_depth_capped(server: NetServer) -> None:
    b = server.base
    server.route("/i0.xml", xml(index((f"{b}/i1.xml", None))))
    server.route("/i1.xml", xml(index((f"{b}/i2.xml", None))))
    server.route("/i2.xml", xml(urlset(f"{b}/deep")))
    async with fetcher() as f:
        shallow = await discover(source(server.url("/i0.xml"), sitemap_depth=1), f)
        deep = await discover(source(server.url("/i0.xml"), sitemap_depth=2), f)
    assert shallow.links == ()
    assert [lk.url for lk in deep.links] == [f"{b}/deep"]


async def test_self_referencing_index_stops(server: NetServer) -> None:
    server.route("/loop.xml", xml(index((server.url("/loop.xml"), None))))
    async with fetcher() as f:
        found = await discover(source(server.url("/loop.xml"), sitemap_depth=5), f)
    assert found.links == () and server.hits("/loop.xml") == 1


async def test_one_failing_child_does_not_stop_the_others(server: NetServer) -> None:
    b = server.base
    server.route("/index.xml", xml(index((f"{b}/ok.xml", None), (f"{b}/missing.xml", None),
                                         (f"{b}/evil.xml", None))))
    server.route("/ok.xml", xml(urlset(f"{b}/fine")))
    server.route("/evil.xml", xml(b'<!DOCTYPE urlset [<!ENTITY a "b">]><urlset/>'))
    async with fetcher() as f:
        found = await discover(source(server.url("/index.xml")), f)
    assert [lk.url for lk in found.links] == [f"{b}/fine"]
    # Not the index's: its next 304 would hide the failed children until it changed.
    assert [v.url for v in found.validators] == [f"{b}/ok.xml"]


async def test_all_children_failing_is_an_error(server: NetServer) -> None:
    b = server.base
    server.route("/index.xml", xml(index((f"{b}/a.xml", None), (f"{b}/b.xml", None))))
    async with fetcher() as f:
        with pytest.raises(DiscoveryError, match="all 2 child sitemaps failed"):
            await discover(source(server.url("/index.xml")), f)


async def test_children_on_other_hosts_skipped(server: NetServer) -> None:
    server.route("/index.xml", xml(index(("https://elsewhere.example/s.xml", None),
                                         (server.url("/mine.xml"), None))))
    server.route("/mine.xml", xml(urlset(server.url("/story"))))
    async with fetcher() as f:
        found = await discover(source(server.url("/index.xml")), f)
    assert [lk.url for lk in found.links] == [server.url("/story")]


async def test_gz_bomb_sitemap_stops_at_the_decoded_cap(server: NetServer) -> None:
    server.route("/bomb.xml.gz", Reply(200, gzip.compress(b"\0" * 50_000_000),
                                       {"Content-Type": "application/gzip"}))
    async with fetcher(max_decoded_bytes=1_000_000) as f:
        with pytest.raises(TooLarge, match="decoded"):
            await discover(source(server.url("/bomb.xml.gz")), f)
