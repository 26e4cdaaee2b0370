"""SSRF guard: which addresses we may connect to, enforced where we connect.

Checking a URL's host before the request is not enough: the name can resolve
to a private address (or resolve differently a second time, "DNS
rebinding"). So the check lives in an httpcore network backend: its
``connect_tcp`` resolves the name once, refuses if any address is forbidden,
and connects to the very address it checked. TLS is started by httpcore on
the returned stream with the URL's hostname, so SNI and certificate
verification are unchanged.

Literal hosts are also checked up front (``check_literal_host``) so that
``http://2130706433/`` or ``http://0x7f.1/`` fail before robots.txt is asked.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import typing
from collections.abc import Awaitable, Callable, Iterable

import httpcore
import httpx

from monitor.errors import BlockedURL, TransportError

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]

#: Networks never reachable from a news fetcher, with the reason we print.
#: Order matters only for the reason shown: the first match wins.
BLOCKED_V4: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "unspecified ('this network')"),
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "carrier-grade NAT"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "IETF protocol assignments"),
    ("192.0.2.0/24", "documentation"),
    ("192.88.99.0/24", "6to4 relay anycast"),
    ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "benchmarking"),
    ("198.51.100.0/24", "documentation"),
    ("203.0.113.0/24", "documentation"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
    ("255.255.255.255/32", "broadcast"),
)

BLOCKED_V6: tuple[tuple[str, str], ...] = (
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("::/96", "IPv4-compatible (deprecated)"),
    ("64:ff9b:1::/48", "local-use NAT64"),
    ("100::/64", "discard-only"),
    ("2001::/32", "Teredo tunnel"),
    ("2001:2::/48", "benchmarking"),
    ("2001:10::/28", "ORCHID"),
    ("2001:20::/28", "ORCHIDv2"),
    ("2001:db8::/32", "documentation"),
    ("3fff::/20", "documentation"),
    ("5f00::/16", "segment routing"),
    ("fc00::/7", "unique local (private)"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local (deprecated)"),
    ("ff00::/8", "multicast"),
)

#: IPv6 prefixes that carry an IPv4 address: judged by the embedded address.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_GLOBAL_UNICAST_V6 = ipaddress.IPv6Network("2000::/3")

_V4_NETS = tuple((ipaddress.IPv4Network(n), why) for n, why in BLOCKED_V4)
_V6_NETS = tuple((ipaddress.IPv6Network(n), why) for n, why in BLOCKED_V6)


def blocked_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public unicast address, or None when it is."""
    if isinstance(ip, ipaddress.IPv4Address):
        return _first_match(ip, _V4_NETS)
    embedded = _embedded_v4(ip)
    if embedded is not None:
        inner = blocked_reason(embedded)
        return f"{inner} (embedded in {ip})" if inner else None
    reason = _first_match(ip, _V6_NETS)
    if reason is None and ip not in _GLOBAL_UNICAST_V6:
        reason = "reserved (outside global unicast 2000::/3)"
    return reason


def _first_match(ip: IPAddress, nets: Iterable[tuple[typing.Any, str]]) -> str | None:
    for net, why in nets:
        if ip in net:
            return why
    return None


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped, 6to4 or NAT64 address."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address a URL host denotes literally, including the legacy forms.

    Browsers and ``inet_aton`` read ``2130706433``, ``0x7f.1``, ``0177.0.0.1``
    and ``127.1`` as 127.0.0.1; a name that is none of these returns None.
    """
    host = host.strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host)
        except ValueError:
            return None
    return _legacy_v4(host)


def _legacy_v4(host: str) -> ipaddress.IPv4Address | None:
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers = [_ipv4_number(p) for p in parts]
    if any(n is None for n in numbers):
        return None
    nums = typing.cast(list[int], numbers)
    last_bits = 8 * (5 - len(nums))
    if any(n > 255 for n in nums[:-1]) or nums[-1] >= 1 << last_bits:
        return None
    value = 0
    for n in nums[:-1]:
        value = value << 8 | n
    return ipaddress.IPv4Address(value << last_bits | nums[-1])


def _ipv4_number(part: str) -> int | None:
    if not part:
        return None
    base, digits = 10, part
    if part[:2] in ("0x", "0X"):
        base, digits = 16, part[2:] or "0"
    elif len(part) > 1 and part.startswith("0"):
        base, digits = 8, part[1:]
    allowed = "0123456789abcdef"[:base]
    if not all(ch in allowed for ch in digits):
        return None
    return int(digits, base)


def check_literal_host(url: str, host: str, allow_private: bool) -> None:
    """Refuse a URL whose host is itself a forbidden address (any notation)."""
    if allow_private:
        return
    name = host.strip().rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        raise BlockedURL(f"{host} is loopback (RFC 6761 localhost name)", url)
    ip = parse_ip_literal(host)
    if ip is None:
        return
    reason = blocked_reason(ip)
    if reason:
        raise BlockedURL(f"address {ip} is {reason}", url)


async def system_resolver(host: str, port: int) -> list[str]:
    """All addresses of ``host`` from the system resolver, in its order."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise TransportError(f"cannot resolve {host}: {exc}") from None
    seen: list[str] = []
    for info in infos:
        addr = str(info[4][0])
        if addr not in seen:
            seen.append(addr)
    return seen


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolve once, check every address, connect to a checked address."""

    def __init__(self, *, allow_private: bool, resolver: Resolver | None = None,
                 inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._allow_private = allow_private
        self._resolve = resolver or system_resolver
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        addresses = await self._checked_addresses(host, port, timeout)
        last: Exception | None = None
        for addr in addresses:
            try:
                return await self._inner.connect_tcp(addr, port, timeout=timeout,
                                                     local_address=local_address,
                                                     socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None  # _checked_addresses never returns an empty list
        raise last

    async def _checked_addresses(self, host: str, port: int, timeout: float | None) -> list[str]:
        literal = parse_ip_literal(host)
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                async with asyncio.timeout(timeout):
                    addresses = await self._resolve(host, port)
            except TimeoutError:
                # Reported like any connect timeout (and retried like one).
                raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        if not addresses:
            raise TransportError(f"{host} has no address")
        if not self._allow_private:
            for addr in addresses:
                reason = blocked_reason(ipaddress.ip_address(addr.split("%", 1)[0]))
                if reason:
                    # One bad record taints the name: a mixed answer is how
                    # rebinding attacks pick the private address later.
                    raise BlockedURL(f"{host} resolves to {addr}, which is {reason}")
        log.debug("connecting to %s (%s) port %d", host, addresses[0], port)
        return addresses

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: typing.Iterable[httpcore.SOCKET_OPTION]
                                  | None = None) -> httpcore.AsyncNetworkStream:
        raise BlockedURL(f"unix sockets are not fetched ({path})")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def guarded_transport(*, allow_private: bool, resolver: Resolver | None = None,
                      max_connections: int = 64) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose every TCP connection goes through the guard."""
    transport = httpx.AsyncHTTPTransport(retries=0, trust_env=False)
    ssl_context = httpx.create_ssl_context()
    # httpx 0.28 has no public hook for a network backend; the transport only
    # wraps its httpcore pool, so we give it a pool built on our backend.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=ssl_context,
        max_connections=max_connections,
        max_keepalive_connections=max_connections // 2,
        keepalive_expiry=5.0,
        http1=True,
        http2=False,
        retries=0,
        network_backend=GuardedBackend(allow_private=allow_private, resolver=resolver),
    )
    return transport
