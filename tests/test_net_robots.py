"""robots.txt (RFC 9309): the cache on its own with a fake fetch, then through
the Fetcher against a real server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.config import FetchConfig
from monitor.errors import BlockedURL, FetchError, HTTPStatusError, TooManyRedirects, TransportError
from monitor.net import Fetcher
from monitor.net.robots import RobotsCache, agent_token
from netserver import FakeTime, NetServer, Reply, html, redirect

FIXTURES = Path(__file__).parent / "fixtures" / "net"
UA = "claimwatch/0.1 (+https://example.org/contact)"


class FakeRobots:
    """Answers robots.txt fetches from a list; counts them."""

    def __init__(self, *answers: bytes | FetchError) -> None:
        self.answers = list(answers)
        self.calls = 0

    async def __call__(self, url: str) -> bytes:
        self.calls += 1
        answer = self.answers[min(self.calls, len(self.answers)) - 1]
        await asyncio.sleep(0)
        if isinstance(answer, FetchError):
            raise answer
        return answer


def cache(fetch: FakeRobots, t: FakeTime | None = None, **kw: float) -> RobotsCache:
    t = t or FakeTime()
    return RobotsCache(fetch, user_agent=UA, ttl=kw.get("ttl", 3600),
                       max_crawl_delay=kw.get("max_crawl_delay", 60),
                       unreachable_ttl=kw.get("unreachable_ttl", 600), clock=t.clock)


RULES = b"""User-agent: *
Disallow: /private
Allow: /private/open

