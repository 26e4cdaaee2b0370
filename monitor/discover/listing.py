"""HTML listing pages (a section front, a tag page) read with a CSS selector.

The selector comes from the source's config and picks either the links
themselves or blocks that contain one. A selector that matches nothing is an
error: it usually means the site changed its templates, and the operator
should hear about it rather than see a source go quiet.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.config import SourceConfig
from monitor.discover.registry import Discovery, article_limit, finish, register, validators_of
from monitor.discover.urls import link_url
from monitor.errors import DiscoveryError
from monitor.types import Link

if TYPE_CHECKING:
    from monitor.net import Fetcher

log = logging.getLogger(__name__)


@register("listing")
async def discover_listing(source: SourceConfig, fetcher: "Fetcher") -> Discovery:
    fetched = await fetcher.get(source.url, kind="page", conditional=True)
    if fetched.not_modified:
        return Discovery((), not_modified=True)
    links = parse_listing(fetched.body, fetched.final_url, source.selector or "a[href]",
                          source.name)
    return Discovery(finish(links, article_limit(source, fetcher)), validators=validators_of(fetched))


def parse_listing(body: bytes, url: str, selector: str, source: str) -> list[Link]:
    """Links picked by ``selector`` in page order; DiscoveryError if none."""
    tree = LexborHTMLParser(body)
    base = _base_url(tree, url)
    try:
        nodes = tree.css(selector)
    except Exception as exc:  # noqa: BLE001 - selectolax raises its own bare error types
        raise DiscoveryError(f"listing {url}: bad CSS selector {selector!r}: {exc}") from None
    links = list(_links(nodes, base, source))
    if not links:
        raise DiscoveryError(f"listing {url}: selector {selector!r} matched no article links "
                             f"({len(nodes)} elements matched); has the site changed?")
    return links


def _base_url(tree: LexborHTMLParser, url: str) -> str:
    base = tree.css_first("base[href]")
    href = base.attributes.get("href") if base is not None else None
    return link_url(href, url) or url if href else url


def _links(nodes: list[LexborNode], base: str, source: str) -> Iterator[Link]:
    for node in nodes:
        anchor = node if node.tag == "a" else node.css_first("a[href]")
        if anchor is None:
            continue
        url = link_url(anchor.attributes.get("href"), base)
        if url is None:
            continue
        title = anchor.text(strip=True) or anchor.attributes.get("title") or None
        yield Link(url=url, source=source, title=title)
