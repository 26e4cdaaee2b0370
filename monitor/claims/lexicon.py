"""The claim lexicon: relation rules, cue words and tables, loaded from TOML.

Everything the rules know about language lives in ``lexicon.toml`` next to
this module; a story can merge its own file over it (``[claims] lexicon``).
This module only parses and compiles: patterns are compiled once here so the
per-sentence code never builds a regex.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from monitor.claims.prefilter import Keywords, required_keywords, union
from monitor.errors import ConfigError

log = logging.getLogger(__name__)

SHIPPED = Path(__file__).with_name("lexicon.toml")
_MACRO = re.compile(r"\{([A-Z]+)\}")


@dataclass(frozen=True, slots=True)
class Rule:
    """One way a sentence can state a relation (see lexicon.toml for the fields)."""

    relation: str
    triggers: tuple[re.Pattern[str], ...]
    polarity: bool = True
    subject: tuple[str, ...] = ("party",)
    subject_side: str = "before"
    subject_window: int = 15
    subject_list: bool = False
    person_to_party: bool = False
    object: tuple[str, ...] = ()
    object_side: str = "after"
    object_window: int = 8
    object_required: bool = True
    value: str = "none"
    place: str = "none"
    symmetric: bool = False
    negatable: bool = True
    default_object: str | None = None
    default_object_requires_event: str | None = None
    subject_fallback: str | None = None
    subject_fallback_requires: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    veto: re.Pattern[str] | None = None
    veto_before: re.Pattern[str] | None = None
    object_veto: re.Pattern[str] | None = None
    subject_gap: re.Pattern[str] | None = None
    date_gap_veto: re.Pattern[str] | None = None
    max_age_days: int | None = None
    place_window: int = 8
    date_window: int = 14
    event_window: int = 10
    role_window: int = 12
    # Derived from the triggers (see prefilter.py), never written by hand.
    prefilter: Keywords = field(init=False, default=None)
    trigger_prefilters: tuple[Keywords, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        keys = tuple(required_keywords(t) for t in self.triggers)
        object.__setattr__(self, "trigger_prefilters", keys)
        object.__setattr__(self, "prefilter", union(keys))


@dataclass(frozen=True, slots=True)
class Exclusion:
    """Two facts of one relation that cannot both be true."""

    relation: str
    other: str                 # the known fact's relation (usually the same)
    same: tuple[str, ...]
    differ: tuple[str, ...]
    polarities: frozenset[tuple[bool, bool]]
    objects: tuple[str, ...]
    directional: bool = False  # only a claim of ``relation`` against a known ``other``


@dataclass(frozen=True, slots=True)
class PlaceDef:
    id: str
    kind: str
    display: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]
    exclusions: tuple[Exclusion, ...]
    abbreviations: frozenset[str]
    starters: frozenset[str]
    numbers: Mapping[str, int]
    roles: Mapping[str, str]          # phrase (lower case) -> role id
    events: Mapping[str, str]         # phrase (lower case) -> event id
    role_pattern: re.Pattern[str]
    role_scope: Mapping[str, str]     # role id -> alliance | party | none
    event_pattern: re.Pattern[str]
    hedges: tuple[tuple[str, re.Pattern[str]], ...]
    denial_clause: re.Pattern[str] | None    # "..., dismissing speculation that ..."
    negation: re.Pattern[str]
    pre_negation: re.Pattern[str]
    coref: Mapping[str, tuple[str, ...]]
    coref_window: Mapping[str, int]
    female: frozenset[str]
    honorifics: tuple[str, ...]
    block: Mapping[str, re.Pattern[str]]
    relevance: Mapping[str, Any]
    places: tuple[PlaceDef, ...]
    display: Mapping[str, Mapping[str, str]]
    templates: Mapping[str, Mapping[str, str]]
    loose_place: frozenset[str]
    quiet: Mapping[str, frozenset[str]]   # relation -> routine values that raise no flag
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)
    place_coref: re.Pattern[str] | None = None   # "the state's": the last state named
    place_coref_chars: int = 3000
    hedge_prefilters: tuple[Keywords, ...] = field(init=False, default=())  # one per hedge kind
    #: Relations claimed once per side (a seat deal): both sides are one fact.
    symmetric: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        keys = tuple(required_keywords(pattern) for _kind, pattern in self.hedges)
        object.__setattr__(self, "hedge_prefilters", keys)
        object.__setattr__(self, "symmetric",
                           frozenset(r.relation for r in self.rules if r.symmetric))

    def role_id(self, phrase: str) -> str | None:
        return self.roles.get(_norm(phrase))

    def event_id(self, phrase: str) -> str | None:
        return self.events.get(_norm(phrase))

    def number(self, token: str) -> int | None:
        token = token.strip().lower()
        if token.isdigit():
            return int(token)
        if "-" in token:
            tens, _, unit = token.partition("-")
            if tens in self.numbers and unit in self.numbers:
                return self.numbers[tens] + self.numbers[unit]
        return self.numbers.get(token)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))


def merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; the arrays of tables (rules, exclusions) append."""
    out = dict(base)
    for key, value in extra.items():
        if key in ("rules", "exclusions") and isinstance(value, list):
            out[key] = [*out.get(key, []), *value]
        elif isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([("claims.lexicon", f"file not found: {path}")]) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError([("claims.lexicon", f"cannot read {path}: {exc}")]) from None


