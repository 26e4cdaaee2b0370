"""Compare claims with the baseline and with earlier flags: what is new, changed, contradicted.

For each typed claim, in order:

1. the same fact already flagged -> the same flag key (storage adds a source:
   one fact is one flag, whatever site or article repeats it);
2. against the baseline: the same fact -> ``confirmed``; the same slot
   (subject, relation, object, place) with the other polarity, or a mutually
   exclusive fact (member of NDA vs member of INDIA; going solo vs a seat
   deal) -> ``contradicted``; the same slot with another value -> ``changed``;
3. against earlier flags, the same tests (indexed look-ups by slot key);
4. otherwise ``new``.

A recap (a claim told in the past of a day weeks before its article) that restates known
news adds its source; news never seen before is ``new`` with ``detail.recap``; a recap
never raises ``changed`` or ``contradicted``.

What counts as one slot is the relation's (lexicon ``[relations.NAME]``): a place is
part of it unless ``loose_place``; the value is too when ``value_in_slot`` (a role, an
event type: another value is another fact). An event relation (``event_window``: a
meeting, a rally) has one slot per event: a date that can be the known one confirms it
("mid-December" -> "19 December", ``detail.refines``), a date a few days off moves it
(changed), any other date is another event (new); see ``monitor.events``.

A report that is only likely or reported (``REPORTED`` hedges) is news all the same: it
raises its flag, marked hedged (storage keeps the hedge; channels never send it at once,
and a later source that asserts it upgrades the flag). A denial, a proposal, a condition
or a question is not news of its own: it can add a source to an existing flag or confirm
the baseline (``alert_hedged=False``: hedged claims do neither).

A flag's key is the fact key of the claim, so the same fact always maps to the
same key. A symmetric relation (a seat deal) is claimed once per side, so that
either party's later moves compare with it; both sides are one fact and raise
one flag, under the key of whichever side was flagged first. A denied claim
never flags the denied fact; a denied *negative* ("JD(U) denied it is quitting
the bloc") can at most confirm the positive fact.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Protocol

from monitor import events
from monitor.claims.lexicon import Exclusion, Lexicon, load_lexicon
from monitor.types import FLAG_KIND_ORDER, Claim, FlagDraft, FlagKind, short_hash

#: The hedges of a report that is only likely or reported (the ``hedged`` modality's cues).
REPORTED = frozenset({"likely", "reportedly"})


@dataclass(frozen=True, slots=True)
class KnownFact:
    key: str
    claim: Claim
    kind: FlagKind
    #: When it was flagged, as an increasing number (storage: the flag's id); 0 unknown.
    order: int = 0
    #: When the news behind it was published (its first source), if known.
    published: datetime | None = None


class History(Protocol):
    def flags_in_slot(self, slot_key: str) -> Sequence[KnownFact]: ...

    def flags_in_slots(self, slot_keys: Sequence[str]) -> Mapping[str, Sequence[KnownFact]]:
        """Many slots at once (storage: one query); every key is in the result."""
        ...

    def flag_for_fact(self, fact_key: str) -> KnownFact | None: ...


@dataclass(frozen=True, slots=True)
class _KnownBy:
    """A history seen from a publication time: flags of news published later are not
    compared with (the same fact still finds its flag, to add a source to it)."""

    history: History
    published: datetime

    def flags_in_slot(self, slot_key: str) -> Sequence[KnownFact]:
        return self._known_then(self.history.flags_in_slot(slot_key))

    def flags_in_slots(self, slot_keys: Sequence[str]) -> Mapping[str, Sequence[KnownFact]]:
        return {key: self._known_then(found) for key, found in self.history.flags_in_slots(slot_keys).items()}

    def _known_then(self, found: Sequence[KnownFact]) -> list[KnownFact]:
        return [k for k in found if not _after(k.published, self.published)]

    def flag_for_fact(self, fact_key: str) -> KnownFact | None:
        return self.history.flag_for_fact(fact_key)


def _after(when: datetime | None, moment: datetime) -> bool:
    return when is not None and _utc(when) > _utc(moment)


def _utc(when: datetime) -> datetime:
    # SQLite gives stored times back without their zone: they are UTC
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)


#: Days within which two dates of an attended event are one event told at two precisions.
EVENT_DATE_WINDOW = 7


@dataclass(frozen=True, slots=True)
class SlotTraits:
    """What makes two claims of a relation the same fact, another value of it, or unrelated."""

    loose_place: frozenset[str] = frozenset()
    value_in_slot: frozenset[str] = frozenset()
    event_window: Mapping[str, int] = dataclasses.field(default_factory=dict)

    def same_slot(self, a: Claim, b: Claim) -> bool:
        if a.relation in self.loose_place:
            if a.slot[:3] != b.slot[:3]:
                return False
        elif a.slot != b.slot:
            return False
        if a.event_date and b.event_date and events.match(a.event_date, b.event_date, EVENT_DATE_WINDOW) == "other":
            return False        # "skips the 6 December meeting" and "attends the 19 December one"
        if a.relation in self.value_in_slot:
            return a.value == b.value
        window = self.event_window.get(a.relation or "")
        return window is None or events.match(a.value, b.value, window) != "other"

    def denies_event(self, a: Claim, b: Claim) -> bool:
        """One denies the other's event: "no meeting in December" denies "a meeting on 19
        December"; "no meeting on 17 December" (it was moved) does not deny "a meeting in
        mid-December", which can still be on another day of it."""
        negative, positive = (a, b) if not a.polarity else (b, a)
        return self.same_event(a, b) and events.covers(negative.value, positive.value)

    def same_event(self, a: Claim, b: Claim) -> bool:
        """Both tell of one event at its date (the one made precise counts)."""
        window = self.event_window.get(a.relation or "")
        return window is not None and events.match(a.value, b.value, window) == "same"