User-agent: claimwatch
Disallow: /no-claimwatch
Crawl-delay: 4
"""


@pytest.mark.parametrize(("path", "allowed"), [
    ("/no-claimwatch/story", False), ("/private/x", True), ("/news/a.html", True),
], ids=["own-group-disallows", "own-group-replaces-star", "unlisted"])
async def test_rules_for_our_agent(path: str, allowed: bool) -> None:
    robots = cache(FakeRobots(RULES))
    if allowed:
        await robots.check("https://news.example" + path)
    else:
        with pytest.raises(BlockedURL, match="robots.txt"):
            await robots.check("https://news.example" + path)


def test_agent_token() -> None:
    assert agent_token(UA) == "claimwatch"
    assert agent_token("NewsBot") == "NewsBot"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410])
async def test_4xx_allows_everything(status: int) -> None:
    robots = cache(FakeRobots(HTTPStatusError("HTTP", status=status)))
    rules = await robots.check("https://news.example/anything")
    assert rules.allow_all and rules.parser is None


@pytest.mark.parametrize(("error", "raised"), [
    (HTTPStatusError("HTTP 500", status=500), HTTPStatusError),
    (HTTPStatusError("HTTP 503", status=503), HTTPStatusError),
    (HTTPStatusError("HTTP 429", status=429), HTTPStatusError),
    (TransportError("cannot connect"), TransportError),
], ids=["500", "503", "429", "unreachable"])
async def test_server_errors_disallow_everything(error: FetchError, raised: type) -> None:
    robots = cache(FakeRobots(error))
    with pytest.raises(raised, match="robots.txt unreachable"):
        await robots.check("https://news.example/a")


async def test_redirect_loop_on_robots_counts_as_absent() -> None:
    robots = cache(FakeRobots(TooManyRedirects("loop")))
    assert (await robots.check("https://news.example/a")).allow_all


async def test_unreachable_is_asked_again_after_its_short_ttl() -> None:
    t = FakeTime()
    fetch = FakeRobots(HTTPStatusError("HTTP 503", status=503), b"User-agent: *\nDisallow:\n")
    robots = cache(fetch, t, ttl=86400, unreachable_ttl=600)
    with pytest.raises(HTTPStatusError):
        await robots.check("https://news.example/a")
    t.now += 300
    with pytest.raises(HTTPStatusError):
        await robots.check("https://news.example/a")
    assert fetch.calls == 1
    t.now += 301
    await robots.check("https://news.example/a")
    assert fetch.calls == 2


async def test_last_good_copy_kept_while_unreachable() -> None:
    t = FakeTime()
    fetch = FakeRobots(b"User-agent: *\nDisallow: /private\n", TransportError("down"))
    robots = cache(fetch, t, ttl=100)
    await robots.check("https://news.example/a")
    t.now += 101
    await robots.check("https://news.example/a")  # refetch fails, the old rules still hold
    with pytest.raises(BlockedURL):
        await robots.check("https://news.example/private/x")
    assert fetch.calls == 2


async def test_cached_for_ttl_per_origin() -> None:
    t = FakeTime()
    fetch = FakeRobots(b"User-agent: *\nDisallow:\n")
    robots = cache(fetch, t, ttl=100)
    for path in ("/a", "/b", "/c"):
        await robots.check("https://news.example" + path)
    assert fetch.calls == 1
    await robots.check("http://news.example/a")  # another scheme is another origin
    await robots.check("https://news.example:8443/a")  # so is another port
    assert fetch.calls == 3
    t.now += 101
    await robots.check("https://news.example/a")
    assert fetch.calls == 4


async def test_concurrent_checks_share_one_fetch() -> None:
    fetch = FakeRobots(b"User-agent: *\nDisallow:\n")
    robots = cache(fetch)
    await asyncio.gather(*(robots.check(f"https://news.example/{i}") for i in range(20)))
    assert fetch.calls == 1


@pytest.mark.parametrize(("body", "delay"), [
    (b"User-agent: *\nCrawl-delay: 5\n", 5.0),
    (b"User-agent: *\nCrawl-delay: 3600\n", 60.0),  # capped by max_crawl_delay
    (b"User-agent: *\nRequest-rate: 1/20s\n", 20.0),
    (b"User-agent: *\nCrawl-delay: banana\n", None),
    (b"User-agent: *\nDisallow: /x\n", None),
], ids=["crawl-delay", "capped", "request-rate", "garbage-value", "none"])
async def test_crawl_delay(body: bytes, delay: float | None) -> None:
    rules = await cache(FakeRobots(body), max_crawl_delay=60).check("https://news.example/a")
    assert rules.crawl_delay == delay


async def test_garbage_robots_parsed_leniently() -> None:
    robots = cache(FakeRobots((FIXTURES / "robots_garbage.txt").read_bytes()))
    await robots.check("https://news.example/news/a.html")
    with pytest.raises(BlockedURL):
        await robots.check("https://news.example/private/a.html")


async def test_html_error_page_as_robots_allows() -> None:
    robots = cache(FakeRobots(b"<!doctype html><html><body><h1>Welcome</h1></body></html>"))
    await robots.check("https://news.example/a")


# -- through the Fetcher, on a real server ----------------------------------

@pytest.fixture
def server() -> Iterator[NetServer]:
    with NetServer() as srv:
        srv.route("/news/a.html", html("<p>a</p>"))
        srv.route("/news/b.html", html("<p>b</p>"))
        srv.route("/private/x.html", html("<p>x</p>"))
        yield srv


def fetcher(**cfg: object) -> Fetcher:
    return Fetcher(FetchConfig(**{"allow_private_addresses": True, "per_host_delay": 0,
                                  "retries": 0, **cfg}))


async def test_disallowed_page_never_requested(server: NetServer) -> None:
    server.route("/robots.txt", Reply(200, b"User-agent: *\nDisallow: /private\n",
                                      {"Content-Type": "text/plain"}))
    async with fetcher() as f:
        await f.get(server.url("/news/a.html"))
        await f.get(server.url("/news/b.html"))
        with pytest.raises(BlockedURL, match="disallows"):
            await f.get(server.url("/private/x.html"))
    assert server.hits("/private/x.html") == 0
    assert server.hits("/robots.txt") == 1


async def test_crawl_delay_reaches_the_gate(server: NetServer) -> None:
    server.route("/robots.txt", Reply(200, b"User-agent: *\nCrawl-delay: 0.2\n",
                                      {"Content-Type": "text/plain"}))
    async with fetcher(max_crawl_delay=0.1) as f:
        await f.get(server.url("/news/a.html"))
        assert f.gate.host_delay("127.0.0.1") == pytest.approx(0.1)


async def test_robots_redirect_followed(server: NetServer) -> None:
    server.route("/robots.txt", redirect("/real-robots.txt", 301))
    server.route("/real-robots.txt", Reply(200, b"User-agent: *\nDisallow: /news/b\n",
                                           {"Content-Type": "text/plain"}))
    async with fetcher() as f:
        await f.get(server.url("/news/a.html"))
        with pytest.raises(BlockedURL):
            await f.get(server.url("/news/b.html"))


async def test_robots_5xx_blocks_the_site_with_a_clear_error(server: NetServer) -> None:
    server.route("/robots.txt", html("oops", status=500))
    async with fetcher() as f:
        with pytest.raises(HTTPStatusError, match="robots.txt unreachable") as info:
            await f.get(server.url("/news/a.html"))
    assert info.value.status == 500
    assert server.hits("/news/a.html") == 0


async def test_huge_and_garbage_robots_do_not_break_fetching(server: NetServer) -> None:
    junk = (FIXTURES / "robots_garbage.txt").read_bytes() + b"\xff" * 3_000_000
    server.route("/robots.txt", Reply(200, junk, {"Content-Type": "application/octet-stream"}))
    async with fetcher() as f:
        got = await f.get(server.url("/news/a.html"))
        with pytest.raises(BlockedURL):
            await f.get(server.url("/private/x.html"))
    assert got.body == b"<p>a</p>"
