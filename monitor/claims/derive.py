"""Facts that a sentence states by implication.

A party the story has on record in one alliance that joins a rival one leaves the first
(``implied_ends``; the rules are the lexicon's exclusions marked ``implies``).

One article's vaguer report of an event it also dates precisely is that event, not another
(``one_report_per_event``: "will meet in the capital later this month ... will meet in New
Delhi on December 19").

Seat allocations among several parties in one place are a seat-sharing deal among
them: "the RJD will contest 26, the Congress nine and the CPI(ML) three" says the
three have a deal in Bihar. Two parties make a deal with each other; three or more
(or members of a named regional alliance) each a deal within that alliance.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from monitor import events
from monitor.claims.lexicon import Exclusion
from monitor.claims.values import PROPOSED_VALUE
from monitor.types import Claim

_STATED = frozenset({"asserted", "hedged"})
#: A hedged seat list implies a deal only where its sentence tells of one agreed ("have
#: reportedly settled how to share the seats"), not of plans or claims ("it is being claimed
#: that the JD(U) and the RJD intend to fight 16 seats each").
_AGREED = re.compile(r"\b(?:settl|finalis|finaliz|seal|agre|reach|clinch|struck|strike|deal|pact|formula|arrangement)",
                     re.IGNORECASE)


def seat_deals(claims: Sequence[Claim], alliance: str | None, main: str | None,
               kinds: Mapping[str, str], homes: Mapping[str, str] | None = None) -> list[Claim]:
    """Deal claims implied by a sentence's seat allocations (``alliance``: the regional
    alliance the text is about, if any; ``main``: the story's own; ``homes``: where regional
    alliances are, so the MVA named earlier does not take Bihar's seats)."""
    groups: dict[tuple[str | None, str], list[Claim]] = {}
    for claim in claims:
        if claim.relation == "seats" and claim.polarity and claim.modality in _STATED \
                and kinds.get(claim.subject or "") == "party" \
                and (claim.modality == "asserted" or _AGREED.search(claim.sentence)):
            groups.setdefault((claim.place, claim.modality), []).append(claim)
    # "the DMK allotted two seats each to the CPI and the CPI(M)": each has its deal with the
    # giver, stated; the two receivers have none with each other
    dealt = {side for c in claims if c.relation == "deal" and c.polarity for side in (c.subject, c.object)}
    out: list[Claim] = []
    home = (homes or {}).get(alliance or "")
    for (place, _modality), group in groups.items():
        parties = list(dict.fromkeys(c.subject for c in group if c.subject))
        regional = alliance if home is None or place is None or home == place else None
        if len(parties) < 2 or all(p in dealt for p in parties) or any(_every_seat(c) for c in group):
            continue
        first = group[0]
        base = dataclasses.replace(first, relation="deal", value=None, object=None, text="",
                                   confidence=round(first.confidence * 0.9, 2))
        giver = _giver(claims, parties)
        if giver is not None:
            # "the DMK has allotted 10 seats to the Congress, 2 to the CPI, 1 to the IUML": each
            # receiver's deal is with the one who gives (the parser tied only the first to it)
            out += [dataclasses.replace(base, subject=party, object=giver) for party in parties
                    if not _has_deal(claims, party, giver)]
            continue
        if len(parties) == 2 and (regional is None or regional == main):
            out.append(dataclasses.replace(base, subject=parties[0], object=parties[1]))
            continue
        within = regional or main
        if within is None:
            continue
        out += [dataclasses.replace(base, subject=party, object=within) for party in parties]
    return out


def _giver(claims: Sequence[Claim], receivers: Sequence[str]) -> str | None:
    """The one party the sentence has giving seats to some of the receivers: in a deal with
    one of them, with no seats of its own in the list."""
    givers = {side for c in claims if c.relation == "deal" and c.polarity
              for side, other in ((c.subject, c.object), (c.object, c.subject))
              if other in receivers and side not in receivers and side is not None}
    return next(iter(givers)) if len(givers) == 1 else None


def _has_deal(claims: Sequence[Claim], one: str, other: str) -> bool:
    return any(c.relation == "deal" and c.polarity and {c.subject, c.object} == {one, other} for c in claims)