@dataclass(frozen=True, slots=True)
class _Verdict:
    kind: FlagKind
    other: Claim | None        # the baseline claim or earlier fact compared with
    key: str | None = None     # an existing flag's key (the fact seen before)
    baseline: bool = False     # ``other`` is a baseline claim
    previous: KnownFact | None = None   # the earlier flag it contradicts
    recap: bool = False        # news known only from a recap of it
    upgrades: bool = False     # states outright what the known flag only reported


class BaselineIndex:
    """The baseline's typed claims, indexed by fact, slot and (subject, relation)."""

    def __init__(self, claims: Sequence[Claim], *, lexicon: Lexicon | None = None,
                 universe: Mapping[str, Sequence[str]] | None = None) -> None:
        lexicon = lexicon or load_lexicon()
        self.exclusions: tuple[Exclusion, ...] = lexicon.exclusions
        self.traits = SlotTraits(lexicon.loose_place, lexicon.value_in_slot, lexicon.event_window)
        self.quiet = lexicon.quiet
        self.symmetric = lexicon.symmetric
        facts = [c for c in (_effective(c) for c in claims) if c is not None]
        self.claims = tuple(facts)
        self._by_fact: dict[str, Claim] = {}
        self._by_topic: dict[tuple[str, str], list[Claim]] = {}
        for claim in facts:
            self._by_fact.setdefault(claim.fact_key, claim)
            self._by_topic.setdefault((claim.subject or "", claim.relation or ""), []).append(claim)
        self.universe = _universe(facts, universe)
        self._parties = frozenset(self.universe.get("party", ()))

    def fact(self, claim: Claim) -> Claim | None:
        return self._by_fact.get(claim.fact_key)

    def mirror(self, claim: Claim) -> Claim | None:
        """The other side of a symmetric fact between two parties, else None."""
        if (claim.relation not in self.symmetric or claim.object is None
                or claim.object == claim.subject or claim.object not in self._parties):
            return None
        return dataclasses.replace(claim, subject=claim.object, object=claim.subject)

    def related(self, claim: Claim) -> list[Claim]:
        """Baseline facts about the same subject in this relation or an exclusive one."""
        relations = {claim.relation or ""} | {e.other for e in self.exclusions
                                              if e.relation == claim.relation}
        return [c for r in sorted(relations)
                for c in self._by_topic.get((claim.subject or "", r), [])]


