"""Comparison outcomes: confirmed, changed, contradicted, new; one fact = one flag key."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from monitor.compare import BaselineIndex, KnownFact, compare
from monitor.types import Claim, FlagDraft, FlagKind


def C(subject: str, relation: str, obj: str | None = None, value: str | None = None,
      place: str | None = None, polarity: bool = True, hedge: str | None = None,
      sentence: str = "s") -> Claim:
    return Claim(sentence=sentence, subject=subject, relation=relation, object=obj, value=value,
                 place=place, polarity=polarity, hedge=hedge, entities=(subject,), text=f"{subject} {relation}")


def at(claim: Claim, event_date: str) -> Claim:
    """The claim as told of the event on that date."""
    return dataclasses.replace(claim, event_date=event_date)


class History:
    """In-memory History, the way storage indexes flags."""

    def __init__(self, facts: Sequence[tuple[Claim, FlagKind]] = ()) -> None:
        self.facts = [KnownFact(key=c.fact_key, claim=c, kind=k, order=i + 1) for i, (c, k) in enumerate(facts)]
        self.slot_lookups: list[str] = []

    def flags_in_slot(self, slot_key: str) -> list[KnownFact]:
        self.slot_lookups.append(slot_key)
        return [f for f in self.facts if f.claim.slot_key == slot_key]

    def flags_in_slots(self, slot_keys: Sequence[str]) -> dict[str, list[KnownFact]]:
        return {key: self.flags_in_slot(key) for key in slot_keys}

    def flag_for_fact(self, fact_key: str) -> KnownFact | None:
        return next((f for f in self.facts if f.claim.fact_key == fact_key), None)


BASELINE = [
    C("jdu", "member", "india", sentence="The alliance includes JDU."),
    C("tmc", "member", "india"),
    C("india", "meeting", value="2023-12-mid", sentence="meeting in mid-December"),
    C("india", "meeting_status", value="scheduled"),
    C("inc", "seats", value="20", place="uttar-pradesh"),
    C("sp", "deal", "inc", place="uttar-pradesh"),
    C("nitish-kumar", "role", value="chief_minister", place="bihar"),
]
UNIVERSE = {"alliance": ("india", "nda"), "party": ("inc", "sp", "tmc", "jdu", "aap"),
            "place": ("new-delhi", "uttar-pradesh", "west-bengal")}


@pytest.fixture
def baseline() -> BaselineIndex:
    return BaselineIndex(BASELINE, universe=UNIVERSE)


CASES = [
    ("confirmed", C("jdu", "member", "india"), FlagKind.CONFIRMED, "The alliance includes JDU."),
    ("contradicted-polarity", C("jdu", "member", "india", polarity=False), FlagKind.CONTRADICTED,
     "The alliance includes JDU."),
    ("contradicted-exclusive-alliance", C("jdu", "member", "nda"), FlagKind.CONTRADICTED,
     "The alliance includes JDU."),
    ("left-other-alliance-is-new", C("jdu", "member", "nda", polarity=False), FlagKind.NEW, None),
    ("contradicted-solo-vs-deal", C("sp", "deal", "india", place="uttar-pradesh", polarity=False),
     FlagKind.CONTRADICTED, "s"),
    ("solo-elsewhere-is-new", C("sp", "deal", "india", place="west-bengal", polarity=False), FlagKind.NEW, None),
    ("changed-seats", C("inc", "seats", value="17", place="uttar-pradesh"), FlagKind.CHANGED, "s"),
    # Events: one slot per event, by its date (baseline: a meeting in mid-December).
    ("event-made-precise-confirms", C("india", "meeting", value="2023-12-19", place="new-delhi"),
     FlagKind.CONFIRMED, "meeting in mid-December"),
    ("event-same-month-confirms", C("india", "meeting", value="2023-12"), FlagKind.CONFIRMED,
     "meeting in mid-December"),
    ("event-moved-a-few-days-is-changed", C("india", "meeting", value="2023-12-22"), FlagKind.CHANGED,
     "meeting in mid-December"),
    ("event-a-month-later-is-another", C("india", "meeting", value="2024-01-13"), FlagKind.NEW, None),
    # "not on 19 December" leaves the other days of mid-December: it was moved, not denied
    ("event-none-one-day-of-the-span-is-no-contradiction", C("india", "meeting", value="2023-12-19", polarity=False),
     FlagKind.NEW, None),
    ("event-none-in-the-whole-month-contradicts", C("india", "meeting", value="2023-12", polarity=False),
     FlagKind.CONTRADICTED, "meeting in mid-December"),
    ("event-none-in-that-span-contradicts", C("india", "meeting", value="2023-12-mid", polarity=False),
     FlagKind.CONTRADICTED, "meeting in mid-December"),
    ("event-rally-is-not-the-meeting", C("india", "rally", value="2023-12-19"), FlagKind.NEW, None),
    # Roles: each role is its own fact.
    ("role-another-role-is-another-fact", C("nitish-kumar", "role", value="convenor", polarity=False),
     FlagKind.NEW, None),
    ("role-same-role-other-polarity", C("nitish-kumar", "role", value="chief_minister", place="bihar",
                                        polarity=False), FlagKind.CONTRADICTED, "s"),
    ("changed-status", C("india", "meeting_status", value="postponed"), FlagKind.CHANGED, "s"),
    ("new-fact", C("aap", "member", "india"), FlagKind.NEW, None),
    ("new-seats-other-state", C("inc", "seats", value="17", place="delhi"), FlagKind.NEW, None),
    ("denied-exit-confirms", C("jdu", "member", "india", polarity=False, hedge="denied"), FlagKind.CONFIRMED,
     "The alliance includes JDU."),
]


@pytest.mark.parametrize("claim,kind,baseline_sentence", [(c, k, b) for _, c, k, b in CASES],
                         ids=[c[0] for c in CASES])
def test_against_baseline(baseline: BaselineIndex, claim: Claim, kind: FlagKind,
                          baseline_sentence: str | None) -> None:
    (draft,) = compare([claim], baseline, History())
    assert draft.kind == kind
    assert draft.baseline == baseline_sentence
    assert draft.subject == claim.subject and draft.relation == claim.relation
    assert draft.evidence == claim.sentence


IDLE_DENIALS = [
    # no known event near it: "no meeting on January 13" when the one known is in mid-December
    ("another-day-no-one-told-of", C("india", "meeting", value="2024-01-13", polarity=False),
     datetime(2023, 12, 1, tzinfo=UTC)),
    # over by the article's day: "had been expected to meet in the first week of December, but ..."
    ("a-plan-that-fell-through-told-after", C("india", "meeting", value="2023-12-early", polarity=False),
     datetime(2023, 12, 10, tzinfo=UTC)),
]


@pytest.mark.parametrize("claim,published", [c[1:] for c in IDLE_DENIALS], ids=[c[0] for c in IDLE_DENIALS])
def test_an_idle_denial_of_an_event_is_no_flag(baseline: BaselineIndex, claim: Claim, published: datetime) -> None:
    assert compare([claim], baseline, History(), published=published) == []


def test_denied_fact_never_flagged(baseline: BaselineIndex) -> None:
    denied = C("jdu", "member", "nda", hedge="denied")
    assert compare([denied], baseline, History()) == []
    denied_new = C("aap", "member", "india", polarity=False, hedge="denied")
    assert compare([denied_new], baseline, History()) == []


def test_untyped_claims_never_flagged(baseline: BaselineIndex) -> None:
    assert compare([Claim(sentence="Mamata spoke.", entities=("mamata-banerjee",))], baseline, History()) == []


HISTORY_CASES = [
    ("same-fact-is-source", C("aap", "member", "india"), [(C("aap", "member", "india"), FlagKind.NEW)],
     FlagKind.NEW, True),
    ("history-polarity", C("aap", "member", "india", polarity=False), [(C("aap", "member", "india"), FlagKind.NEW)],
     FlagKind.CONTRADICTED, False),
    ("history-exclusive", C("aap", "member", "nda"), [(C("aap", "member", "india"), FlagKind.NEW)],
     FlagKind.CONTRADICTED, False),
    ("history-changed-value", C("aap", "seats", value="4", place="delhi"),
     [(C("aap", "seats", value="3", place="delhi"), FlagKind.NEW)], FlagKind.CHANGED, False),
    ("history-solo-vs-deal", C("aap", "deal", "india", place="delhi", polarity=False),
     [(C("aap", "deal", "inc", place="delhi"), FlagKind.NEW)], FlagKind.CONTRADICTED, False),
    ("history-event-moved-any-place", C("nda", "meeting", value="2023-12-22"),
     [(C("nda", "meeting", value="2023-12-19", place="new-delhi"), FlagKind.NEW)], FlagKind.CHANGED, False),
    ("history-another-event-is-new", C("nda", "meeting", value="2024-01-13"),
     [(C("nda", "meeting", value="2023-12-19", place="new-delhi"), FlagKind.NEW)], FlagKind.NEW, False),
    # (its own key: one flag per date as written, whichever article came first)
    ("history-event-told-again-keeps-its-kind", C("nda", "meeting", value="2023-12-19"),
     [(C("nda", "meeting", value="2023-12", place="new-delhi"), FlagKind.CHANGED)], FlagKind.CHANGED, False),
    ("history-attends-another-event-is-new", C("aap", "attends", "india", value="rally"),
     [(C("aap", "attends", "india", value="meeting"), FlagKind.NEW)], FlagKind.NEW, False),
    # Attending one meeting and skipping another are two facts (the event's date tells them apart).
    ("history-skips-another-meeting-is-new", at(C("tmc", "attends", "india", value="meeting", polarity=False), "2023-12-06"),
     [(at(C("tmc", "attends", "india", value="meeting"), "2023-12-19"), FlagKind.NEW)], FlagKind.NEW, False),
    ("history-skips-the-same-meeting-contradicts",
     at(C("tmc", "attends", "india", value="meeting", polarity=False), "2023-12-19"),
     [(at(C("tmc", "attends", "india", value="meeting"), "2023-12-mid"), FlagKind.NEW)], FlagKind.CONTRADICTED, False),
    ("history-undated-attendance-compares-as-before", C("tmc", "attends", "india", value="meeting", polarity=False),
     [(at(C("tmc", "attends", "india", value="meeting"), "2023-12-19"), FlagKind.NEW)], FlagKind.CONTRADICTED, False),
    # A seat deal is flagged from one side; the other side is the same fact.
    ("history-deal-other-side-is-source", C("inc", "deal", "aap", place="delhi"),
     [(C("aap", "deal", "inc", place="delhi"), FlagKind.NEW)], FlagKind.NEW, True),
    ("history-solo-vs-deal-other-side", C("inc", "deal", "india", place="delhi", polarity=False),
     [(C("aap", "deal", "inc", place="delhi"), FlagKind.NEW)], FlagKind.CONTRADICTED, False),
    ("history-deal-elsewhere-is-new", C("inc", "deal", "aap", place="punjab"),
     [(C("aap", "deal", "inc", place="delhi"), FlagKind.NEW)], FlagKind.NEW, False),
    # Going alone is no deal with the alliance; ending a deal with one party is not going alone.
    ("history-deal-ended-with-one-party-is-no-solo", C("sp", "deal", "aap", place="delhi"),
     [(C("sp", "deal", "tmc", place="delhi", polarity=False), FlagKind.NEW)], FlagKind.NEW, False),
    ("history-new-partner-after-a-break-is-new", C("sp", "deal", "tmc", place="delhi", polarity=False),
     [(C("sp", "deal", "aap", place="delhi"), FlagKind.NEW)], FlagKind.NEW, False),
]


@pytest.mark.parametrize("claim,known,kind,same_key", [(c, h, k, s) for _, c, h, k, s in HISTORY_CASES],
                         ids=[c[0] for c in HISTORY_CASES])
def test_against_history(baseline: BaselineIndex, claim: Claim, known: list, kind: FlagKind,
                         same_key: bool) -> None:
    history = History(known)
    (draft,) = compare([claim], baseline, history)
    assert draft.kind == kind
    assert (draft.key == known[0][0].fact_key) is same_key
    assert draft.baseline is None


def test_one_fact_one_key_across_articles(baseline: BaselineIndex) -> None:
    first = C("aap", "member", "india", sentence="AAP joined the INDIA bloc.")
    other_site = C("aap", "member", "india", sentence="The AAP is now part of the INDIA bloc.")
    (a,) = compare([first], baseline, History())
    (b,) = compare([other_site], baseline, History())
    assert a.key == b.key and a.evidence != b.evidence


def test_one_draft_per_fact_in_an_article(baseline: BaselineIndex) -> None:
    drafts = compare([C("aap", "member", "india", sentence="a"), C("aap", "member", "india", sentence="b")],
                     baseline, History())
    assert len(drafts) == 1 and drafts[0].evidence == "a"


def test_both_sides_of_a_deal_are_one_draft(baseline: BaselineIndex) -> None:
    sides = [C("aap", "deal", "inc", place="delhi", sentence="AAP and Congress seal a pact in Delhi."),
             C("inc", "deal", "aap", place="delhi", sentence="AAP and Congress seal a pact in Delhi.")]
    (draft,) = compare(sides, baseline, History())
    assert draft.kind == FlagKind.NEW and draft.subject == "aap"
    assert set(draft.entities) >= {"aap", "inc"}


def test_both_sides_keep_the_side_that_needs_attention() -> None:
    # The baseline has SP going alone in UP: the deal contradicts it from SP's side
    # only; Congress's side alone would be new. One flag, the contradiction.
    index = BaselineIndex([C("sp", "deal", "india", place="uttar-pradesh", polarity=False)],
                          universe=UNIVERSE)
    sides = [C("inc", "deal", "sp", place="uttar-pradesh"),
             C("sp", "deal", "inc", place="uttar-pradesh")]
    (draft,) = compare(sides, index, History())
    assert draft.kind == FlagKind.CONTRADICTED and draft.subject == "sp"


def test_one_sided_relations_are_not_merged(baseline: BaselineIndex) -> None:
    drafts = compare([C("aap", "member", "india"), C("india", "member", "aap")], baseline, History())
    assert len(drafts) == 2


HEDGE_CASES = [
    # A first report that is only likely is a flag all the same, marked hedged.
    ("rumour-is-a-hedged-flag", C("jdu", "member", "nda", hedge="likely"), True, FlagKind.CONTRADICTED),
    ("reported-exit-is-a-hedged-flag", C("jdu", "member", "india", polarity=False, hedge="reportedly"), True,
     FlagKind.CONTRADICTED),
    ("proposal-is-no-news", C("aap", "member", "india", hedge="proposed"), True, None),
    ("condition-is-no-news", C("aap", "member", "india", hedge="conditional"), True, None),
    ("rumour-confirms-baseline", C("tmc", "member", "india", hedge="reportedly"), True, FlagKind.CONFIRMED),
    ("no-hedged-alerts-at-all", C("tmc", "member", "india", hedge="reportedly"), False, None),
]


@pytest.mark.parametrize("claim,alert,kind", [c[1:] for c in HEDGE_CASES], ids=[c[0] for c in HEDGE_CASES])
def test_hedged_claims(baseline: BaselineIndex, claim: Claim, alert: bool, kind: FlagKind | None) -> None:
    drafts = compare([claim], baseline, History(), alert_hedged=alert)
    assert [d.kind for d in drafts] == ([kind] if kind else [])


def test_hedged_claim_adds_source_to_existing_flag(baseline: BaselineIndex) -> None:
    known = C("aap", "member", "nda")
    (draft,) = compare([C("aap", "member", "nda", hedge="likely")], baseline, History([(known, FlagKind.NEW)]))
    assert draft.key == known.fact_key


def test_routine_status_is_quiet_but_compared(baseline: BaselineIndex) -> None:
    assert compare([C("india", "meeting_status", value="held")], baseline, History()) == []
    assert compare([C("india", "meeting_status", value="scheduled")], baseline, History()) == []


def test_going_alone_vs_membership_is_one_way(baseline: BaselineIndex) -> None:
    solo = C("tmc", "deal", "india", polarity=False)      # alone everywhere: out of the bloc
    assert compare([solo], baseline, History())[0].kind == FlagKind.CONTRADICTED
    in_one_state = C("tmc", "deal", "india", place="west-bengal", polarity=False)
    assert compare([in_one_state], baseline, History())[0].kind == FlagKind.NEW
    member = C("aap", "member", "india")
    history = History([(C("aap", "deal", "india", place="punjab", polarity=False), FlagKind.NEW)])
    assert compare([member], baseline, history)[0].kind == FlagKind.NEW


def test_history_uses_indexed_lookups_only(baseline: BaselineIndex) -> None:
    history = History()
    compare([C("aap", "member", "nda")], baseline, history)
    wanted = {C("aap", "member", o).slot_key for o in ("india", "nda")}
    assert wanted <= set(history.slot_lookups)


def test_draft_carries_fact_and_entities(baseline: BaselineIndex) -> None:
    claim = Claim(sentence="JD(U) joined the NDA.", subject="jdu", relation="member", object="nda",
                  entities=("jdu", "nda", "nitish-kumar"), text="JD(U) is a member of the NDA")
    (draft,) = compare([claim], baseline, History())
    assert isinstance(draft, FlagDraft)
    assert draft.fact == claim and draft.claim == "JD(U) is a member of the NDA"
    assert draft.entities == ("jdu", "nda", "nitish-kumar")
    assert draft.key == claim.fact_key


def test_default_baseline_index_without_universe() -> None:
    index = BaselineIndex(BASELINE)
    (draft,) = compare([C("tmc", "member", "nda")], index, History())
    assert draft.kind == FlagKind.CONTRADICTED


def test_event_made_precise_says_so(baseline: BaselineIndex) -> None:
    (draft,) = compare([C("india", "meeting", value="2023-12-19")], baseline, History())
    assert draft.kind == FlagKind.CONFIRMED
    assert draft.detail["refines"] == "2023-12-mid"
    (moved,) = compare([C("india", "meeting", value="2023-12-22")], baseline, History())
    assert "refines" not in moved.detail


def test_reversal_of_a_reversal_is_a_flag_of_its_own(baseline: BaselineIndex) -> None:
    """"The Greens remain" after "the Greens left" was flagged: not a source added to the
    old confirmation, but a contradiction of the later flag, naming it."""
    remain, left = C("tmc", "member", "india"), C("tmc", "member", "india", polarity=False)
    history = History([(remain, FlagKind.CONFIRMED), (left, FlagKind.CONTRADICTED)])
    (draft,) = compare([C("tmc", "member", "india", sentence="The TMC remains in the bloc.")], baseline, history)
    assert draft.kind == FlagKind.CONTRADICTED
    assert draft.key not in (remain.fact_key, left.fact_key)
    assert draft.detail["previous"]["key"] == left.fact_key
    # told once more, it is a source of that same reversal flag
    history.facts.append(KnownFact(key=draft.key, claim=draft.fact, kind=draft.kind, order=3))
    (again,) = compare([C("tmc", "member", "india", sentence="The TMC stays.")], baseline, history)
    assert again.key == draft.key


def test_contradicting_an_earlier_flag_names_it(baseline: BaselineIndex) -> None:
    joined = C("aap", "member", "india")
    (draft,) = compare([C("aap", "member", "india", polarity=False)], baseline, History([(joined, FlagKind.NEW)]))
    assert draft.kind == FlagKind.CONTRADICTED and draft.detail["previous"]["key"] == joined.fact_key


def test_changing_an_earlier_flag_names_it(baseline: BaselineIndex) -> None:
    """"The AAP contests 4 seats in Delhi" after "3 in Delhi" was flagged: changed, and the
    desk is shown which flag it changes (the baseline, which has no flag, is not named)."""
    three = C("aap", "seats", value="3", place="delhi")
    (draft,) = compare([C("aap", "seats", value="4", place="delhi")], baseline, History([(three, FlagKind.NEW)]))
    assert draft.kind == FlagKind.CHANGED and draft.detail["previous"]["key"] == three.fact_key


def test_hedged_first_report_is_marked(baseline: BaselineIndex) -> None:
    (draft,) = compare([C("aap", "member", "nda", hedge="likely")], baseline, History())
    assert draft.kind == FlagKind.NEW and draft.detail["hedged"] is True
    (plain,) = compare([C("aap", "member", "nda")], baseline, History())
    assert "hedged" not in plain.detail and plain.key == draft.key   # the same flag, once asserted


# (id, the meeting's date, the article's day, kind) against the baseline's mid-December meeting
HELD = [
    ("held-just-before-the-planned-one-is-another", "2023-W49", "2023-12-10", FlagKind.NEW),
    ("held-on-a-day-before-it-is-another", "2023-12-08", "2023-12-09", FlagKind.NEW),
    ("planned-just-before-it-is-the-one-moved", "2023-12-08", "2023-12-01", FlagKind.CHANGED),
    ("held-just-after-it-is-the-one-moved", "2023-12-22", "2023-12-23", FlagKind.CHANGED),
]


@pytest.mark.parametrize("value,day,kind", [c[1:] for c in HELD], ids=[c[0] for c in HELD])
def test_an_event_already_held_before_the_known_one_is_another(baseline: BaselineIndex, value: str, day: str,
                                                              kind: FlagKind) -> None:
    """"A meeting of the floor leaders was held earlier this week" is no move of the meeting
    planned for mid-December (a move is told before it happens, or after, not as a past event
    before the date planned)."""
    from datetime import datetime, timezone

    when = datetime.fromisoformat(day).replace(tzinfo=timezone.utc)
    (draft,) = compare([C("india", "meeting", value=value)], baseline, History(), published=when)
    assert draft.kind == kind


# (id, the known meeting's date, when its report was published, the day of a report of one on
# 2024-06-05, its kind)
TOLD_AS_HELD = [
    ("known-one-told-as-held-then-a-later-one-is-another", "2024-06-01", "2024-06-01", "2024-06-05", FlagKind.NEW),
    ("known-one-over-by-the-report-then-a-later-one-is-another", "2024-06-01", "2024-05-27", "2024-06-05",
     FlagKind.NEW),
    ("known-one-still-ahead-then-a-later-one-is-it-moved", "2024-06-01", "2024-05-27", "2024-05-30",
     FlagKind.CHANGED),
]


@pytest.mark.parametrize("known_day,told,day,kind", [c[1:] for c in TOLD_AS_HELD], ids=[c[0] for c in TOLD_AS_HELD])
def test_a_known_event_told_as_held_is_not_moved(baseline: BaselineIndex, known_day: str, told: str, day: str,
                                                 kind: FlagKind) -> None:
    """An earlier flag whose report came on or after its day, or whose day was over before the
    new report, was held: a meeting on a later day is another meeting; one still ahead may have
    been moved."""
    from datetime import datetime, timezone

    history = History()
    history.facts = [KnownFact(key="m1", claim=C("india", "meeting", value=known_day), kind=FlagKind.NEW, order=1,
                               published=datetime.fromisoformat(told).replace(tzinfo=timezone.utc))]
    (draft,) = compare([C("india", "meeting", value="2024-06-05")], baseline, history,
                       published=datetime.fromisoformat(day).replace(tzinfo=timezone.utc))
    assert draft.kind == kind


def test_judged_as_known_when_published(baseline: BaselineIndex) -> None:
    """An older article read late is not "changed" from news published after it."""
    from datetime import datetime, timezone

    later = KnownFact(key="k17", claim=C("inc", "seats", value="17", place="delhi"), kind=FlagKind.NEW,
                      order=1, published=datetime(2024, 2, 21, tzinfo=timezone.utc))
    history = History()
    history.facts = [later]
    older = C("inc", "seats", value="11", place="delhi")
    (read_late,) = compare([older], baseline, history, published=datetime(2024, 1, 27, tzinfo=timezone.utc))
    assert read_late.kind == FlagKind.NEW
    (read_after,) = compare([older], baseline, history, published=datetime(2024, 3, 1))   # naive: UTC
    assert read_after.kind == FlagKind.CHANGED
    (undated,) = compare([older], baseline, history)
    assert undated.kind == FlagKind.CHANGED


RECAPS = [
    ("recap-of-unseen-news-is-new", C("jdu", "member", "india", polarity=False), [], FlagKind.NEW, True),
    ("recap-of-flagged-news-is-its-source", C("jdu", "member", "india", polarity=False),
     [(C("jdu", "member", "india", polarity=False), FlagKind.CONTRADICTED)], FlagKind.CONTRADICTED, False),
    ("recap-changes-nothing", C("inc", "seats", value="11", place="delhi"),
     [(C("inc", "seats", value="17", place="delhi"), FlagKind.NEW)], FlagKind.NEW, True),
]


@pytest.mark.parametrize("claim,known,kind,marked", [c[1:] for c in RECAPS], ids=[c[0] for c in RECAPS])
def test_recaps(baseline: BaselineIndex, claim: Claim, known: list, kind: FlagKind, marked: bool) -> None:
    import dataclasses

    (draft,) = compare([dataclasses.replace(claim, recap=True)], baseline, History(known))
    assert draft.kind == kind and bool(draft.detail.get("recap")) is marked


def test_a_baseline_proposal_is_no_fact_to_contradict() -> None:
    """The baseline's "the TMC proposes to go it alone" states no fact: a later deal is news,
    not a contradiction."""
    proposal = dataclasses.replace(C("tmc", "deal", "inc", place="west-bengal", polarity=False, hedge="proposed"),
                                   modality="proposed")
    index = BaselineIndex([*BASELINE, proposal], universe=UNIVERSE)
    (draft,) = compare([C("tmc", "deal", "inc", place="west-bengal")], index, History())
    assert draft.kind == FlagKind.NEW and draft.baseline is None
