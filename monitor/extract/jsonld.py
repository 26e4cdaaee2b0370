"""Schema.org JSON-LD: find the article object among a page's scripts and read it.

Pages ship single objects, arrays, ``@graph`` containers, objects nested under
``mainEntity``, and JSON that is not quite JSON (trailing commas, raw newlines
in strings, HTML comments around it). Bad blocks are skipped, never fatal.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from monitor.extract import selectors as sel

log = logging.getLogger(__name__)

JsonObject = dict[str, object]

_MAX_SCRIPT_CHARS = 1_000_000
_MAX_OBJECTS = 500
_TRAILING_COMMA_RE = re.compile(r",\s*([\]}])")
# HTML comment and CDATA wrappers some CMSs put around the JSON.
_WRAPPER_RE = re.compile(r"^\s*(?:<!--|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[)"
                         r"|(?:-->|/\*\s*\]\]>\s*\*/|\]\]>)\s*$")


@dataclass(frozen=True, slots=True)
class JsonLdArticle:
    """The fields of the best article-like JSON-LD object on the page."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    language: str | None = None
    url: str | None = None


def parse_scripts(texts: list[str]) -> list[JsonObject]:
    """Every JSON object in the given script bodies, flattened out of arrays and graphs."""
    objects: list[JsonObject] = []
    for text in texts:
        data = _loads(text)
        if data is not None:
            objects.extend(islice(_flatten(data), _MAX_OBJECTS - len(objects)))
        if len(objects) >= _MAX_OBJECTS:
            break
    return objects


def best_article(objects: list[JsonObject]) -> JsonLdArticle | None:
    """Read the most specific article-typed object, or None if the page has none."""
    ranked = [(rank, i, obj) for i, obj in enumerate(objects)
              if (rank := _type_rank(obj)) is not None]
    if not ranked:
        return None
    _, _, obj = min(ranked, key=lambda item: (item[0], item[1]))
    publisher = _name(obj.get("publisher")) or _website_name(objects)
    return JsonLdArticle(
        headline=_text(obj.get("headline")) or _text(obj.get("name")),
        published=_text(obj.get("datePublished")) or _text(obj.get("dateCreated")),
        modified=_text(obj.get("dateModified")),
        authors=_people(obj.get("author")) or _people(obj.get("creator")),
        publisher=publisher,
        language=_language(obj.get("inLanguage")),
        url=_url(obj.get("mainEntityOfPage")) or _text(obj.get("url")),
    )


def _loads(text: str) -> object | None:
    if len(text) > _MAX_SCRIPT_CHARS:
        log.debug("JSON-LD block of %d chars skipped", len(text))
        return None
    data: object
    try:
        data = json.loads(text, strict=False)
        return data
    except RecursionError:  # "[[[[..." nested past the interpreter's limit
        log.debug("JSON-LD block nested too deep, skipped")
        return None
    except json.JSONDecodeError:
        pass
    repaired = _TRAILING_COMMA_RE.sub(r"\1", _WRAPPER_RE.sub("", text.strip()))
    try:
        data = json.loads(repaired, strict=False)
        return data
    except (json.JSONDecodeError, RecursionError) as exc:
        log.debug("unreadable JSON-LD block skipped: %s", exc)
        return None


def _flatten(data: object, depth: int = 0) -> Iterator[JsonObject]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
        return
    if not isinstance(data, dict):
        return
    yield data
    graph = data.get("@graph")
    if graph is not None:
        yield from _flatten(graph, depth + 1)
    main = data.get("mainEntity")
    if isinstance(main, (dict, list)):
        yield from _flatten(main, depth + 1)


def _types(obj: JsonObject) -> list[str]:
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return [v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)]


def _type_rank(obj: JsonObject) -> int | None:
    ranks = [sel.JSONLD_TYPE_RANK[t] for t in _types(obj) if t in sel.JSONLD_TYPE_RANK]
    return min(ranks) if ranks else None


def _website_name(objects: list[JsonObject]) -> str | None:
    for obj in objects:
        if "website" in _types(obj) or "organization" in _types(obj):
            name = _text(obj.get("name"))
            if name:
                return name
    return None


def _text(value: object) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value") or value.get("@id")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    # Some CMSs HTML-escape inside JSON ("&#8216;").
    value = " ".join(html.unescape(value).split()) if "&" in value else " ".join(value.split())
    return value or None


def _name(value: object) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _people(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = _name(item)
        if name and not name.startswith(("http://", "https://")) and name not in names:
            names.append(name)
    return tuple(names)


def _language(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    return _text(value)


def _url(value: object) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("@id")) or _text(value.get("url"))
    return _text(value)
