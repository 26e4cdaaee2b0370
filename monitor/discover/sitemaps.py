"""News sitemaps, plain sitemaps and sitemap indexes (plain or gzipped).

Parsed with expat directly and no DTD at all: a sitemap that declares a
DOCTYPE or an entity is refused (the parser's handlers raise before any
expansion). Indexes are followed ``sitemap_depth`` levels deep, the most
recently modified children first, at most ``MAX_CHILDREN`` per index, on the
index's own host. One failing child is logged; the others still count.
Text sitemaps (one URL a line) and RSS/Atom used as sitemaps also work.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from xml.parsers import expat

from monitor.config import SourceConfig
from monitor.discover.dates import parse_w3c_date
from monitor.discover.feeds import parse_feed
from monitor.discover.registry import Discovery, article_limit, finish, register, validators_of
from monitor.discover.urls import link_url
from monitor.discover.xmlsafe import entity_problem
from monitor.errors import DiscoveryError, MonitorError
from monitor.net.body import decode_bounded
from monitor.types import Link, Validators

if TYPE_CHECKING:
    from monitor.net import Fetched, Fetcher

log = logging.getLogger(__name__)

MAX_CHILDREN = 10
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Sitemap:
    """What one sitemap document holds: article links, or child sitemaps."""

    links: list[Link] = field(default_factory=list)
    children: list[tuple[str, datetime | None]] = field(default_factory=list)


@dataclass
class _Found:
    """Links under one sitemap, and the validators of every document read for them."""

    links: list[Link] = field(default_factory=list)
    validators: list[Validators] = field(default_factory=list)
    #: False when a child failed: the parents' validators are then not kept, or
    #: their next 304 would hide the failed child until the index changed.
    complete: bool = True

    def under(self, fetched: Fetched) -> list[Validators]:
        """The validators to keep for ``fetched`` (the parent) and everything below it."""
        return [*(validators_of(fetched) if self.complete else ()), *self.validators]


@register("sitemap")
async def discover_sitemap(source: SourceConfig, fetcher: "Fetcher") -> Discovery:
    fetched = await fetcher.get(source.url, kind="sitemap", conditional=True)
    if fetched.not_modified:
        return Discovery((), not_modified=True)
    doc = parse_sitemap(_plain_body(fetched, fetcher), fetched.final_url, source.name,
                        fetched.content_type)
    visited = {source.url, fetched.final_url}
    below = await _follow(doc.children, fetched.final_url, source, fetcher, 1, visited)
    return Discovery(finish(doc.links + below.links, article_limit(source, fetcher)),
                     validators=tuple(below.under(fetched)))


async def _follow(children: list[tuple[str, datetime | None]], parent: str,
                  source: SourceConfig, fetcher: "Fetcher", depth: int,
                  visited: set[str]) -> _Found:
    children = [c for c in children if c[0] not in visited]  # an index listing itself
    if not children:
        return _Found()
    if depth > source.sitemap_depth:
        log.info("sitemap %s: index deeper than sitemap_depth=%d, not followed", parent,
                 source.sitemap_depth)
        return _Found()
    chosen = _choose_children(children, parent)
    visited.update(chosen)
    results = await asyncio.gather(*(_child(url, source, fetcher, depth, visited)
                                     for url in chosen))
    errors = [r for r in results if isinstance(r, MonitorError)]
    if chosen and len(errors) == len(chosen):
        raise DiscoveryError(f"sitemap index {parent}: all {len(chosen)} child sitemaps "
                             f"failed, first: {errors[0]}")
    found = [r for r in results if isinstance(r, _Found)]
    return _Found([link for f in found for link in f.links],
                  [v for f in found for v in f.validators],
                  complete=not errors and all(f.complete for f in found))


async def _child(url: str, source: SourceConfig, fetcher: "Fetcher", depth: int,
                 visited: set[str]) -> _Found | MonitorError:
    """Links under one child sitemap; its error as a value, so siblings go on."""
    try:
        fetched = await fetcher.get(url, kind="sitemap", conditional=True)
        if fetched.not_modified:
            return _Found()
        doc = parse_sitemap(_plain_body(fetched, fetcher), fetched.final_url, source.name,
                            fetched.content_type)
        below = await _follow(doc.children, url, source, fetcher, depth + 1, visited)
        return _Found(doc.links + below.links, below.under(fetched), below.complete)
    except MonitorError as exc:
        log.warning("child sitemap %s of %s failed: %s", url, source.name, exc)
        return exc


def _choose_children(children: list[tuple[str, datetime | None]], parent: str) -> list[str]:
    """Same-host children, newest first (document order when undated)."""
    home = _site(parent)
    same = [(u, when) for u, when in children if _site(u) == home]
    if len(same) < len(children):
        log.info("sitemap %s: %d child sitemaps on other hosts skipped", parent,
                 len(children) - len(same))
    dated = sorted((c for c in same if c[1]), key=lambda c: c[1], reverse=True)  # type: ignore[arg-type,return-value]
    undated = [c for c in same if not c[1]]
    return [u for u, _ in (dated + undated)[:MAX_CHILDREN]]


def _site(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _plain_body(fetched: "Fetched", fetcher: "Fetcher") -> bytes:
    """The sitemap bytes, gunzipped (under the decoded cap) if it is a .gz file."""
    body = fetched.body
    for _ in range(2):  # .gz file, possibly sent gzip-encoded on top
        if not body.startswith(_GZIP_MAGIC):
            break
        body = decode_bounded(body, "gzip", fetcher.config.max_decoded_bytes, fetched.final_url)
    return body


def parse_sitemap(body: bytes, url: str, source: str, content_type: str = "") -> Sitemap:
    """One sitemap document; DiscoveryError when it is none."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<") and b"\x00" not in head:
        return _text_sitemap(body, url, source)
    problem = entity_problem(body, allow_doctype=False)
    if problem:
        raise DiscoveryError(f"sitemap {url} {problem}")
    doc = _SitemapParser(url, source).parse(body)
    return doc


