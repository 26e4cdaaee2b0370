"""Grouping and rendering of digests and immediate mails (Jinja2, autoescaped HTML).

Flags are grouped by kind in ``FLAG_KIND_ORDER`` (what needs attention
first; news every source only reports as likely comes after the new, as "Reported, not
confirmed"), then by subject entity in config order. Confirmed flags only say that
a known fact was seen again, so they are a count and a short list. Every piece
of web text is cleaned and capped here, before any template sees it; links
are http(s) only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from monitor.alerts.safety import (CLAIM_LIMIT, EVIDENCE_LIMIT, TITLE_LIMIT, clean_text,
                                   header_text, safe_url, truncate, url_host)
from monitor.config import Config
from monitor.types import FLAG_KIND_ORDER, FlagKind

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: The digest's group of news that every source so far only reports as likely or reported.
REPORTED_GROUP = "reported"
#: ... and of flags whose every source took the fact back (listed once, last).
WITHDRAWN_GROUP = "withdrawn"
KIND_LABELS: dict[str, str] = {
    FlagKind.CONTRADICTED: "Contradicted", FlagKind.CHANGED: "Changed", FlagKind.NEW: "New",
    REPORTED_GROUP: "Reported, not confirmed",
    FlagKind.REVISED: "Revised articles", FlagKind.CONFIRMED: "Confirmed",
    WITHDRAWN_GROUP: "Withdrawn",
}
KIND_COLORS: dict[str, str] = {
    FlagKind.CONTRADICTED: "#b03a2e", FlagKind.CHANGED: "#ba4a00", FlagKind.NEW: "#1f618d",
    REPORTED_GROUP: "#7f8c8d", FlagKind.REVISED: "#6c3483", FlagKind.CONFIRMED: "#1e8449",
    WITHDRAWN_GROUP: "#7f8c8d",
}
#: Kinds whose hedged flags go to the "reported" group (a hedged confirmation is still one).
_NEWS = frozenset({FlagKind.CONTRADICTED, FlagKind.CHANGED, FlagKind.NEW})
#: Kinds shown as a count and a short list rather than in full.
BRIEF_KINDS = frozenset({FlagKind.CONFIRMED})
BRIEF_LIMIT = 5
SOURCE_LINKS = 5
#: How a source that only reports the fact with a hedge is marked.
HEDGE_NOTES = {"likely": "only as likely", "reportedly": "only as reported"}
NO_SUBJECT = "Other"


@dataclass(frozen=True, slots=True)
class SourceLink:
    url: str
    host: str
    note: str = ""          # HEDGE_NOTES: this source does not state the fact outright


@dataclass(frozen=True, slots=True)
class FlagItem:
    id: int
    kind: str
    claim: str
    evidence: str
    baseline: str
    title: str
    url: str | None
    url_text: str
    sources: tuple[SourceLink, ...]
    source_count: int
    more_sources: int
    hedged_count: int       # sources that report the fact only as likely or as reported
    published: str


@dataclass(frozen=True, slots=True)
class SubjectGroup:
    label: str
    items: tuple[FlagItem, ...]


@dataclass(frozen=True, slots=True)
class KindGroup:
    kind: str
    label: str
    color: str
    count: int
    brief: bool
    subjects: tuple[SubjectGroup, ...]
    shown: tuple[FlagItem, ...]
    more: int


@dataclass(frozen=True, slots=True)
class RenderedDigest:
    channel: str
    subject: str
    text: str
    html: str
    flag_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class RenderedMail:
    subject: str
    text: str
    html: str | None


def flag_item(view: dict[str, Any]) -> FlagItem:
    """A flag view reduced to cleaned, capped, link-safe fields."""
    url = safe_url(view.get("url"))
    hedges = {safe_url(u): h for u, h in (view.get("hedged_sources") or {}).items()}
    links = [SourceLink(u, url_host(u), hedge_note(hedges.get(u))) for u in
             dict.fromkeys(s for s in map(safe_url, view.get("sources") or ()) if s)]
    published = view.get("published") or ""
    return FlagItem(
        id=int(view["id"]), kind=str(view.get("kind") or ""),
        claim=clean_text(view.get("claim"), CLAIM_LIMIT),
        evidence=clean_text(view.get("evidence"), EVIDENCE_LIMIT),
        baseline=clean_text(view.get("baseline"), EVIDENCE_LIMIT),
        title=clean_text(view.get("title"), TITLE_LIMIT),
        url=url, url_text=url_host(url) if url else clean_text(view.get("url"), 120),
        sources=tuple(links[:SOURCE_LINKS]), source_count=max(len(links), 1),
        more_sources=max(len(links) - SOURCE_LINKS, 0), published=str(published)[:10],
        hedged_count=sum(1 for link in links if link.note))


def hedge_note(hedge: str | None) -> str:
    if not hedge:
        return ""
    return HEDGE_NOTES.get(hedge, "only as " + clean_text(hedge, 40))


def entity_labels(config: Config) -> dict[str, str]:
    return {e.id: e.label for e in config.entities}


def group_flags(views: Sequence[dict[str, Any]], config: Config) -> list[KindGroup]:
    """Flags by kind (attention order), then by subject (config entity order)."""
    labels = entity_labels(config)
    order = {eid: i for i, eid in enumerate(labels)}
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for view in views:
        by_kind[_group_of(view)].append(view)
    known = [str(k) for k in FLAG_KIND_ORDER]
    known.insert(known.index(str(FlagKind.NEW)) + 1, REPORTED_GROUP)
    known.append(WITHDRAWN_GROUP)
    kinds = known + sorted(k for k in by_kind if k not in known)
    return [_kind_group(kind, by_kind[kind], labels, order) for kind in kinds if by_kind[kind]]


def _group_of(view: dict[str, Any]) -> str:
    kind = str(view.get("kind"))
    if view.get("status") == WITHDRAWN_GROUP:
        return WITHDRAWN_GROUP
    return REPORTED_GROUP if view.get("hedged") and kind in _NEWS else kind


def _kind_group(kind: str, views: list[dict[str, Any]], labels: dict[str, str],
                order: dict[str, int]) -> KindGroup:
    by_subject: dict[str | None, list[FlagItem]] = defaultdict(list)
    for view in sorted(views, key=lambda v: int(v["id"])):
        by_subject[view.get("subject")].append(flag_item(view))
    ordered = sorted(by_subject, key=lambda s: (s is None, order.get(s or "", len(order)),
                                                 labels.get(s or "", s or "")))
    subjects = tuple(SubjectGroup(_subject_label(s, labels), tuple(by_subject[s]))
                     for s in ordered)
    flat = tuple(i for g in subjects for i in g.items)
    brief = kind in BRIEF_KINDS
    return KindGroup(kind=kind, label=KIND_LABELS.get(kind, kind.title()),
                     color=KIND_COLORS.get(kind, "#555555"), count=len(flat), brief=brief,
                     subjects=subjects, shown=flat[:BRIEF_LIMIT] if brief else flat,
                     more=max(len(flat) - BRIEF_LIMIT, 0) if brief else 0)


def _subject_label(subject: str | None, labels: dict[str, str]) -> str:
    if subject is None:
        return NO_SUBJECT
    return clean_text(labels.get(subject, subject), 100)


def summary(groups: Sequence[KindGroup]) -> str:
    """``3 contradicted, 2 changed, 5 new``."""
    return ", ".join(f"{g.count} {g.kind}" for g in groups)


def story_label(config: Config) -> str:
    """What the digest is about: ``alerts.story``, the first alliance, or the baseline's name."""
    if config.alerts.story:
        return config.alerts.story
    for entity in config.entities:
        if entity.kind == "alliance":
            return entity.label
    if config.baseline is not None and config.baseline.name != "baseline":
        return config.baseline.name
    return ""


