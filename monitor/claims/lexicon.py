"""The claim lexicon: relation frames, cue words and tables, loaded once from TOML.

The shipped ``coalition.toml`` holds what any coalition story needs; a story may
extend it with its own file (``[claims] lexicon``): tables merge key by key, lists
extend, ``[[frames]]`` and ``[[exclusions]]`` append, and ``disable`` switches
shipped frames off by id. The merged data is validated by ``schema.py`` (errors name
the file, the frame and the key) and compiled here into frozen look-up tables, so
per-sentence code never parses anything.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.claims.schema import Cues, Frame, LexiconFile, Trigger, validate
from monitor.errors import ConfigError

if TYPE_CHECKING:
    from monitor.types import Claim

log = logging.getLogger(__name__)

SHIPPED = Path(__file__).with_name("coalition.toml")


@dataclass(frozen=True, slots=True)
class Exclusion:
    """Two facts of one relation (or of two) that cannot both be true."""

    relation: str
    other: str                 # the known fact's relation (usually the same)
    same: tuple[str, ...]
    differ: tuple[str, ...]
    polarities: frozenset[tuple[bool, bool]]
    objects: tuple[str, ...]
    negative_objects: tuple[str, ...] = ()   # kinds the negative fact's object must be
    directional: bool = False  # only a claim of ``relation`` against a known ``other``
    unplaced: bool = False     # only when the claim of ``relation`` names no place
    implies: bool = False      # a claim excluding a known fact also states that fact's end

    def excludes(self, fact: Claim, other: Claim, universe: Mapping[str, Sequence[str]]) -> bool:
        """Can ``fact`` (new) and ``other`` (known) not both be true under this rule?"""
        if self.relation == fact.relation and self.other == other.relation:
            pass
        elif self.other == fact.relation and self.relation == other.relation and not self.directional:
            fact, other = other, fact  # the rule read the other way round
        else:
            return False
        if (fact.polarity, other.polarity) not in self.polarities:
            return False
        if self.unplaced and fact.place:
            return False
        if self.negative_objects and any(
                not c.polarity and not any(c.object in universe.get(kind, ()) for kind in self.negative_objects)
                for c in (fact, other)):
            return False
        if any(getattr(fact, f) != getattr(other, f) for f in self.same):
            return False
        return all(getattr(fact, f) != getattr(other, f) for f in self.differ)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger of one frame, indexed by its lemma."""

    frame: Frame
    trigger: Trigger


@dataclass(frozen=True)
class Lexicon:
    data: LexiconFile
    frames: tuple[Frame, ...]
    #: lemma -> the frames it can trigger, in lexicon order.
    triggers: Mapping[str, tuple[TriggerEntry, ...]]
    exclusions: tuple[Exclusion, ...]
    abbreviations: frozenset[str]
    starters: frozenset[str]
    numbers: Mapping[str, int]
    #: phrase (lower case) -> role id / event id.
    roles: Mapping[str, str]
    events: Mapping[str, str]
    #: what a role leads (lower case, "provincial government") -> role id
    led: Mapping[str, str]
    place_coref: re.Pattern[str] | None
    symmetric: frozenset[str] = field(default=frozenset())
    loose_place: frozenset[str] = field(default=frozenset())
    quiet: Mapping[str, frozenset[str]] = field(default_factory=dict)
    value_in_slot: frozenset[str] = field(default=frozenset())
    #: event relation -> days a date may move and still be the same event
    event_window: Mapping[str, int] = field(default_factory=dict)
    #: relation -> relations whose later claims are details of it (itself included)
    details: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: The words of ``respell``, as one pattern.
    respelling: re.Pattern[str] | None = None

    @property
    def cues(self) -> Cues:
        return self.data.cues

    @property
    def relevance(self) -> Mapping[str, Any]:
        return self.data.relevance

    def templates(self, relation: str) -> Mapping[str, str]:
        rel = self.data.relations.get(relation)
        return rel.templates if rel is not None else {}

    def display(self, table: str, key: str) -> str:
        if table == "role":
            return self.data.role_display.get(key, key.replace("_", " "))
        return self.data.display.get(table, {}).get(key, key.replace("_", " "))

    def respelled(self, text: str) -> str:
        """The text as the parser is given it: each word of ``respell`` as its stand-in, in
        the word's case and padded with spaces, so every offset still holds."""
        table, pattern = self.data.respell, self.respelling
        if pattern is None:
            return text

        def stand_in(found: re.Match[str]) -> str:
            word = found.group(0)
            new = table[word.lower()]
            new = new.upper() if word.isupper() and len(word) > 1 else new.capitalize() if word[0].isupper() else new
            return new.ljust(len(word))
        return pattern.sub(stand_in, text)

    def role_scope(self, role: str) -> str:
        return self.data.role_scope.get(role, "none")

    def number(self, token: str) -> int | None:
        token = token.strip().lower().replace(",", "")
        if token.isdigit():
            return int(token)
        if "-" in token:
            tens, _, unit = token.partition("-")
            if tens in self.numbers and unit in self.numbers:
                return self.numbers[tens] + self.numbers[unit]
        return self.numbers.get(token)


def merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Tables merge key by key; lists extend (arrays of tables append)."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(value, list) and isinstance(old, list):
            out[key] = [*old, *(v for v in value if v not in old)]
        elif isinstance(value, Mapping) and isinstance(old, Mapping):
            out[key] = merge(dict(old), value)
        else:
            out[key] = value
    return out


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([("claims.lexicon", f"file not found: {path}")]) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError([("", f"not a valid lexicon file: {exc}")], str(path)) from None


@lru_cache(maxsize=8)
def load_lexicon(extra: Path | None = None) -> Lexicon:
    """The shipped lexicon, with a story's ``extra`` file merged over it."""
    data = read_toml(SHIPPED)
    if extra is not None:
        data = merge(data, read_toml(extra))
    return build(validate(data, str(extra or SHIPPED)))


def build(data: LexiconFile) -> Lexicon:
    frames = tuple(f for f in data.frames if f.id not in data.disable)
    index: dict[str, list[TriggerEntry]] = {}
    for frame in frames:
        for trigger in frame.triggers:
            index.setdefault(trigger.lemma, []).append(TriggerEntry(frame, trigger))
    relations = data.relations
    return Lexicon(
        data=data,
        frames=frames,
        triggers={k: tuple(v) for k, v in index.items()},
        exclusions=tuple(_exclusion(e) for e in data.exclusions),
        abbreviations=frozenset(a.lower() for a in data.sentences.abbreviations),
        starters=frozenset(data.sentences.starters),
        numbers={k.lower(): int(v) for k, v in data.numbers.items()},
        roles=phrase_table(data.roles),
        events=phrase_table(data.events),
        led=phrase_table(data.role_leads),
        place_coref=(re.compile("|".join(f"(?:{p})" for p in data.place_coref.phrases), re.IGNORECASE)
                     if data.place_coref.phrases else None),
        symmetric=frozenset(k for k, v in relations.items() if v.symmetric),
        loose_place=frozenset(k for k, v in relations.items() if v.loose_place),
        quiet={k: frozenset(v.quiet) for k, v in relations.items() if v.quiet},
        value_in_slot=frozenset(k for k, v in relations.items() if v.value_in_slot),
        event_window={k: v.event_window for k, v in relations.items() if v.event_window is not None},
        details={k: frozenset({k, *v.details}) for k, v in relations.items()},
        respelling=(re.compile(r"\b(?:" + "|".join(map(re.escape, data.respell)) + r")\b", re.IGNORECASE)
                    if data.respell else None),
    )


def phrase_table(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {norm(phrase): ident for ident, phrases in table.items() for phrase in phrases}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))


def _exclusion(raw: Any) -> Exclusion:
    return Exclusion(
        relation=raw.relation,
        other=raw.other or raw.relation,
        same=tuple(raw.same),
        differ=tuple(raw.differ),
        polarities=frozenset((bool(a), bool(b)) for a, b in raw.polarities),
        objects=tuple(raw.objects),
        negative_objects=tuple(raw.negative_objects),
        directional=raw.directional,
        unplaced=raw.unplaced,
        implies=raw.implies,
    )


# Irregular forms of the verbs and nouns frames use (the lemmatizer knows more; this
# only feeds the prefilter, which must never drop a sentence a trigger could match).
_IRREGULAR = {
    "leave": ("left",), "quit": ("quit",), "break": ("broke", "broken"), "withdraw": ("withdrew", "withdrawn"),
    "fight": ("fought",), "choose": ("chose", "chosen"), "take": ("took", "taken"), "give": ("gave", "given"),
    "go": ("went", "gone", "goes"), "win": ("won",), "lose": ("lost",), "hold": ("held",), "meet": ("met",),
    "make": ("made",), "become": ("became",), "send": ("sent",), "strike": ("struck", "stricken"),
    "stand": ("stood",), "split": ("split",), "put": ("put",), "set": ("set",), "get": ("got", "gotten"),
    "sit": ("sat",), "keep": ("kept",), "tell": ("told",), "say": ("said",), "seek": ("sought",),
    "swear": ("swore", "sworn"), "bring": ("brought",), "come": ("came",), "cut": ("cut",),
    "begin": ("began", "begun"), "lend": ("lent",), "be": ("is", "are", "was", "were", "been", "being", "am"),
    "have": ("has", "had"), "run": ("ran",), "draw": ("drew", "drawn"), "hit": ("hit",),
    "ally": ("allies", "allied"), "party": ("parties",), "tie": ("ties", "tied", "tying"),
    "fly": ("flew", "flown"),
}


def word_forms(lemma: str) -> tuple[str, ...]:
    """Generous inflected forms of a lemma: "join" -> join, joins, joined, joining..."""
    base = lemma.lower()
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
    if base.endswith("e"):
        forms |= {base[:-1] + "ing", base[:-1] + "ed"}
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}   # snap -> snapped
    if base.endswith("ise"):
        forms.update(word_forms(base[:-3] + "ize"))
    forms.update(_IRREGULAR.get(base, ()))
    return tuple(sorted(forms))