def _every_seat(claim: Claim) -> bool:
    """"the TMC has announced candidates for all 42 seats and the BJP for 20": a party that
    contests every seat shares none, so the list is of rivals, not of a deal."""
    value = re.escape(claim.value or "")
    return bool(value) and re.search(rf"\b(?:all|every one of)\s+(?:of\s+)?(?:the\s+)?{value}\b",
                                     claim.sentence, re.IGNORECASE) is not None


class Record(Protocol):
    """What the story has on record (the baseline's facts): what a claim may end."""

    @property
    def exclusions(self) -> tuple[Exclusion, ...]: ...

    @property
    def universe(self) -> Mapping[str, Sequence[str]]: ...

    def related(self, claim: Claim) -> list[Claim]: ...


def implied_ends(claims: Sequence[Claim], record: Record, fronts: frozenset[str] = frozenset()) -> list[Claim]:
    """The end of a fact on record that a claim excludes under a rule marked ``implies``:
    "the JD(U) joined the NDA", with the JD(U) in the INDIA bloc on record, also says it left
    the bloc. The claim's sentence, modality and speaker go with it ("is likely to return to
    the NDA": likely to leave the bloc). ``fronts``: alliances of one state (the config gives
    them a place), which a party belongs to beside a national one: being in the MVA does not
    end being in the INDIA bloc, and which state front a national move ends is not said."""
    rules = [r for r in record.exclusions if r.implies]
    if not rules:
        return []
    out: list[Claim] = []
    for claim in claims:
        if not claim.typed or claim.object in fronts:
            continue
        for known in record.related(claim):
            if known.object not in fronts and any(rule.excludes(claim, known, record.universe) for rule in rules):
                out.append(dataclasses.replace(
                    claim, relation=known.relation, object=known.object, value=known.value, place=known.place,
                    polarity=not known.polarity, text="", confidence=round(claim.confidence * 0.9, 2)))
    stated = {c.fact_key for c in claims}
    return list({c.fact_key: c for c in out if c.fact_key not in stated}.values())


def answered_proposals(claims: Sequence[Claim], paragraphs: int = 1) -> list[Claim]:
    """A refusal of "the suggestion" ("Kharge has turned down the suggestion") is of what the
    text last proposed for its subject (its value and object), by the same relation, in its
    paragraph or the one before: one claim per value proposed; nothing proposed, no claim."""
    out: list[Claim] = []
    for index, claim in enumerate(claims):
        if claim.value != PROPOSED_VALUE:
            out.append(claim)
            continue
        proposed = [c for c in claims[:index] if c.relation == claim.relation and c.subject == claim.subject
                    and c.modality == "proposed" and c.polarity and c.value and c.value != PROPOSED_VALUE
                    and 0 <= claim.paragraph - c.paragraph <= paragraphs]
        # (the last proposal told: "... suggested him as the PM face. ... proposed him as convenor.
        # He rejected the proposal" is the convenor's post)
        proposed = [c for c in proposed if c.sentence == proposed[-1].sentence] if proposed else []
        for value, obj in dict.fromkeys((c.value, c.object) for c in proposed):
            out.append(dataclasses.replace(claim, value=value, object=claim.object or obj))
    return out


#: Words that tell of an event as one more of its kind.
_ANOTHER = re.compile(r"\b(?:again|another)\b", re.IGNORECASE)


def one_report_per_event(claims: Sequence[Claim], dated: frozenset[str],
                         may_contain: Callable[[str, str], bool]) -> list[Claim]:
    """Drop a report of an event (a ``dated`` relation) that another claim of the article tells
    more precisely, of the same subject and in a place that fits: the same, none, or one that
    can hold the precise one's ("in the capital later this month", then "in New Delhi on
    December 19"). Two dates no span holds both of are two events, and both stay, and so does
    one told as another ("met on January 3 and will meet again later this month")."""
    def vaguer(claim: Claim, other: Claim) -> bool:
        return (other is not claim and not _ANOTHER.search(claim.sentence)
                and other.relation == claim.relation and other.subject == claim.subject and other.polarity
                and other.value != claim.value and events.covers(claim.value, other.value)
                and (claim.place in (None, other.place)
                     or (other.place is not None and may_contain(claim.place, other.place))))
    return [c for c in claims if not (c.relation in dated and c.polarity and c.value
                                      and any(vaguer(c, o) for o in claims))]