def digest_subject(prefix: str, groups: Sequence[KindGroup], story: str) -> str:
    tail = f" — {story}" if story else ""
    return header_text(f"{prefix} {summary(groups)}{tail}")


def immediate_subject(prefix: str, item: FlagItem) -> str:
    return header_text(f"{prefix} {KIND_LABELS.get(item.kind, item.kind.title())}: {item.claim}")


def local_time(now: datetime, tz_name: str) -> str:
    try:
        tz: Any = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        tz = timezone.utc
    return now.astimezone(tz).strftime("%d %b %Y %H:%M %Z")


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)),
                       autoescape=lambda name: bool(name and name.endswith(".html.j2")),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=True)


def _render(name: str, context: dict[str, Any]) -> str:
    return environment().get_template(name).render(**context)


def render_digest_mail(views: Sequence[dict[str, Any]], config: Config, *, channel: str,
                       prefix: str, now: datetime, tz_name: str = "UTC") -> RenderedDigest:
    """One digest message (subject, text and HTML parts) for these flag views."""
    groups = group_flags(views, config)
    story = clean_text(story_label(config), 100)
    subject = digest_subject(prefix, groups, story)
    context = {"subject": subject, "story": story, "summary": summary(groups),
               "when": local_time(now, tz_name), "groups": groups}
    return RenderedDigest(channel, subject, _render("digest.txt.j2", context),
                          _render("digest.html.j2", context),
                          tuple(int(v["id"]) for v in views))


def render_immediate_mail(view: dict[str, Any], config: Config, *, prefix: str,
                          now: datetime, tz_name: str = "UTC") -> RenderedMail:
    """A short mail for one flag that should not wait for the digest."""
    item = flag_item(view)
    subject = immediate_subject(prefix, item)
    labels = entity_labels(config)
    context = {"subject": subject, "story": clean_text(story_label(config), 100),
               "when": local_time(now, tz_name), "item": item,
               "kind_label": KIND_LABELS.get(item.kind, item.kind.title()),
               "color": KIND_COLORS.get(item.kind, "#555555"),
               "subject_label": _subject_label(view.get("subject"), labels)}
    return RenderedMail(subject, _render("immediate.txt.j2", context),
                        _render("immediate.html.j2", context))


def render_operator_mail(operator: dict[str, str], *, prefix: str) -> RenderedMail:
    """Operator alerts are short and plain: a subject and a few lines."""
    body = "\n".join(clean_text(line, EVIDENCE_LIMIT)
                     for line in str(operator.get("body") or "").splitlines())
    return RenderedMail(header_text(f"{prefix} {operator.get('subject') or 'operator alert'}"),
                        truncate(body, 10 * EVIDENCE_LIMIT) + "\n", None)
