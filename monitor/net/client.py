"""The polite, hardened HTTP client every other stage fetches through.

One ``get`` is: for each hop (at most ``max_redirects`` redirects) check the
URL (scheme, literal address, robots.txt), wait for the host's turn, do one
exchange under the overall deadline, retry what is worth retrying, and read
the body under the raw and decoded caps. Errors leave as ``FetchError``
subclasses; no httpx type escapes this module.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, Protocol

import httpx

from monitor.config import FetchConfig
from monitor.errors import (BlockedURL, FetchError, HTTPStatusError, MonitorError,
                            TooManyRedirects, TransportError)
from monitor.net.body import check_declared_length, read_capped
from monitor.net.content import Kind, parse_content_type, refuse_early, settle_type
from monitor.net.guard import Resolver, check_literal_host, guarded_transport
from monitor.net.hosts import HostGate
from monitor.net.retry import (RETRY_AFTER_STATUSES, backoff, parse_retry_after,
                               retryable_status)
from monitor.net.robots import MAX_ROBOTS_BYTES, RobotsCache
from monitor.types import Validators

log = logging.getLogger(__name__)

FetchKind = Literal["page", "feed", "sitemap", "robots"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

#: What we ask for, per kind of fetch.
ACCEPT: dict[Kind, str] = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "feed": ("application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
             "application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.5"),
    "sitemap": "application/xml,text/xml;q=0.9,application/gzip;q=0.8,*/*;q=0.5",
    "robots": "text/plain,*/*;q=0.5",
}
#: No zstd: its Python decoder cannot bound a single call's output.
ACCEPT_ENCODING = "gzip, deflate, br"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    final_url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    content_type: str
    charset: str | None
    not_modified: bool
    etag: str | None
    last_modified: str | None

    @property
    def validators(self) -> Validators | None:
        """What to store for the next conditional GET; None after a 304 (nothing new)."""
        if self.not_modified:
            return None
        return Validators(self.url, self.etag, self.last_modified)


class ValidatorCache(Protocol):
    """Where conditional GETs find stored validators (read only: see ``Validators``)."""

    def get(self, url: str) -> tuple[str | None, str | None] | None: ...


@dataclass(frozen=True, slots=True)
class _Exchange:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None


@dataclass(frozen=True, slots=True)
class _Outcome:
    """One attempt: an exchange, or an error and whether to try again."""

    exchange: _Exchange | None = None
    error: FetchError | None = None
    retryable: bool = False


class Fetcher:
    """Async HTTP client: robots.txt, per-host pacing, retries, caps, SSRF guard."""

    def __init__(self, cfg: FetchConfig, *, cache: ValidatorCache | None = None,
                 transport: httpx.AsyncBaseTransport | None = None,
                 resolver: Resolver | None = None, gate: HostGate | None = None,
                 rng: random.Random | None = None, jitter: float | None = None,
                 backoff_base: float | None = None,
                 robots_unreachable_ttl: float | None = None) -> None:
        self.config = cfg
        self._cache = cache
        self._rng = rng or random.Random()
        self._backoff_base = cfg.backoff_base if backoff_base is None else backoff_base
        jitter = cfg.per_host_jitter if jitter is None else jitter
        if robots_unreachable_ttl is None:
            robots_unreachable_ttl = cfg.robots_unreachable_retry
        self._gate = gate or HostGate(cfg.per_host_delay, jitter=jitter,
                                      concurrency=cfg.concurrency, rng=self._rng)
        if transport is None:
            transport = guarded_transport(allow_private=cfg.allow_private_addresses,
                                          resolver=resolver,
                                          max_connections=max(10, 2 * cfg.concurrency))
        self._client = httpx.AsyncClient(
            transport=transport, follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(connect=cfg.connect_timeout, read=cfg.read_timeout,
                                  write=cfg.read_timeout, pool=cfg.deadline),
            headers={"User-Agent": cfg.user_agent, "Accept-Encoding": ACCEPT_ENCODING})
        self._robots = RobotsCache(self._fetch_robots, user_agent=cfg.user_agent,
                                   ttl=cfg.robots_ttl, max_crawl_delay=cfg.max_crawl_delay,
                                   unreachable_ttl=robots_unreachable_ttl)

    async def __aenter__(self) -> "Fetcher":
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    @property
    def gate(self) -> HostGate:
        return self._gate

    async def get(self, url: str, *, kind: FetchKind = "page",
                  conditional: bool = False) -> Fetched:
        """Fetch ``url``; ``conditional`` sends the stored validators, and then a 304
        gives ``not_modified=True`` and an empty body. Storing the new validators is
        the caller's business (``Fetched.validators``)."""
        validators = self._validators(url) if conditional and kind != "robots" else None
        hop, seen = url, [url]
        for hops in range(self.config.max_redirects + 1):
            await self._admit(hop, kind)
            exchange = await self._with_retries(hop, kind, validators)
            if exchange.status not in REDIRECT_STATUSES:
                return self._finish(url, exchange, validators, kind)
            hop = self._next_hop(hop, exchange)
            if hop in seen:
                raise TooManyRedirects("redirect loop: " + " -> ".join([*seen, hop]), url)
            seen.append(hop)
            log.debug("redirect %d: %s", hops + 1, hop)
        raise TooManyRedirects(f"more than {self.config.max_redirects} redirects", url)

    # -- checks before a hop -------------------------------------------------

    async def _admit(self, url: str, kind: FetchKind) -> None:
        parsed = _parse_url(url)
        check_literal_host(url, parsed.host, self.config.allow_private_addresses)
        if kind == "robots":
            return
        rules = await self._robots.check(url)
        if rules.crawl_delay is not None:
            self._gate.set_delay(parsed.host, rules.crawl_delay)

    async def _fetch_robots(self, robots_url: str) -> bytes:
        return (await self.get(robots_url, kind="robots", conditional=False)).body

    @staticmethod
    def _next_hop(hop: str, exchange: _Exchange) -> str:
        location = exchange.headers.get("location")
        if not location:
            raise HTTPStatusError(f"HTTP {exchange.status} redirect without Location", hop,
                                  status=exchange.status)
        try:
            return str(httpx.URL(hop).join(location.strip()).copy_with(fragment=None))
        except (httpx.InvalidURL, ValueError) as exc:
            raise BlockedURL(f"invalid redirect target {location!r}: {exc}", hop) from None

    # -- one hop, with retries ----------------------------------------------

    async def _with_retries(self, url: str, kind: FetchKind,
                            validators: tuple[str | None, str | None] | None) -> _Exchange:
        host = _parse_url(url).host
        outcome = _Outcome()
        for attempt in range(self.config.retries + 1):
            self._refuse_if_closed(host, url)
            async with self._gate.slot(host):
                outcome = await self._attempt(url, kind, validators)
            if outcome.exchange is not None:
                return outcome.exchange
            if not outcome.retryable or attempt == self.config.retries:
                break
            wait = self._wait_before_retry(host, outcome.error, attempt)
            log.info("retrying %s in %.1fs (attempt %d of %d): %s", url, wait, attempt + 2,
                     self.config.retries + 1, outcome.error)
            self._gate.defer(host, wait)
        assert outcome.error is not None
        raise outcome.error

    def _refuse_if_closed(self, host: str, url: str) -> None:
        left = self._gate.closed_for(host)
        if left > 0:
            raise HTTPStatusError(f"host asked for a pause of {left:.0f}s more (Retry-After)",
                                  url, status=429, retry_after=left)

    def _wait_before_retry(self, host: str, error: FetchError | None, attempt: int) -> float:
        """Seconds before the next try; Retry-After wins over our own backoff."""
        if isinstance(error, HTTPStatusError) and error.retry_after is not None:
            return error.retry_after
        return backoff(attempt, self._rng, base=self._backoff_base)

    async def _attempt(self, url: str, kind: FetchKind,
                       validators: tuple[str | None, str | None] | None) -> _Outcome:
        headers = {"Accept": ACCEPT[kind]}
        if validators is not None:
            etag, last_modified = validators
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        try:
            async with asyncio.timeout(self.config.deadline):
                outcome = await self._exchange(url, kind, headers)
        except TimeoutError:
            # A trickling server would only trickle again: not retried.
            return _Outcome(error=TransportError(
                f"deadline of {self.config.deadline:g}s exceeded", url))
        self._honour_retry_after(url, outcome)
        return outcome

    def _honour_retry_after(self, url: str, outcome: _Outcome) -> None:
        """Retry-After applies to the host; past our cap, give up on the host."""
        error = outcome.error
        if not isinstance(error, HTTPStatusError) or error.retry_after is None:
            return
        host = _parse_url(url).host
        if error.retry_after > self.config.max_retry_after:
            self._gate.close_for(host, error.retry_after)
            raise HTTPStatusError(
                f"HTTP {error.status} with Retry-After {error.retry_after:.0f}s, over the "
                f"{self.config.max_retry_after:g}s we wait", url, status=error.status,
                retry_after=error.retry_after)
        self._gate.defer(host, error.retry_after)

    async def _exchange(self, url: str, kind: FetchKind, headers: dict[str, str]) -> _Outcome:
        try:
            async with self._client.stream("GET", url, headers=headers) as resp:
                return await self._read(resp, url, kind)
        except httpx.HTTPError as exc:
            error, retryable = _translate(exc, url)
            return _Outcome(error=error, retryable=retryable)
        except httpx.InvalidURL as exc:
            return _Outcome(error=BlockedURL(f"invalid URL: {exc}", url))
        except FetchError as exc:
            return _Outcome(error=_with_url(exc, url))

    async def _read(self, resp: httpx.Response, url: str, kind: FetchKind) -> _Outcome:
        status = resp.status_code
        if status in REDIRECT_STATUSES or status == 304:
            return _Outcome(exchange=_Exchange(url, status, resp.headers))
        if not 200 <= status < 300:
            return _status_error(resp, url)
        mime, charset = parse_content_type(resp.headers.get("content-type"))
        refuse_early(kind, mime, url)
        robots = kind == "robots"
        if not robots:
            check_declared_length(resp.headers.get("content-length"), self.config.max_bytes, url)
        body = await read_capped(
            resp.aiter_raw(), resp.headers.get("content-encoding"),
            max_bytes=self.config.max_bytes,
            max_decoded=MAX_ROBOTS_BYTES if robots else self.config.max_decoded_bytes,
            url=url, truncate=robots)
        content_type = settle_type(kind, mime, body, url)
        return _Outcome(exchange=_Exchange(url, status, resp.headers, body, content_type, charset))

    # -- results and validators ---------------------------------------------

    def _finish(self, url: str, ex: _Exchange,
                validators: tuple[str | None, str | None] | None, kind: FetchKind) -> Fetched:
        etag = ex.headers.get("etag")
        last_modified = ex.headers.get("last-modified")
        headers = MappingProxyType(dict(ex.headers))
        if ex.status == 304:
            if validators is None:
                raise HTTPStatusError("HTTP 304 to a request that was not conditional", url,
                                      status=304)
            return Fetched(url, ex.url, 304, headers, b"", "", None, True,
                           etag or validators[0], last_modified or validators[1])
        return Fetched(url, ex.url, ex.status, headers, ex.body, ex.content_type, ex.charset,
                       False, etag, last_modified)

    def _validators(self, url: str) -> tuple[str | None, str | None] | None:
        if self._cache is None:
            return None
        try:
            found = self._cache.get(url)
        except MonitorError as exc:
            log.warning("validator cache unreadable, fetching %s in full: %s", url, exc)
            return None
        if found is None or not any(found):
            return None
        return found


