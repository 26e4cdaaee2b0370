"""Listing pages (CSS selector), single pages, and the registry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.config import FetchConfig, SourceConfig
from monitor.discover import discover, registered_kinds
from monitor.discover.listing import parse_listing
from monitor.errors import DiscoveryError, UnsupportedContent
from monitor.net import Fetcher
from netserver import NetServer, Reply, html

LISTING = (Path(__file__).parent / "fixtures" / "net" / "listing.html").read_bytes()
URL = "https://list.example/politics/index.html"


@pytest.mark.parametrize(("selector", "urls"), [
    ("article.story", ["https://list.example/politics/seat-sharing-1.html",
                       "https://list.example/politics/rally-2.html",
                       "https://list.example/politics/seat-sharing-1.html"]),
    ("article.story h2 a", ["https://list.example/politics/seat-sharing-1.html",
                            "https://list.example/politics/rally-2.html",
                            "https://list.example/politics/seat-sharing-1.html"]),
    ("nav a", ["https://list.example/", "https://list.example/about"]),
], ids=["blocks", "anchors", "nav"])
def test_selector_picks_links(selector: str, urls: list[str]) -> None:
    links = parse_listing(LISTING, URL, selector, "src")
    assert [lk.url for lk in links] == urls  # <base href> honoured, junk hrefs skipped


def test_titles_from_anchor_text() -> None:
    links = parse_listing(LISTING, URL, "article.story", "src")
    assert links[0].title == "Seat sharing talks"


@pytest.mark.parametrize(("selector", "match"), [
    ("div.no-such-class", "matched no article links"),
    ("article[[", "bad CSS selector"),
], ids=["no-match", "invalid"])
def test_selector_errors(selector: str, match: str) -> None:
    with pytest.raises(DiscoveryError, match=match):
        parse_listing(LISTING, URL, selector, "src")


def test_bytes_in_any_charset() -> None:
    body = "<meta charset='windows-1252'><a class=s href='caf\xe9.html'>caf\xe9</a>".encode(
        "windows-1252")
    (link,) = parse_listing(body, "https://x.example/", "a.s", "src")
    assert link.url.startswith("https://x.example/caf")


@pytest.fixture
def server() -> Iterator[NetServer]:
    with NetServer() as srv:
        yield srv


def fetcher() -> Fetcher:
    return Fetcher(FetchConfig(allow_private_addresses=True, per_host_delay=0, retries=0))


async def test_discover_listing_deduplicates(server: NetServer) -> None:
    server.route("/politics/", html(LISTING))
    src = SourceConfig(name="l", kind="listing", url=server.url("/politics/"),
                       selector="article.story")
    async with fetcher() as f:
        found = await discover(src, f)
    assert [lk.url for lk in found.links] == ["https://list.example/politics/seat-sharing-1.html",
                                             "https://list.example/politics/rally-2.html"]


async def test_listing_that_is_a_pdf(server: NetServer) -> None:
    server.route("/l", Reply(200, b"%PDF-1.4", {"Content-Type": "application/pdf"}))
    src = SourceConfig(name="l", kind="listing", url=server.url("/l"), selector="a")
    async with fetcher() as f:
        with pytest.raises(UnsupportedContent, match="application/pdf"):
            await discover(src, f)


async def test_page_source_is_its_own_link() -> None:
    src = SourceConfig(name="p", kind="page", url="https://News.example/live-blog?utm_source=x")
    async with fetcher() as f:
        found = await discover(src, f)
    assert [(lk.url, lk.source) for lk in found.links] == [("https://news.example/live-blog", "p")]


def test_every_source_kind_has_a_discoverer() -> None:
    assert set(registered_kinds()) >= {"feed", "sitemap", "listing", "page"}
