"""Title, dates, authors, canonical URL, site name and language of a parsed page.

Trust order, per field: JSON-LD article object, then ``<meta>`` (OpenGraph,
``article:*``, Dublin Core and the usual vendor names), then ``<time>``
elements, then the URL path. The canonical URL is the exception: ``<link
rel=canonical>`` is the one source made for it, so it comes first.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.extract import selectors as sel
from monitor.extract.dates import date_from_url, parse_date
from monitor.extract.jsonld import JsonLdArticle, best_article, parse_scripts

log = logging.getLogger(__name__)

_LANG_RE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*$")
_MAX_TIME_ELEMENTS = 50


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    authors: tuple[str, ...] = ()
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None


def extract_metadata(tree: LexborHTMLParser, url: str | None) -> PageMetadata:
    """Read every metadata field from one parsed page."""
    scripts = [node.text() for node in tree.css(sel.CSS_JSONLD)]
    article = best_article(parse_scripts(scripts)) if scripts else None
    ld = article or JsonLdArticle()
    meta = _meta_values(tree)
    site_name = ld.publisher or _first(meta, sel.META_SITE_NAME)
    if site_name:
        site_name = None if site_name.startswith(("http://", "https://")) else site_name.lstrip("@")
    title = ld.headline or _first(meta, sel.META_TITLE)
    return PageMetadata(
        title=_strip_site_name(title, site_name) if title else _title_tag(tree, site_name),
        published=_published(ld, meta, tree, url),
        modified=parse_date(ld.modified) or _first_date(meta, sel.META_MODIFIED)
        or _time_element(tree, "dateModified", allow_any=False),
        authors=_clean_authors(ld.authors) or _meta_authors(meta),
        canonical_url=_canonical(tree, ld, meta, url),
        site_name=site_name or None,
        language=_language(ld, tree, meta),
    )


def _meta_values(tree: LexborHTMLParser) -> dict[str, str]:
    """First non-empty content per lower-cased meta name/property/itemprop."""
    values: dict[str, str] = {}
    for node in tree.css(sel.CSS_META):
        attrs = node.attributes
        content = attrs.get("content")
        if not content or not content.strip():
            continue
        for key_attr in sel.META_KEY_ATTRS:
            key = attrs.get(key_attr)
            if key:
                values.setdefault(key.strip().lower(), content.strip())
    return values


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if value:
            return " ".join(value.split())
    return None


def _first_date(meta: dict[str, str], keys: tuple[str, ...]) -> datetime | None:
    for key in keys:
        parsed = parse_date(meta.get(key))
        if parsed is not None:
            return parsed
    return None


def _published(ld: JsonLdArticle, meta: dict[str, str], tree: LexborHTMLParser,
               url: str | None) -> datetime | None:
    return (parse_date(ld.published) or _first_date(meta, sel.META_PUBLISHED)
            or _time_element(tree, "datePublished", allow_any=True) or date_from_url(url))


def _time_element(tree: LexborHTMLParser, itemprop: str, allow_any: bool) -> datetime | None:
    """The date of an element marked ``itemprop`` (or a ``<time pubdate>``), else of the
    first ``<time>`` in the article, else of the first ``<time>`` on the page."""
    marked = tree.css_first(f'[itemprop="{itemprop}"]')
    found = _node_date(marked)
    if found is not None or not allow_any:
        return found
    for query in sel.CSS_TIMES:
        found = _node_date(tree.css_first(query))
        if found is not None:
            return found
    for node in tree.css(sel.CSS_ANY_TIME)[:_MAX_TIME_ELEMENTS]:
        found = _node_date(node)
        if found is not None:
            return found
    return None


def _node_date(node: LexborNode | None) -> datetime | None:
    if node is None:
        return None
    attrs = node.attributes
    return parse_date(attrs.get("datetime") or attrs.get("content") or node.text())


def _meta_authors(meta: dict[str, str]) -> tuple[str, ...]:
    for key in sel.META_AUTHOR:
        value = meta.get(key)
        if not value or value.startswith(("http://", "https://", "www.")):
            continue
        names = _split_authors(value)
        if names:
            return names
    return ()


def _clean_authors(names: tuple[str, ...]) -> tuple[str, ...]:
    cleaned: list[str] = []
    for name in names:
        name = sel.AUTHOR_PREFIX_RE.sub("", name).strip(" .")
        if name and name.lower() not in sel.AUTHOR_STOPWORDS and name not in cleaned:
            cleaned.append(name)
    return tuple(cleaned)


def _split_authors(value: str) -> tuple[str, ...]:
    names: list[str] = []
    for part in sel.AUTHOR_SPLIT_RE.split(sel.AUTHOR_PREFIX_RE.sub("", " ".join(value.split()))):
        part = part.strip(" .")
        if part and part.lower() not in sel.AUTHOR_STOPWORDS and part not in names:
            names.append(part)
    return tuple(names)


def _title_tag(tree: LexborHTMLParser, site_name: str | None) -> str | None:
    node = tree.css_first(sel.CSS_TITLE)
    title = " ".join(node.text().split()) if node is not None else ""
    if not title:
        h1 = tree.css_first(sel.CSS_HEADLINE)
        title = " ".join(h1.text().split()) if h1 is not None else ""
    return _strip_site_suffix(title, site_name) or None


def _strip_site_name(title: str, site_name: str | None) -> str:
    """Cut " | Site Name" from a declared title, only when it names the site."""
    if not site_name:
        return title
    site = _squash(site_name)
    for separator in sel.TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head and _squash(tail) == site:
            return head.strip()
    return title


def _squash(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    for separator in sel.TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and len(head) > len(tail) and (
                site_name is None or site_name.lower() in tail.lower() or len(tail) < 30):
            return head.strip()
    return title


def _canonical(tree: LexborHTMLParser, ld: JsonLdArticle, meta: dict[str, str],
               url: str | None) -> str | None:
    link = tree.css_first(sel.CSS_CANONICAL)
    for candidate in (_attr(link, "href"), ld.url, _first(meta, sel.META_URL)):
        resolved = _absolute(candidate, url)
        if resolved:
            return resolved
    return None


def _attr(node: LexborNode | None, name: str) -> str | None:
    return node.attributes.get(name) if node is not None else None


def _absolute(candidate: str | None, base: str | None) -> str | None:
    if not candidate or not candidate.strip():
        return None
    resolved = urljoin(base, candidate.strip()) if base else candidate.strip()
    parts = urlsplit(resolved)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return resolved


def _language(ld: JsonLdArticle, tree: LexborHTMLParser, meta: dict[str, str]) -> str | None:
    html = tree.css_first(sel.CSS_HTML)
    for candidate in (ld.language, _attr(html, "lang"), _attr(html, "xml:lang"),
                      _first(meta, sel.META_LANGUAGE)):
        code = _language_code(candidate)
        if code:
            return code
    return None


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    match = _LANG_RE.match(value.strip())
    return match.group(1).lower() if match else None