def _parse_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise BlockedURL(f"invalid URL: {exc}", str(url)) from None
    if parsed.scheme not in ("http", "https"):
        raise BlockedURL(f"scheme {parsed.scheme or 'none'!r} is not fetched", url)
    if not parsed.host:
        raise BlockedURL("URL has no host", url)
    return parsed


def _status_error(resp: httpx.Response, url: str) -> _Outcome:
    status = resp.status_code
    retry_after = None
    if status in RETRY_AFTER_STATUSES:
        retry_after = parse_retry_after(resp.headers.get("retry-after"))
    reason = resp.reason_phrase or ""
    error = HTTPStatusError(f"HTTP {status} {reason}".rstrip(), url, status=status,
                            retry_after=retry_after)
    return _Outcome(error=error, retryable=retryable_status(status))


def _translate(exc: httpx.HTTPError, url: str) -> tuple[FetchError, bool]:
    """Our error for an httpx one, and whether another try may succeed."""
    if isinstance(exc, httpx.UnsupportedProtocol):
        return BlockedURL(f"unsupported URL: {exc}", url), False
    if isinstance(exc, httpx.ConnectTimeout):
        return TransportError("connect timeout", url), True
    if isinstance(exc, httpx.ReadTimeout):
        return TransportError("read timeout", url), True
    if isinstance(exc, httpx.TimeoutException):
        return TransportError(f"timeout ({type(exc).__name__})", url), True
    if isinstance(exc, httpx.ConnectError):
        return TransportError(f"cannot connect: {exc or type(exc).__name__}", url), True
    if isinstance(exc, httpx.RemoteProtocolError):
        return TransportError(f"truncated or malformed response: {exc}", url), True
    return TransportError(f"{type(exc).__name__}: {exc}", url), True


def _with_url(exc: FetchError, url: str) -> FetchError:
    """The same error, naming the URL when the raiser could not know it."""
    if exc.url is not None:
        return exc
    if isinstance(exc, HTTPStatusError):
        return HTTPStatusError(str(exc), url, status=exc.status, retry_after=exc.retry_after)
    return type(exc)(str(exc), url)
