"""Discoverers by source kind, and what every discoverer returns."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from monitor.config import SourceConfig
from monitor.errors import DiscoveryError
from monitor.types import Link, Validators

if TYPE_CHECKING:
    from monitor.net import Fetched, Fetcher

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Discovery:
    """Article links of one source: canonical, unique, newest first when dated."""

    links: tuple[Link, ...]
    not_modified: bool = False  # the feed/sitemap answered 304
    #: Of the documents read (a feed; a sitemap index and its children): stored by
    #: the pipeline only once every link they gave was handled.
    validators: tuple[Validators, ...] = ()


Discoverer = Callable[[SourceConfig, "Fetcher"], Awaitable[Discovery]]

_DISCOVERERS: dict[str, Discoverer] = {}


def register(kind: str) -> Callable[[Discoverer], Discoverer]:
    """Make ``fn`` the discoverer of sources of ``kind``."""
    def decorate(fn: Discoverer) -> Discoverer:
        _DISCOVERERS[kind] = fn
        return fn
    return decorate


def registered_kinds() -> tuple[str, ...]:
    return tuple(sorted(_DISCOVERERS))


async def discover(source: SourceConfig, fetcher: "Fetcher") -> Discovery:
    """Links from one source, by its kind; FetchError or DiscoveryError on failure."""
    fn = _DISCOVERERS.get(source.kind)
    if fn is None:
        raise DiscoveryError(f"{source.name}: no discoverer for kind {source.kind!r}")
    return await fn(source, fetcher)


def finish(links: Iterable[Link], limit: int | None) -> tuple[Link, ...]:
    """Deduplicate by URL (first wins), newest first when dated, at most ``limit``."""
    unique: dict[str, Link] = {}
    for link in links:
        unique.setdefault(link.url, link)
    ordered = list(unique.values())
    # Dated links newest first; undated keep the source's own order after them.
    dated = sorted((lk for lk in ordered if lk.published), key=_when, reverse=True)
    undated = [lk for lk in ordered if not lk.published]
    result = dated + undated
    return tuple(result[:limit] if limit else result)


def _when(link: Link) -> datetime:
    when = link.published
    assert when is not None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def validators_of(*fetched: Fetched) -> tuple[Validators, ...]:
    return tuple(v for v in (f.validators for f in fetched) if v is not None)


def article_limit(source: SourceConfig, fetcher: "Fetcher") -> int:
    return source.max_articles or fetcher.config.max_articles_per_source
