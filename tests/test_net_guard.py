"""SSRF guard: address classification, literal tricks, and the connection layer."""

from __future__ import annotations

import asyncio
import ipaddress

import httpx
import pytest
import respx

from monitor.config import FetchConfig
from monitor.errors import BlockedURL, TransportError
from monitor.net import Fetcher
from monitor.net.guard import blocked_reason, parse_ip_literal
from netserver import NetServer, html

BLOCKED = [
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("10.1.2.3", "private"),
    ("172.16.0.1", "private"),
    ("172.31.255.255", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"),  # cloud metadata
    ("100.64.0.1", "carrier-grade NAT"),
    ("100.127.255.255", "carrier-grade NAT"),
    ("0.0.0.0", "unspecified"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
    ("192.0.2.10", "documentation"),
    ("198.18.0.1", "benchmarking"),
    ("192.0.0.8", "IETF"),
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("fe80::1", "link-local"),
    ("fc00::1", "unique local"),
    ("fd12:3456::1", "unique local"),
    ("ff02::1", "multicast"),
    ("fec0::1", "site-local"),
    ("2001:db8::1", "documentation"),
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "link-local"),
    ("::127.0.0.1", "IPv4-compatible"),
    ("2002:7f00:1::1", "loopback"),          # 6to4 of 127.0.0.1
    ("2002:a9fe:a9fe::1", "link-local"),     # 6to4 of 169.254.169.254
    ("64:ff9b::7f00:1", "loopback"),         # NAT64 of 127.0.0.1
    ("64:ff9b::a00:1", "private"),           # NAT64 of 10.0.0.1
    ("64:ff9b:1::1", "local-use NAT64"),
    ("2001:0:4136:e378::1", "Teredo"),
    ("100::1", "discard"),
    ("4000::1", "outside global unicast"),
]

ALLOWED = ["93.184.216.34", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1",
           "172.15.255.255", "172.32.0.1", "2606:4700::1111", "2a00:1450:4001:80b::200e",
           "::ffff:8.8.8.8", "2002:808:808::1", "64:ff9b::808:808"]


@pytest.mark.parametrize(("address", "reason"), BLOCKED, ids=[a for a, _ in BLOCKED])
def test_blocked_addresses(address: str, reason: str) -> None:
    found = blocked_reason(ipaddress.ip_address(address))
    assert found is not None and reason.lower() in found.lower()


@pytest.mark.parametrize("address", ALLOWED, ids=ALLOWED)
def test_public_addresses_allowed(address: str) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) is None


LITERALS = [
    ("2130706433", "127.0.0.1"),
    ("0x7f.1", "127.0.0.1"),
    ("017700000001", "127.0.0.1"),
    ("0177.0.0.1", "127.0.0.1"),
    ("127.1", "127.0.0.1"),
    ("0x7f000001", "127.0.0.1"),
    ("10.0.258", "10.0.1.2"),
    ("[::ffff:127.0.0.1]", "::ffff:7f00:1"),
    ("[::1]", "::1"),
    ("127.0.0.1.", "127.0.0.1"),
    ("example.com", None),
    ("1.2.3.4.5", None),
    ("256.1.1.1", None),
    ("0x", "0.0.0.0"),
    ("08.1.1.1", None),     # 08 is not octal: a name, resolved by DNS (and checked then)
    ("123abc", None),
]


@pytest.mark.parametrize(("host", "expected"), LITERALS, ids=[h for h, _ in LITERALS])
def test_parse_ip_literal(host: str, expected: str | None) -> None:
    found = parse_ip_literal(host)
    assert (str(found) if found else None) == expected


@pytest.fixture
def server():
    with NetServer() as srv:
        srv.route("/", html("<p>secret</p>"))
        srv.route("/robots.txt", html("", status=404))
        yield srv


TRICKS = ["http://127.0.0.1:{port}/", "http://2130706433:{port}/", "http://0x7f.1:{port}/",
          "http://017700000001:{port}/", "http://127.1:{port}/", "http://[::ffff:127.0.0.1]:{port}/",
          "http://localhost:{port}/", "http://LOCALHOST.:{port}/", "http://a.b.localhost:{port}/", "http://[::1]:{port}/"]


