"""A single page watched for edits: the page itself is the only link."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.config import SourceConfig
from monitor.discover.registry import Discovery, register
from monitor.discover.urls import link_url
from monitor.errors import DiscoveryError
from monitor.types import Link

if TYPE_CHECKING:
    from monitor.net import Fetcher


@register("page")
async def discover_page(source: SourceConfig, fetcher: "Fetcher") -> Discovery:
    # No fetch here: the pipeline fetches (and re-checks) the page as an article.
    url = link_url(source.url)
    if url is None:
        raise DiscoveryError(f"{source.name}: not an http(s) URL: {source.url}")
    return Discovery((Link(url=url, source=source.name),))
