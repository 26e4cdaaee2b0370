"""Typed values that travel between the pipeline's stages.

They are plain frozen dataclasses so each stage can be tested alone: discovery
yields ``Link``, fetching yields ``Fetched``, claim extraction yields
``Claim`` and comparison yields ``FlagDraft``. Storage turns them into rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


class FlagKind(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    CONTRADICTED = "contradicted"
    CONFIRMED = "confirmed"
    REVISED = "revised"


#: Order in which digests list kinds: what needs attention first.
FLAG_KIND_ORDER: tuple[FlagKind, ...] = (
    FlagKind.CONTRADICTED,
    FlagKind.CHANGED,
    FlagKind.NEW,
    FlagKind.REVISED,
    FlagKind.CONFIRMED,
)


@dataclass(frozen=True, slots=True)
class Link:
    """An article link found by discovery, before it is fetched."""

    url: str
    source: str
    title: str | None = None
    published: datetime | None = None


class Validators(NamedTuple):
    """What a response said for the next conditional GET of ``url``.

    The fetcher never stores them: whoever used the body stores them in the same
    transaction as what it made of it, so a body that was fetched but not kept
    (a crash, a failed store, an abandoned run) is fetched in full next time
    instead of hiding behind a 304.
    """

    url: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class Claim:
    """One normalized statement taken from one sentence.

    ``relation`` is None for a sentence that mentions watched entities but
    carries no typed relation: such claims are stored, never flagged.

    ``modality`` says how the sentence states the fact (asserted, hedged, denied,
    proposed, conditional, question); ``hedge`` is the cue kind shown to readers
    ("likely", "reportedly", "denied", ...), None exactly when it is asserted.
    ``speaker`` is who the sentence attributes it to; ``confidence`` (0-1) comes from
    the modality and how directly the arguments attach to the trigger.
    """

    sentence: str
    subject: str | None = None
    relation: str | None = None
    object: str | None = None
    value: str | None = None
    place: str | None = None
    polarity: bool = True
    hedge: str | None = None
    entities: tuple[str, ...] = ()
    text: str = ""
    paragraph: int = 0
    modality: str = "asserted"
    speaker: str | None = None
    confidence: float = 1.0
    #: Told in the past of a day weeks before the article: a recap, not the news of the day
    #: (compared, never "changed" or "contradicted"; kept only for this comparison).
    recap: bool = False
    #: For an attendance ("attends"): the date of the event it tells of, when the text gives
    #: one (a date value of ``monitor.events``). Attending one meeting and skipping another
    #: are two facts, not a reversal; not part of the keys (see ``SlotTraits.same_slot``).
    event_date: str | None = None

    @property
    def slot(self) -> tuple[str, str, str, str]:
        """What the claim is about; two claims in one slot can differ in value."""
        return (self.subject or "", self.relation or "", self.object or "", self.place or "")

    @property
    def slot_key(self) -> str:
        return short_hash("|".join(self.slot))

    @property
    def fact_key(self) -> str:
        """Identity of the fact itself: same slot, same value, same polarity."""
        parts = (*self.slot, self.value or "", "+" if self.polarity else "-")
        return short_hash("|".join(parts))

    @property
    def claim_key(self) -> str:
        """Identity of this claim inside one text (the fact plus its sentence)."""
        return short_hash(self.fact_key + "|" + self.sentence)

    @property
    def typed(self) -> bool:
        return self.relation is not None and self.subject is not None


@dataclass(frozen=True, slots=True)
class FlagDraft:
    """A flag decided by comparison, before storage gives it an id.

    ``key`` identifies the flag across articles: the same fact seen again adds
    a source to the existing flag instead of a new flag.
    """

    kind: FlagKind
    key: str
    claim: str
    evidence: str
    subject: str | None = None
    relation: str | None = None
    entities: tuple[str, ...] = ()
    baseline: str | None = None
    detail: dict[str, object] = field(default_factory=dict)
    #: The claim that raised the flag (None for ``revised``): storage keeps its
    #: slot and fact so later claims compare with the flag by index.
    fact: Claim | None = None


def short_hash(text: str) -> str:
    """A 20-hex key of a text (slots, facts, flags)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def text_hash(text: str) -> str:
    """Stable hash of an article text, used to tell revisions apart."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