def _text_sitemap(body: bytes, url: str, source: str) -> Sitemap:
    lines = body.decode("utf-8", errors="replace").splitlines()
    links = [Link(url=u, source=source) for u in (link_url(line.strip()) for line in lines) if u]
    if not links and body.strip():
        raise DiscoveryError(f"{url} is not a sitemap: neither XML nor a list of URLs")
    return Sitemap(links=links)


#: (parent element, element) -> entry field; <image:loc> and the like are ignored.
_FIELDS = {("url", "loc"): "loc", ("url", "lastmod"): "lastmod",
           ("sitemap", "loc"): "loc", ("sitemap", "lastmod"): "lastmod",
           ("news", "title"): "news_title", ("news", "publication_date"): "news_publication_date"}


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1].lower()


class _SitemapParser:
    """Streaming expat handlers collecting <url> and <sitemap> entries."""

    def __init__(self, url: str, source: str) -> None:
        self.url = url
        self.source = source
        self.doc = Sitemap()
        self.root: str | None = None
        self._stack: list[str] = []
        self._text: list[str] = []
        self._entry: dict[str, str] = {}

    def parse(self, body: bytes) -> Sitemap:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._refuse_doctype
        parser.EntityDeclHandler = self._refuse_entity
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text.append
        try:
            parser.Parse(body, True)
        except _Feed:
            return Sitemap(links=parse_feed(body, self.url, self.source))
        except expat.ExpatError as exc:
            if not (self.doc.links or self.doc.children):
                raise DiscoveryError(f"sitemap {self.url} is not well-formed XML: {exc}") \
                    from None
            log.info("sitemap %s broken after %d entries: %s", self.url,
                     len(self.doc.links) + len(self.doc.children), exc)
        if self.root not in ("urlset", "sitemapindex"):
            raise DiscoveryError(f"{self.url} is not a sitemap (root <{self.root}>)")
        return self.doc

    def _refuse_doctype(self, *args: object) -> None:
        raise DiscoveryError(f"sitemap {self.url} has a DOCTYPE declaration, refused")

    def _refuse_entity(self, *args: object) -> None:
        raise DiscoveryError(f"sitemap {self.url} declares XML entities, refused")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if self.root is None:
            self.root = local
            if local in ("rss", "feed", "rdf"):
                raise _Feed()
        if local in ("url", "sitemap"):
            self._entry = {}
        self._stack.append(local)
        self._text.clear()

    def _end(self, name: str) -> None:
        local = self._stack.pop() if self._stack else _local(name)
        text = "".join(self._text).strip()
        self._text.clear()
        parent = self._stack[-1] if self._stack else ""
        key = _FIELDS.get((parent, local))
        if key and text:
            self._entry.setdefault(key, text)
        elif local == "url":
            self._add_link()
        elif local == "sitemap" and parent == "sitemapindex":
            child = link_url(self._entry.get("loc"), self.url)
            if child:
                self.doc.children.append((child, parse_w3c_date(self._entry.get("lastmod"))))

    def _add_link(self) -> None:
        url = link_url(self._entry.get("loc"), self.url)
        if url is None:
            return
        when = parse_w3c_date(self._entry.get("news_publication_date")) or \
            parse_w3c_date(self._entry.get("lastmod"))
        self.doc.links.append(Link(url=url, source=self.source,
                                   title=self._entry.get("news_title"), published=when))


class _Feed(Exception):
    """Internal signal: the 'sitemap' is an RSS/Atom feed (allowed by the protocol)."""
