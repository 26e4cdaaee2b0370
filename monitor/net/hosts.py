"""Per-host politeness: one request at a time, a pause between requests.

The pause runs from the END of one exchange (body read) to the START of the
next, so a slow server gets more room, never less. It is jittered so our
requests do not beat at a fixed rhythm. A host's pause can grow: robots.txt
Crawl-delay raises it for good, a Retry-After or a backoff defers the host's
next request (all callers wait, not just the one that was told). A
Retry-After longer than we are willing to wait closes the host until then.

Many hosts run in parallel, at most ``concurrency`` exchanges at once. Time
and sleep are injectable so tests run on a fake clock.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass
class _Host:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_at: float = 0.0
    delay: float | None = None
    closed_until: float = 0.0


class HostGate:
    """Serializes requests per host and spaces them by a jittered delay."""

    def __init__(self, delay: float, *, jitter: float = 0.1, concurrency: int = 8,
                 clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep,
                 rng: random.Random | None = None) -> None:
        self.delay = delay
        self.jitter = jitter
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._hosts: dict[str, _Host] = {}
        self._slots = asyncio.Semaphore(concurrency)

    def _host(self, host: str) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            state = self._hosts[host] = _Host()
        return state

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """Hold ``host`` for one exchange, after its pause has run out."""
        state = self._host(host)
        async with state.lock:
            await self._wait_until(state.next_at)
            async with self._slots:
                try:
                    yield
                finally:
                    pause = self._jittered(self.host_delay(host))
                    state.next_at = max(state.next_at, self._clock() + pause)

    async def _wait_until(self, when: float) -> None:
        # Loop: a fake or coarse clock may wake us a little early.
        while (left := when - self._clock()) > 0:
            await self._sleep(left)

    def _jittered(self, delay: float) -> float:
        if delay <= 0:
            return 0.0
        return delay * self._rng.uniform(1 - self.jitter, 1 + self.jitter)

    def host_delay(self, host: str) -> float:
        own = self._host(host).delay
        return self.delay if own is None else max(self.delay, own)

    def set_delay(self, host: str, delay: float) -> None:
        """A host's own pause (robots.txt Crawl-delay); never below the default."""
        self._host(host).delay = delay

    def defer(self, host: str, seconds: float) -> None:
        """No request to ``host`` for ``seconds`` from now (Retry-After, backoff)."""
        state = self._host(host)
        state.next_at = max(state.next_at, self._clock() + seconds)
        log.debug("host %s deferred %.1fs", host, seconds)

    def close_for(self, host: str, seconds: float) -> None:
        """The host asked for a longer pause than we wait: fail fast until then."""
        state = self._host(host)
        state.closed_until = max(state.closed_until, self._clock() + seconds)

    def closed_for(self, host: str) -> float:
        """Seconds left before ``host`` may be asked again (0 when open)."""
        return max(0.0, self._host(host).closed_until - self._clock())
