"""RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed, through feedparser.

feedparser copes with broken feeds ("bozo") and resists billion laughs, but
still expands entities declared in the feed itself, so a feed that declares
any is refused before feedparser sees it. A bozo feed that still yields
entries is used; one that yields nothing recognisable is a DiscoveryError.
"""

from __future__ import annotations

import calendar
import json
import logging
import time
from collections.abc import Iterator, Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import feedparser

from monitor.config import SourceConfig
from monitor.discover.registry import Discovery, article_limit, finish, register, validators_of
from monitor.discover.dates import parse_w3c_date
from monitor.discover.urls import link_url
from monitor.discover.xmlsafe import entity_problem
from monitor.errors import DiscoveryError
from monitor.types import Link

if TYPE_CHECKING:
    from monitor.net import Fetcher

log = logging.getLogger(__name__)

#: Entry date fields, most specific first.
DATE_FIELDS = ("published_parsed", "updated_parsed", "created_parsed")


@register("feed")
async def discover_feed(source: SourceConfig, fetcher: "Fetcher") -> Discovery:
    fetched = await fetcher.get(source.url, kind="feed", conditional=True)
    if fetched.not_modified:
        return Discovery((), not_modified=True)
    links = parse_feed(fetched.body, fetched.final_url, source.name,
                       content_type=fetched.headers.get("content-type"))
    return Discovery(finish(links, article_limit(source, fetcher)), validators=validators_of(fetched))


def parse_feed(body: bytes, url: str, source: str, content_type: str | None = None
               ) -> list[Link]:
    """Article links of a feed body, in feed order; DiscoveryError if it is no feed."""
    if body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return parse_json_feed(body, url, source)
    problem = entity_problem(body, allow_doctype=True)
    if problem:
        raise DiscoveryError(f"feed {url} {problem}")
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("version"):
        why = parsed.get("bozo_exception")
        raise DiscoveryError(f"{url} is not a feed: no RSS, Atom or RDF document"
                             + (f" (parser: {why})" if why else ""))
    if parsed.get("bozo"):
        log.info("feed %s is malformed but usable (%s)", url, parsed.get("bozo_exception"))
    return list(_links(entries, url, source))


def parse_json_feed(body: bytes, url: str, source: str) -> list[Link]:
    """JSON Feed 1.x (feedparser 6.0 does not read it)."""
    try:
        doc = json.loads(body.decode("utf-8-sig", errors="replace"))
    except ValueError as exc:
        raise DiscoveryError(f"{url} is not a feed: invalid JSON ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list) \
            or "jsonfeed.org" not in str(doc.get("version", "")):
        raise DiscoveryError(f"{url} is JSON but not a JSON Feed")
    links = []
    for item in doc["items"]:
        if not isinstance(item, dict):
            continue
        href = link_url(str(item.get("url") or item.get("external_url") or ""), url)
        if href is None:
            continue
        title = item.get("title")
        links.append(Link(url=href, source=source,
                          title=str(title).strip() if title else None,
                          published=parse_w3c_date(str(item.get("date_published") or ""))))
    return links


def _links(entries: list[Mapping[str, Any]], base: str, source: str) -> Iterator[Link]:
    for entry in entries:
        url = link_url(_entry_href(entry), base)
        if url is None:
            continue
        title = entry.get("title")
        yield Link(url=url, source=source, title=title.strip() if title else None,
                   published=_entry_date(entry))


def _entry_href(entry: Mapping[str, Any]) -> str | None:
    if entry.get("link"):
        return str(entry["link"])
    for candidate in entry.get("links") or []:
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            return str(candidate["href"])
    guid = entry.get("id")
    # An RSS guid is a permalink unless it says otherwise; feedparser keeps the flag.
    if guid and entry.get("guidislink", True) and str(guid).startswith(("http://", "https://")):
        return str(guid)
    return None


def _entry_date(entry: Mapping[str, Any]) -> datetime | None:
    for field in DATE_FIELDS:
        value = entry.get(field)
        if isinstance(value, time.struct_time):
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
            except (OverflowError, ValueError, OSError):
                continue
    return None