@lru_cache(maxsize=8)
def load_lexicon(extra: Path | None = None) -> Lexicon:
    """The shipped lexicon, with ``extra`` (a TOML file) merged over it."""
    data = read_toml(SHIPPED)
    if extra is not None:
        data = merge(data, read_toml(extra))
    try:
        return build(data)
    except (re.error, KeyError, TypeError, ValueError) as exc:
        where = str(extra) if extra else str(SHIPPED)
        raise ConfigError([("claims.lexicon", f"invalid lexicon {where}: {exc}")]) from None


def build(data: Mapping[str, Any]) -> Lexicon:
    roles = _phrase_table(data.get("roles", {}))
    events = _phrase_table(data.get("events", {}))
    macros = dict(data.get("macros", {}))
    macros["ROLE"] = _alternation(roles)
    macros["EVENT"] = _alternation(events)
    coref = data.get("coref", {})
    return Lexicon(
        rules=tuple(_rule(r, macros) for r in data.get("rules", [])),
        exclusions=tuple(_exclusion(e) for e in data.get("exclusions", [])),
        abbreviations=frozenset(a.lower() for a in data["sentences"]["abbreviations"]),
        starters=frozenset(data["sentences"].get("starters", [])),
        numbers={k.lower(): int(v) for k, v in data.get("numbers", {}).items()},
        roles=roles,
        events=events,
        role_pattern=_compile(macros["ROLE"], {}),
        role_scope=dict(data.get("role_scope", {})),
        event_pattern=_compile(macros["EVENT"], {}),
        hedges=tuple((kind, _any_of(data["hedges"][kind], macros))
                     for kind in data["hedges"]["order"]),
        denial_clause=(_any_of(data["hedges"]["denial_clause"], macros)
                       if data["hedges"].get("denial_clause") else None),
        negation=_any_of(data["negation"]["cues"], macros),
        pre_negation=_any_of(data["negation"].get("pre_subject", []) or ["(?!x)x"], macros),
        coref={k: tuple(v) for k, v in coref.items() if isinstance(v, list)},
        coref_window={k: int(v) for k, v in coref.get("window", {}).items()},
        female=frozenset(data.get("persons", {}).get("female", [])),
        honorifics=tuple(data.get("persons", {}).get("honorifics", [])),
        block={name: _any_of(pats, macros) for name, pats in data.get("block", {}).items()},
        relevance=dict(data.get("relevance", {})),
        places=tuple(PlaceDef(pid, v[0], v[1], tuple(v[2:]))
                     for pid, v in data.get("places", {}).items()),
        display={k: dict(v) for k, v in data.get("display", {}).items()},
        templates={k: dict(v) for k, v in data.get("templates", {}).items()},
        loose_place=frozenset(data.get("compare", {}).get("loose_place", [])),
        quiet={k: frozenset(v) for k, v in data.get("compare", {}).get("quiet", {}).items()},
        raw=data,
        place_coref=_any_of(data["place_coref"]["phrases"], macros) if data.get("place_coref") else None,
        place_coref_chars=int(data.get("place_coref", {}).get("chars", 3000)),
    )


def _phrase_table(table: Mapping[str, list[str]]) -> dict[str, str]:
    return {_norm(phrase): ident for ident, phrases in table.items() for phrase in phrases}


def _alternation(table: Mapping[str, str]) -> str:
    phrases = sorted(table, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]")
                            for p in phrases) + ")"


def expand(pattern: str, macros: Mapping[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        return macros.get(m.group(1), m.group(0))
    return _MACRO.sub(sub, pattern)


def _compile(pattern: str, macros: Mapping[str, str]) -> re.Pattern[str]:
    # A pattern that ends with "-" or a space before a lookahead ends inside a
    # word on purpose ("ex-ally", "join the (?=meeting)"): no end boundary.
    open_end = pattern.endswith("-") or re.search(r" \(\?=.*\)$", pattern) is not None
    body = expand(pattern, macros).replace(" ", r"\s+")
    tail = "" if open_end else r"(?![\w])"
    return re.compile(r"(?<![\w])(?:" + body + ")" + tail, re.IGNORECASE)


def _any_of(patterns: list[str], macros: Mapping[str, str]) -> re.Pattern[str]:
    parts = [_compile(p, macros).pattern for p in patterns]
    return re.compile("|".join(parts), re.IGNORECASE)


def _plain(pattern: str | None, macros: Mapping[str, str]) -> re.Pattern[str] | None:
    if not pattern:
        return None
    return re.compile(expand(pattern, macros), re.IGNORECASE)


def _rule(raw: Mapping[str, Any], macros: Mapping[str, str]) -> Rule:
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "triggers":
            kwargs[key] = tuple(_compile(t, macros) for t in value)
        elif key in ("requires", "veto", "veto_before", "object_veto", "subject_fallback_requires",
                     "subject_gap", "date_gap_veto"):
            kwargs[key] = _plain(value, macros)
        elif key in ("subject", "object"):
            kwargs[key] = tuple(value)
        else:
            kwargs[key] = value
    return Rule(**kwargs)


def _exclusion(raw: Mapping[str, Any]) -> Exclusion:
    return Exclusion(
        relation=raw["relation"],
        other=raw.get("other", raw["relation"]),
        same=tuple(raw.get("same", ())),
        differ=tuple(raw.get("differ", ())),
        polarities=frozenset((bool(a), bool(b)) for a, b in raw.get("polarities", [])),
        objects=tuple(raw.get("objects", ())),
        directional=bool(raw.get("directional", False)),
    )