@pytest.mark.parametrize("template", TRICKS, ids=[t.split("//")[1].split(":{")[0] for t in TRICKS])
async def test_loopback_tricks_never_connect(server: NetServer, template: str) -> None:
    async with Fetcher(FetchConfig(per_host_delay=0, retries=0)) as fetcher:
        with pytest.raises(BlockedURL):
            await fetcher.get(template.format(port=server.port))
    assert server.connections == 0


async def test_name_resolving_to_private_is_refused_at_connect(server: NetServer) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    async with Fetcher(FetchConfig(per_host_delay=0, retries=0), resolver=resolver) as fetcher:
        with pytest.raises(BlockedURL, match="resolves to 127.0.0.1, which is loopback"):
            await fetcher.get(f"http://news.test:{server.port}/")
    assert server.connections == 0


async def test_one_private_record_taints_the_name(server: NetServer) -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    async with Fetcher(FetchConfig(per_host_delay=0, retries=0), resolver=resolver) as fetcher:
        with pytest.raises(BlockedURL, match="10.0.0.7"):
            await fetcher.get(f"http://rebind.test:{server.port}/")
    assert server.connections == 0


async def test_connects_to_the_checked_address_with_the_hostname(server: NetServer) -> None:
    calls: list[str] = []

    async def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"]

    cfg = FetchConfig(per_host_delay=0, retries=0, allow_private_addresses=True)
    async with Fetcher(cfg, resolver=resolver) as fetcher:
        got = await fetcher.get(f"http://news.test:{server.port}/")
    assert got.body == b"<p>secret</p>"
    # One lookup per connection (robots.txt, then the page): never a second
    # lookup for the same connection, and the Host header keeps the name.
    assert calls and set(calls) == {"news.test"}
    assert len(calls) == server.connections
    assert {r.host for r in server.requests} == {"news.test"}


async def test_allow_private_addresses_lets_tests_in(server: NetServer) -> None:
    cfg = FetchConfig(per_host_delay=0, retries=0, allow_private_addresses=True)
    async with Fetcher(cfg) as fetcher:
        got = await fetcher.get(server.url("/"))
    assert got.status == 200


REDIRECT_TARGETS = ["http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/",
                    "http://[::1]/", "http://0x7f.1/", "ftp://news.example/file",
                    "file:///etc/passwd", "gopher://news.example/"]


@pytest.mark.parametrize("target", REDIRECT_TARGETS, ids=REDIRECT_TARGETS)
async def test_each_redirect_hop_is_rechecked(target: str) -> None:
    router = respx.Router(assert_all_called=False)
    router.get("http://news.example/robots.txt").respond(404)
    router.get("http://news.example/go").respond(302, headers={"Location": target})
    landed = router.route(host__regex=r"^(?!news\.example$).*").respond(200, text="inside")
    transport = httpx.MockTransport(router.async_handler)
    async with Fetcher(FetchConfig(per_host_delay=0, retries=0), transport=transport) as fetcher:
        with pytest.raises(BlockedURL):
            await fetcher.get("http://news.example/go")
    assert not landed.called


@pytest.mark.parametrize("url", ["ftp://news.example/", "file:///etc/passwd", "javascript:alert(1)",
                                 "http:///nohost", "data:text/html,hi"],
                         ids=["ftp", "file", "javascript", "no-host", "data"])
async def test_non_http_schemes_refused(url: str) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    async with Fetcher(FetchConfig(per_host_delay=0), transport=transport) as fetcher:
        with pytest.raises(BlockedURL):
            await fetcher.get(url)


async def test_slow_resolution_is_a_connect_timeout() -> None:
    async def resolver(host: str, port: int) -> list[str]:
        await asyncio.sleep(30)
        return ["93.184.216.34"]

    cfg = FetchConfig(per_host_delay=0, retries=0, connect_timeout=0.2, deadline=20)
    async with Fetcher(cfg, resolver=resolver) as fetcher:
        with pytest.raises(TransportError, match="connect timeout"):
            await fetcher.get("http://slow-dns.test/")
