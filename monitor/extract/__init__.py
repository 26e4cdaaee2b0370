"""Article extraction: clean body text and metadata from one parse of a page.

``extract`` parses the page once with lexbor (selectolax) and reads from that
tree both the article body (``body``: boilerplate, navigation, related links,
comments and share bars left out) and the metadata (``metadata``: JSON-LD,
``<meta>``, ``<time>``, URL path, in that order of trust).

Time and memory are bounded: the input is cut at ``max_bytes``, block nesting
past a limit is flattened before parsing (``limits``), the walk stops after a
fixed number of elements, and a page that still takes longer than
``TIME_BUDGET_S`` raises ``ExtractionError``.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from monitor.errors import ExtractionError
from monitor.extract.body import extract_paragraphs
from monitor.extract.charset import prepare
from monitor.extract.limits import bound_nesting
from monitor.extract.metadata import PageMetadata, extract_metadata

__all__ = ["TIME_BUDGET_S", "ExtractedArticle", "article_text", "extract"]

log = logging.getLogger(__name__)

# A page taking longer than this (after parsing) is given up on.
TIME_BUDGET_S = 5.0


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    text: str                      # paragraphs joined by "\n\n"
    paragraphs: tuple[str, ...]
    title: str | None
    published: datetime | None     # tz-aware (UTC if the source has no zone)
    modified: datetime | None
    authors: tuple[str, ...]
    canonical_url: str | None      # absolute (resolved against url)
    site_name: str | None
    language: str | None           # e.g. "en"

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: ISO 8601 dates, lists for tuples."""
        return {
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "modified": self.modified.isoformat() if self.modified else None,
            "authors": list(self.authors),
            "canonical_url": self.canonical_url,
            "site_name": self.site_name,
            "language": self.language,
        }


def extract(html: str | bytes, url: str | None = None, *, charset: str | None = None,
            max_bytes: int = 5_000_000) -> ExtractedArticle:
    """Extract the article body and metadata of one page.

    ``charset`` is the HTTP ``Content-Type`` charset, used when the page itself
    declares none (no byte-order mark, no ``<meta charset>``).
    """
    started = time.perf_counter()
    deadline = started + TIME_BUDGET_S
    tree = _parse(html, charset, max_bytes)
    if time.perf_counter() > deadline:
        raise ExtractionError(f"parsing took over {TIME_BUDGET_S:.0f} s ({url or 'page'})")
    meta = extract_metadata(tree, url)
    paragraphs = tuple(extract_paragraphs(tree, deadline, meta.title))
    return _article(paragraphs, meta)


def article_text(html: str | bytes, url: str | None = None) -> str:
    """The article body as plain text (paragraphs separated by blank lines)."""
    return extract(html, url).text


def _parse(html: str | bytes, charset: str | None, max_bytes: int) -> LexborHTMLParser:
    if not isinstance(html, (str, bytes)):
        raise ExtractionError(f"expected str or bytes, got {type(html).__name__}")
    prepared = prepare(html, charset, max_bytes)
    data = bound_nesting(prepared.data)
    try:
        return LexborHTMLParser(data, encoding=prepared.detect)
    except Exception as exc:  # selectolax raises bare errors on broken input
        raise ExtractionError(f"unparseable page: {exc}") from exc


def _article(paragraphs: tuple[str, ...], meta: PageMetadata) -> ExtractedArticle:
    return ExtractedArticle(
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        title=meta.title,
        published=meta.published,
        modified=meta.modified,
        authors=meta.authors,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        language=meta.language,
    )
