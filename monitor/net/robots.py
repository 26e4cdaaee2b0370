"""robots.txt per origin (RFC 9309), parsed leniently with Protego.

What an answer means, cached per scheme://host:port:

* 2xx: the rules, kept ``ttl`` seconds. Garbage lines are skipped, so an HTML
  error page served as robots.txt simply allows everything.
* 4xx (but 429): no robots.txt, everything allowed, kept ``ttl``.
* 5xx, 429, network failure: "unreachable", which means everything is
  DISALLOWED, asked again after ``unreachable_ttl``; if we have an earlier
  good copy we keep obeying that instead.
* Crawl-delay (or Request-rate) becomes the host's pause, capped by
  ``max_crawl_delay``.

Only the first ``MAX_ROBOTS_BYTES`` are parsed (the RFC asks for 500 KiB).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from monitor.errors import BlockedURL, FetchError, HTTPStatusError, TooManyRedirects

log = logging.getLogger(__name__)

MAX_ROBOTS_BYTES = 512 * 1024
UNREACHABLE_TTL = 600.0

FetchRobots = Callable[[str], Awaitable[bytes]]


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """One origin's answer: rules, or a blanket allow / disallow."""

    parser: Protego | None
    allow_all: bool
    crawl_delay: float | None
    expires: float
    reason: str
    failure: FetchError | None = None  # why robots.txt was unreachable

    def allows(self, url: str, agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, agent))


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against ("claimwatch")."""
    token = user_agent.strip().split(None, 1)[0].split("/", 1)[0]
    return token or user_agent


class RobotsCache:
    """Fetches, caches and applies robots.txt for every origin we visit."""

    def __init__(self, fetch: FetchRobots, *, user_agent: str, ttl: float,
                 max_crawl_delay: float, unreachable_ttl: float = UNREACHABLE_TTL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._fetch = fetch
        self.agent = agent_token(user_agent)
        self._ttl = ttl
        self._unreachable_ttl = unreachable_ttl
        self._max_delay = max_crawl_delay
        self._clock = clock
        self._rules: dict[str, RobotsRules] = {}
        self._good: dict[str, RobotsRules] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def check(self, url: str) -> RobotsRules:
        """The origin's rules; BlockedURL when they forbid ``url``."""
        rules = await self.rules_for(url)
        if rules.failure is not None:
            raise _unreachable(rules.failure, url)
        if not rules.allows(url, self.agent):
            raise BlockedURL(f"robots.txt ({rules.reason}) disallows it for {self.agent}", url)
        return rules

    async def rules_for(self, url: str) -> RobotsRules:
        origin = origin_of(url)
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:  # one fetch per origin, however many callers wait
            rules = self._rules.get(origin)
            if rules is None or rules.expires <= self._clock():
                rules = await self._load(origin)
                self._rules[origin] = rules
            return rules

    async def _load(self, origin: str) -> RobotsRules:
        robots_url = origin + "/robots.txt"
        try:
            body = await self._fetch(robots_url)
        except FetchError as exc:
            return self._on_error(origin, exc)
        rules = self._parse(body)
        self._good[origin] = rules
        return rules

    def _parse(self, body: bytes) -> RobotsRules:
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        try:
            parser = Protego.parse(text)
        except Exception as exc:  # noqa: BLE001 - any parser failure means "no usable rules"
            log.warning("robots.txt unparseable (%s); treating it as empty", exc)
            return self._blanket(True, "unparseable, treated as empty", self._ttl)
        return RobotsRules(parser=parser, allow_all=True, crawl_delay=self._delay(parser),
                           expires=self._clock() + self._ttl, reason="rules")

    def _delay(self, parser: Protego) -> float | None:
        delays = []
        crawl = parser.crawl_delay(self.agent)
        if crawl is not None:
            delays.append(float(crawl))
        rate = parser.request_rate(self.agent)
        if rate is not None and rate.requests:
            delays.append(float(rate.seconds) / float(rate.requests))
        if not delays:
            return None
        return min(max(delays), self._max_delay)

    def _on_error(self, origin: str, exc: FetchError) -> RobotsRules:
        if isinstance(exc, HTTPStatusError) and 400 <= exc.status < 500 and exc.status != 429:
            return self._blanket(True, f"HTTP {exc.status}, no rules", self._ttl)
        if isinstance(exc, TooManyRedirects):
            return self._blanket(True, "too many redirects, treated as absent", self._ttl)
        good = self._good.get(origin)
        log.warning("robots.txt for %s unreachable (%s)%s", origin, exc,
                    "; keeping the last good copy" if good else "; disallowing all for now")
        if good is not None:
            return RobotsRules(parser=good.parser, allow_all=good.allow_all,
                               crawl_delay=good.crawl_delay,
                               expires=self._clock() + self._unreachable_ttl,
                               reason="last good copy")
        return RobotsRules(parser=None, allow_all=False, crawl_delay=None,
                           expires=self._clock() + self._unreachable_ttl,
                           reason="unreachable", failure=exc)

    def _blanket(self, allow: bool, reason: str, ttl: float) -> RobotsRules:
        return RobotsRules(parser=None, allow_all=allow, crawl_delay=None,
                           expires=self._clock() + ttl, reason=reason)


def _unreachable(failure: FetchError, url: str) -> FetchError:
    """Disallowed because robots.txt is unreachable: say so, keeping the cause's type.

    A dead site then reports "cannot connect" rather than a robots refusal,
    which is what an operator needs to read.
    """
    message = f"robots.txt unreachable, so not fetched: {failure}"
    if isinstance(failure, HTTPStatusError):
        return HTTPStatusError(message, url, status=failure.status,
                               retry_after=failure.retry_after)
    return type(failure)(message, url)