def _universe(facts: Sequence[Claim], given: Mapping[str, Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    """Ids a history look-up may enumerate; without a config, what the baseline names."""
    if given is not None:
        return {k: tuple(v) for k, v in given.items()}
    ids = sorted({x for c in facts for x in (c.subject, c.object) if x})
    places = sorted({c.place for c in facts if c.place})
    return {"alliance": tuple(ids), "party": tuple(ids), "place": tuple(places)}


def compare(claims: Sequence[Claim], baseline: BaselineIndex, history: History, *,
            alert_hedged: bool = True, published: datetime | None = None) -> list[FlagDraft]:
    """Flag drafts for the typed claims of one article, one per fact. ``published``: the
    article's time; it is judged against what was known then (an older article read late
    is not "changed" from news published after it)."""
    if published is not None:
        history = _KnownBy(history, published)
    drafts: list[FlagDraft] = []
    seen: set[str] = set()
    for claim in claims:
        fact = _effective(claim)
        if fact is None or fact.fact_key in seen:
            continue
        verdict = judge(fact, baseline, history, alert_hedged=alert_hedged,
                        today=published.date() if published is not None else None)
        if verdict is None:
            continue
        seen.add(fact.fact_key)
        drafts.append(_draft(claim, fact, verdict))
    return _one_per_pair(drafts, baseline)


def _one_per_pair(drafts: list[FlagDraft], baseline: BaselineIndex) -> list[FlagDraft]:
    """Both sides of a symmetric fact give one draft: the one that needs most attention."""
    best: dict[str, FlagDraft] = {}
    for draft in drafts:
        group = _pair_key(draft, baseline)
        kept = best.get(group)
        if kept is None or _severity(draft) < _severity(kept):
            best[group] = draft
    chosen = {id(d) for d in best.values()}
    return [d for d in drafts if id(d) in chosen]


def _pair_key(draft: FlagDraft, baseline: BaselineIndex) -> str:
    if draft.fact is None:
        return draft.key
    mirror = baseline.mirror(draft.fact)
    if mirror is None:
        return draft.key
    return min(draft.fact.fact_key, mirror.fact_key)


def _severity(draft: FlagDraft) -> int:
    return FLAG_KIND_ORDER.index(draft.kind)


def judge(fact: Claim, baseline: BaselineIndex, history: History, *,
          alert_hedged: bool = True, today: date | None = None) -> _Verdict | None:
    """The flag kind for one fact, or None when it must not raise a flag (``today``: the
    article's day, which tells an event that has happened from one still planned)."""
    if fact.hedge is not None and not alert_hedged:
        return None
    if fact.value in baseline.quiet.get(fact.relation or "", ()):
        return None  # routine ("the meeting was held"): kept for comparison, never a flag
    known = _known_flag(fact, baseline, history)
    if known is not None:
        reversal = None if fact.recap else _reversal(fact, known, baseline, history)
        return reversal or _Verdict(known.kind, known.claim, known.key,
                                    upgrades=known.claim.hedge in REPORTED and fact.hedge is None)
    same = baseline.fact(fact)
    if same is not None:
        return _Verdict(FlagKind.CONFIRMED, same, baseline=True)
    if fact.hedge is not None and fact.hedge not in REPORTED:
        return None  # a denial, a proposal, a condition, a question: not news of its own
    if fact.recap:
        # "On January 28 the JD(U) left": older news retold. Never a change of what is known
        # now; news to us only if we never saw it, and marked as known from a recap.
        return _Verdict(FlagKind.NEW, None, recap=True)
    related = [KnownFact("", c, FlagKind.CONFIRMED) for c in baseline.related(fact)]
    found = _against(fact, related, baseline, today)
    if found is not None:
        return dataclasses.replace(found, baseline=True)
    earlier = _history_candidates(fact, baseline, history)
    found = _against(fact, earlier, baseline, today)
    if found is None and _idle_denial(fact, related + earlier, baseline.traits, today):
        return None
    return found or _Verdict(FlagKind.NEW, None)


def _idle_denial(fact: Claim, known: Sequence[KnownFact], traits: SlotTraits, today: date | None) -> bool:
    """An event denied that no known event is near ("no meeting on January 13" when the one
    known is in mid-December), or one whose days were over before the article ("had been
    expected to meet in the first week of December, but ...", told by the 10th): a plan that
    fell through, no news of its own (a denial near the known event is: "not on the 19th")."""
    if fact.polarity or fact.relation not in traits.event_window:
        return False
    span = events.span(fact.value)
    if today is not None and span is not None and span[1] <= today:
        return True
    return not any(traits.same_slot(fact, k.claim) for k in known)


def _reversal(fact: Claim, known: KnownFact, baseline: BaselineIndex, history: History) -> _Verdict | None:
    """A fact flagged before, then reversed by a later flag, and now told again ("the
    Greens remain" after "the Greens left"): it contradicts that later flag, as a flag of
    its own (a source added to the old one would alert nobody)."""
    later = [k for k in history.flags_in_slot(fact.slot_key)
             if k.order > known.order > 0 and k.claim.polarity != fact.polarity
             and k.claim.hedge is None       # a rumour of the reverse reversed nothing
             and baseline.traits.same_slot(fact, k.claim)]
    if not later:
        return None
    latest = max(later, key=lambda k: k.order)
    return _Verdict(FlagKind.CONTRADICTED, latest.claim, short_hash(f"{fact.fact_key}|after|{latest.key}"),
                    previous=latest)


def _known_flag(fact: Claim, baseline: BaselineIndex, history: History) -> KnownFact | None:
    known = history.flag_for_fact(fact.fact_key)
    mirror = baseline.mirror(fact) if known is None else None
    return history.flag_for_fact(mirror.fact_key) if mirror is not None else known


def _effective(claim: Claim) -> Claim | None:
    """The fact a claim asserts: none for a denial, except a denied negative; none for a
    proposal, a condition or a question (the baseline's "the Congress proposes to go it
    alone" is no fact a later deal contradicts)."""
    if not claim.typed:
        return None
    if claim.hedge is not None and claim.hedge != "denied" and claim.hedge not in REPORTED:
        return None
    if claim.hedge != "denied":
        return claim
    if claim.polarity:
        return None
    return dataclasses.replace(claim, polarity=True)


def _against(fact: Claim, known: Iterable[KnownFact], baseline: BaselineIndex,
             today: date | None = None) -> _Verdict | None:
    """Contradiction first, then the same event told again, then change, against known facts
    of the same topic (baseline facts have no key)."""
    traits = baseline.traits
    known = list(known)
    for item in known:
        other = item.claim
        if other.polarity != fact.polarity and traits.same_slot(fact, other) \
                and (other.relation not in traits.event_window or traits.denies_event(fact, other)):
            return _Verdict(FlagKind.CONTRADICTED, other, previous=item if item.key else None)
    for item in known:
        if any(rule.excludes(fact, item.claim, baseline.universe) for rule in baseline.exclusions):
            return _Verdict(FlagKind.CONTRADICTED, item.claim, previous=item if item.key else None)
    for item in known:
        if item.claim.polarity == fact.polarity and traits.same_event(fact, item.claim):
            # The known event told again at another precision: the baseline's is confirmed;
            # an earlier flag's keeps its kind under this date's own key (merging the two
            # would make the flag depend on which article was stored first).
            return _Verdict(item.kind, item.claim)
    for item in known:
        other = item.claim
        if (traits.same_slot(fact, other) and other.polarity == fact.polarity
                and fact.value and other.value and fact.value != other.value
                and not _another_event(fact, item, traits, today)):
            # (an earlier flag's value changed: the desk is shown which flag it changes)
            return _Verdict(FlagKind.CHANGED, other, previous=item if item.key else None)
    return None


def _another_event(fact: Claim, known: KnownFact, traits: SlotTraits, today: date | None) -> bool:
    """Is the fact another event than the known one, not that one moved (a move is told as
    such: "advanced to")? So it is when either was over before the other began:
    - "a meeting of the floor leaders was held earlier this week", told before the planned
      mid-December meeting: the reported one already over, before the known one's dates;
    - "the bloc met on June 5" after a meeting whose report came on or after its day, June 1,
      or told on a day after that day (a move is told when it is made, and says so: "postponed"):
      the known one took place."""
    if fact.relation not in traits.event_window:
        return False
    held, planned = events.span(fact.value), events.span(known.claim.value)
    if held is None or planned is None:
        return False
    if today is not None and held[1] <= today and held[1] < planned[0]:
        return True
    # (the known one's day was over before the article: a later date is another; not a span's,
    # "mid-December", which a report may well stretch by a day or two)
    if today is not None and planned[0] == planned[1] < today and planned[1] < held[0]:
        return True
    told = _utc(known.published).date() if known.published is not None else None
    return told is not None and planned[1] <= told and planned[1] < held[0]


def _history_candidates(fact: Claim, baseline: BaselineIndex, history: History) -> list[KnownFact]:
    """Earlier flags whose facts could conflict with ``fact``, by slot-key look-ups only."""
    own = (fact.slot, fact.value, fact.polarity)
    probes = {p.slot_key: p for p in _probes(fact, baseline)}
    # A flagged seat deal is stored from one side: look it up from the other too, so "SP
    # goes alone in UP" meets "Congress and SP seal a deal in UP".
    mirrors = {m.slot_key: m for m in (baseline.mirror(p) for p in probes.values())
               if m is not None and m.slot_key not in probes}
    found = history.flags_in_slots(sorted({*probes, *mirrors}))
    out: list[KnownFact] = []
    for slot in sorted(probes):
        out.extend(found[slot])
    for slot in sorted(mirrors):
        for known in found[slot]:
            other = baseline.mirror(known.claim)
            if other is not None:
                out.append(dataclasses.replace(known, claim=other))
    # (not the fact itself; compared by fields, not by hashing a key per earlier flag)
    return [k for k in out if (k.claim.slot, k.claim.value, k.claim.polarity) != own]


def _probes(fact: Claim, baseline: BaselineIndex) -> list[Claim]:
    """The slots an earlier fact must be in to change or contradict ``fact``."""
    probes = [fact]
    if fact.relation in baseline.traits.loose_place:
        probes += [dataclasses.replace(fact, place=place or None)
                   for place in ("", *baseline.universe.get("place", ()))]
    for rule in baseline.exclusions:
        if fact.relation != rule.relation and (fact.relation != rule.other or rule.directional):
            continue
        relation = rule.other if fact.relation == rule.relation else rule.relation
        for obj in ([fact.object] if "object" in rule.same else
                    [o for kind in rule.objects for o in baseline.universe.get(kind, ())]):
            if "place" in rule.same or relation == fact.relation:
                places: Sequence[str | None] = [fact.place]
            else:
                places = [None, *baseline.universe.get("place", ())]
            probes += [dataclasses.replace(fact, relation=relation, object=obj, place=place)
                       for place in places]
    return probes


def _draft(claim: Claim, fact: Claim, verdict: _Verdict) -> FlagDraft:
    if claim.hedge == "denied" and verdict.other is not None:
        # A denied exit confirms membership: say what is confirmed, not what was denied.
        fact = dataclasses.replace(fact, text=verdict.other.text, hedge=None)
    entities = tuple(dict.fromkeys(x for x in (fact.subject, fact.object, *fact.entities) if x))
    detail: dict[str, object] = {"object": fact.object, "value": fact.value, "place": fact.place,
                                 "polarity": fact.polarity, "hedge": claim.hedge}
    if fact.hedge in REPORTED:
        detail["hedged"] = True     # reported, not confirmed
    if verdict.recap:
        detail["recap"] = True      # known only from a later article's recap of it
    if verdict.upgrades:
        detail["upgrades"] = True   # storage clears the known flag's hedge (upgrade_hedged)
    # How sure the claim is (modality x how directly its words attach), and why; storage
    # raises it with each independent source (``storage.flags``).
    detail["confidence"] = fact.confidence
    detail["why"] = {"modality": fact.modality, "speaker": fact.speaker}
    if verdict.other is not None and verdict.kind in (FlagKind.CHANGED, FlagKind.CONTRADICTED):
        detail["compared_with"] = verdict.other.text or verdict.other.sentence
    if verdict.previous is not None:
        # the earlier flag this one reverses or changes (storage gives its id in the view)
        detail["previous"] = {"key": verdict.previous.key, "claim": verdict.previous.claim.text,
                              "evidence": verdict.previous.claim.sentence}
    if verdict.other is not None and verdict.kind not in (FlagKind.CHANGED, FlagKind.CONTRADICTED) \
            and events.more_precise(fact.value, verdict.other.value):
        detail["refines"] = verdict.other.value     # "mid-December" now "19 December"
    return FlagDraft(
        kind=verdict.kind,
        key=verdict.key or fact.fact_key,
        claim=fact.text or claim.text,
        evidence=claim.sentence,
        subject=fact.subject,
        relation=fact.relation,
        entities=entities,
        baseline=verdict.other.sentence if verdict.baseline and verdict.other else None,
        detail=detail,
        fact=fact,
    )
