"""The lexicon file's schema: relation frames and cue lists as validated data.

A lexicon is TOML (the shipped ``coalition.toml``, optionally extended by a story's
own file). It is checked here, once, like spaCy's pattern schemas: an unknown key,
a bad enum value, an invalid regular expression or a string where a list belongs
stops the program with the file, the frame's id and the key
(``story.toml: frames[member-quit].subject.paths[1]: unknown path 'subjekt'``).

    raw = merge(read(shipped), read(story))       # lexicon.py
    data = validate(raw, origin="story.toml")     # LexiconFile, or ConfigError
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from monitor.errors import ConfigError

EntityKind = Literal["party", "person", "alliance", "other"]
PlaceKind = Literal["state", "city", "region", "country"]
Pos = Literal["verb", "noun", "adj", "adv", "any"]
ValueType = Literal["none", "number", "date", "role", "event", "fixed", "proposal"]
Modality = Literal["asserted", "hedged", "denied", "proposed", "conditional", "question"]
MODALITIES: tuple[str, ...] = Modality.__args__  # type: ignore[attr-defined]

#: Where an argument is looked for, from the trigger word (see frames.py).
PATH_NAMES = ("subj", "pred_subj", "subjpass", "obj", "iobj", "agent", "attr", "poss", "compound",
              "appos", "appos_head", "head", "relcl_head", "obj_owner", "speaker", "xcomp_obj",
              "subj_title", "obj_led", "xcomp_led", "receiver", "clause_subj", "listed_after", "handed_role",
              "organiser", "self", "title_of", "small_clause", "small_clause_subj", "sibling_subj",
              "along_with", "conj_as", "obj_list", "obj_all")
#: "prep:with" under the trigger; "obj_prep:for" under its object ("withdrew its support for Dahal");
#: "subj_prep:in" under its subject ("the motion of confidence in Kumar's government passed").
_PREP_PATH = re.compile(r"^(?:obj_|subj_)?prep:[a-z]+(?:_[a-z]+)?$")


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _lower_words(values: Sequence[str]) -> tuple[str, ...]:
    out = tuple(" ".join(v.lower().split()) for v in values)
    if any(not v for v in out):
        raise ValueError("empty word")
    return out


def _check_paths(paths: tuple[str, ...]) -> tuple[str, ...]:
    for index, path in enumerate(paths):
        if path not in PATH_NAMES and not _PREP_PATH.match(path):
            raise ValueError(f"[{index}]: unknown path {path!r} (one of {', '.join(PATH_NAMES)}, "
                             "prep:WORD, obj_prep:WORD or subj_prep:WORD)")
    return paths


class Trigger(_Strict):
    """A word that can state the relation, with what must go with it."""

    lemma: str = Field(min_length=1)
    pos: Pos = "verb"
    #: A particle the verb must have ("walk out", "call off", "tie up").
    prt: str | None = None
    #: A preposition the word (or its complement) must govern ("part of", "return to").
    prep: str | None = None
    #: That preposition's object must be one of these lemmas ("on its own", "agree on seat-sharing").
    pobj: tuple[str, ...] = ()
    #: The verb's direct object must be one of these lemmas ("snap ties", "seal a deal").
    obj: tuple[str, ...] = ()
    #: The subject must be one of these lemmas or words ("ministers ... resigned": the party
    #: leaves; "the Prime Minister resigned" is not that).
    subj: tuple[str, ...] = ()
    #: The verb must have no direct object ("the bloc met", not "met the Governor").
    no_obj: bool = False
    #: An adverb the verb must have ("go alone", "contest together").
    adv: tuple[str, ...] = ()
    #: A noun trigger must be governed by one of these verbs ("seal a deal").
    governor: tuple[str, ...] = ()
    #: Not when governed by one of these verbs ("ditched his partnership with the Congress":
    #: the deal a verb ends is not stated as holding).
    unless_governor: tuple[str, ...] = ()
    #: true: only in the passive; false: only in the active.
    passive: bool | None = None
    #: Not when the word governs one of these prepositions ("quit as chief minister").
    unless_prep: tuple[str, ...] = ()
    #: The word itself sets the modality of what it states ("offered two seats": proposed).
    modality: Modality | None = None
    #: A noun trigger must have one of these modifiers ("a public meeting": a rally) ...
    mod: tuple[str, ...] = ()
    #: ... or must have none of these.
    unless_mod: tuple[str, ...] = ()
    #: "history": in the past tense it tells of an earlier election ("contested 25 seats and
    #: won 18"), not of the one coming: no claim.
    past: Literal["history"] | None = None
    #: The ``obj`` / ``pobj`` word must be singular: "will seek a vote" (of confidence), not
    #: "is seeking votes" (the electorate's).
    singular: bool = False
    #: The verb must be joined to one of these verbs, as a conjunct or a participle clause
    #: ("did not attend the meeting but sent Raut", "skipped it, sending Abhishek").
    beside: tuple[str, ...] = ()
    #: The verb's infinitive complement must be one of these verbs ("asked her to attend"; or a
    #: gerund under "for": "backed her for leading the bloc") ...
    xcomp: tuple[str, ...] = ()
    #: ... or none of these ("backed Banerjee to lead the bloc": a proposal, not support).
    unless_xcomp: tuple[str, ...] = ()
    #: Not when the ``obj`` word has one of these modifiers ("appointed four ministers", not
    #: "the Chief Minister had been appointed": a head of government, not a minister joining).
    unless_obj_mod: tuple[str, ...] = ()

    @field_validator("obj", "adv", "governor", "unless_prep", "pobj", "subj", "mod", "unless_mod", "beside", "xcomp",
                     "unless_xcomp", "unless_obj_mod")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _lower_words(value)

    @field_validator("governor")
    @classmethod
    def _governor_form(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for index, item in enumerate(value):
            if not re.match(r"^[a-z][a-z-]*(?::[a-z]+)?$", item):
                raise ValueError(f"[{index}]: {item!r} is not a lemma or lemma:particle")
        return value

    @field_validator("lemma", "prt", "prep")
    @classmethod
    def _one_word(cls, value: str | None) -> str | None:
        if value is not None and (not value or " " in value.strip()):
            raise ValueError("must be one word (use prt, prep or obj for the others)")
        return value.lower() if value is not None else None


class Argument(_Strict):
    """An entity argument: which kinds fit and where to look for them."""

    kinds: tuple[EntityKind, ...] = Field(min_length=1)
    paths: tuple[str, ...] = Field(min_length=1)
    #: A person stands for their party (a leader taking the party into an alliance).
    as_party: bool = False
    required: bool = True
    #: With nothing found: the alliance the sentence names, else the story's main one
    #: ("alliance"); the governing coalition of ``[claims] government`` ("government"); for
    #: "the government" the text names, the one it has titled its head ("leader": "Prime
    #: Minister Dahal ... the UML pulled its support from the government" is from Dahal's; as a
    #: subject's default, that head, else the config's for the day).
    default: Literal["alliance", "government", "leader"] | None = None
    #: "TMC leaders", "RJD MLAs" stand for their party (not for a party's own moves: three
    #: MLAs joining the NDA is not their party joining it).
    groups: bool = True

    @field_validator("paths")
    @classmethod
    def _known_paths(cls, paths: tuple[str, ...]) -> tuple[str, ...]:
        return _check_paths(paths)


class Value(_Strict):
    type: ValueType = "none"
    #: Where a number, role or event word is looked for (paths as for arguments).
    paths: tuple[str, ...] = ()
    #: The value of a ``fixed`` frame ("postponed").
    fixed: str | None = None
    #: (type ``proposal``: the value the text just proposed for the subject, by the same
    #: relation: "Kharge turned down the suggestion" after "Banerjee suggested Kharge as the
    #: PM face"; with none proposed, no claim.)
    #: A date older than this (before the article) is history, not news: no claim.
    max_age_days: int | None = Field(default=None, ge=0)
    #: A date frame whose verb is in the simple past with no date is the article's day ("the
    #: leaders met at Kharge's residence": news is told the day it happens).
    past_is_today: bool = False
    #: An event frame whose sentence names no event takes the one the three sentences before
    #: name ("The bloc met on Saturday. Mamata Banerjee stayed away.").
    context: bool = False

    @field_validator("paths")
    @classmethod
    def _known_paths(cls, paths: tuple[str, ...]) -> tuple[str, ...]:
        return _check_paths(paths)

    @model_validator(mode="after")
    def _fixed_needs_value(self) -> "Value":
        if (self.type == "fixed") != (self.fixed is not None):
            raise ValueError("'fixed' goes with type = \"fixed\" and only with it")
        return self


class Frame(_Strict):
    """One way a clause can state a relation: a trigger and where its arguments are."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    relation: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    polarity: bool = True
    triggers: tuple[Trigger, ...] = Field(min_length=1)
    subject: Argument
    object: Argument | None = None
    value: Value = Value()
    #: Kinds of place the fact can be about; none: the fact has no place.
    place: tuple[PlaceKind, ...] = ()
    #: Grammatical negation does not flip it ("go it alone" is already the negative).
    negatable: bool = True
    #: For an event noun: the verbs whose negation denies the event itself ("did not hold the
    #: meeting"); any other verb's ("will not attend the meeting") says nothing of it. Empty:
    #: every governing negation counts.
    negated_by: tuple[str, ...] = ()
    #: Several subjects in one clause agree with each other ("SP and Congress seal a deal").
    pairwise: bool = False
    #: Only two sides, never a list of three or more ("the SP-Congress alliance").
    two_only: bool = False
    #: Only with a place the clause names ("lead the government in Koshi": a province's).
    place_required: bool = False
    #: With a place its clause names, the fact is this relation's at that place instead
    #: ("quit the INDIA bloc in West Bengal": no deal there, not out of the bloc).
    placed_as: str | None = None
    #: Allowed (subject kind, object kind) pairs, after a person stands for their party:
    #: a person leaves a party, a party leaves an alliance, never a party a party.
    kind_pairs: tuple[tuple[EntityKind, EntityKind], ...] = ()


class Relation(_Strict):
    """What comparison and display need to know of a relation."""

    symmetric: bool = False
    #: A place is a detail of the fact, not part of what it is about (a meeting).
    loose_place: bool = False
    #: Values kept for comparison that raise no flag on their own.
    quiet: tuple[str, ...] = ()
    #: The value is part of what the fact is about (a role, an event type): another value
    #: is another fact, never a change of this one.
    value_in_slot: bool = False
    #: The relation tells of events and its value is the event's date: a date that can be
    #: the known one confirms it, one at most this many days off moves it (changed), any
    #: other is another event (monitor/events.py).
    event_window: int | None = Field(default=None, ge=0, le=366)
    #: A sentence that names no place is about the state the text just named
    #: ("The Congress gets nine." after a paragraph on Bihar).
    context_place: bool = False
    #: The place may be anywhere in the trigger's clause; else only in the trigger's own
    #: phrase or after its "in" / "at" ("the meeting in New Delhi").
    clause_place: bool = True
    #: When a story's opening has this relation from sources, its later unattributed claims
    #: of these relations are details of that sourced news ("seats" for a "deal").
    details: tuple[str, ...] = ()
    #: "are yet to reach an agreement", "have not yet sealed a deal": talks still going on
    #: say nothing of the fact (``unsaid``), or deny it so far (``negated``: "has not yet
    #: quit the bloc" is still a member).
    not_yet: Literal["negated", "unsaid"] = "negated"
    #: A proposed fact of this relation whose proposer the sentence names is also that
    #: relation's fact, asserted ("Banerjee suggested that Kharge be the PM face": role,
    #: proposed, and proposes(Banerjee, Kharge, PM face)).
    proposed_by: str | None = None
    templates: dict[str, str] = Field(default_factory=dict)

    @field_validator("templates")
    @classmethod
    def _template_keys(cls, value: dict[str, str]) -> dict[str, str]:
        for key in value:
            if not re.match(r"^(?:yes|no)(?:_(?:party|person|alliance|other|place))?$", key):
                raise ValueError(f"unknown template {key!r} (yes, no, yes_KIND, no_KIND)")
        return value


class Exclusion(_Strict):
    """Two facts that cannot both be true."""

    relation: str
    other: str | None = None
    same: tuple[Literal["subject", "object", "place", "value"], ...] = ()
    differ: tuple[Literal["subject", "object", "place", "value"], ...] = ()
    polarities: tuple[tuple[bool, bool], ...] = Field(min_length=1)
    objects: tuple[EntityKind, ...] = ()
    #: The negative fact's object must be of these kinds: going it alone is no deal with the
    #: alliance, while a deal ended with one party ("ended its partnership with the Congress")
    #: says nothing against a deal with another.
    negative_objects: tuple[EntityKind, ...] = ()
    directional: bool = False
    #: Only when the rule's first fact names no place ("will fight the election alone"; going
    #: alone in one state is not leaving the bloc).
    unplaced: bool = False
    #: A claim that excludes a known fact also states that fact's end, in its own words'
    #: modality: "the JD(U) joined the NDA", with the JD(U) in the INDIA bloc on record, says
    #: it left the bloc.
    implies: bool = False


class _WordLists(_Strict):
    """A table whose every field is a list of words, kept lower case and single-spaced."""

    @field_validator("*")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _lower_words(value)


class Cues(_WordLists):
    """Words of the modality layer (lemmas, lower case)."""

    negators: tuple[str, ...] = ()
    negating_governors: tuple[str, ...] = ()
    hedge_modals: tuple[str, ...] = ()
    proposal_modals: tuple[str, ...] = ()
    hedge_adverbs: tuple[str, ...] = ()
    hedge_governors: tuple[str, ...] = ()
    #: Verbs whose object is an event taken as held ("may skip the meeting tonight": the meeting
    #: is tonight, whoever skips it): the event's own claim has none of their hedges.
    attending_verbs: tuple[str, ...] = ()
    #: Reporting verbs whose content is only a hint ("indicated they would go it alone").
    hinting_verbs: tuple[str, ...] = ()
    #: A plan told in the past and then undone by "but" ("was supposed to attend the rally but
    #: fell sick"): it did not happen.
    unfulfilled_governors: tuple[str, ...] = ()
    #: A decision told in the past and then undone ("had resolved to pull its support, but has
    #: shelved that decision"): it was not carried out.
    undoing_verbs: tuple[str, ...] = ()
    #: Nouns that, under "no", empty the clause hung on them ("no question of forming an
    #: alliance", "no plan to join"); under "no" or "any", the verb above them governs what
    #: hangs on them ("ruled out any chance of an alliance").
    void_nouns: tuple[str, ...] = ()
    #: Nouns whose terms are proposed by themselves ("as per the proposal, the Congress would
    #: allocate two seats"), unlike a formula, which may be the agreed one.
    offer_nouns: tuple[str, ...] = ()
    #: Verbs of meeting whose purpose clause is an aim, not a fact ("met to work out a formula").
    meeting_verbs: tuple[str, ...] = ()
    #: ... when the aim is to settle something ("to work out", "to finalise", "to discuss").
    settling_verbs: tuple[str, ...] = ()
    source_nouns: tuple[str, ...] = ()
    #: Who speaks for a party on the record even unnamed ("a party spokesperson said").
    official_speakers: tuple[str, ...] = ()
    #: News agencies whose report is the article's own credit line ("..., PTI reported"), not
    #: another outlet's account to be hedged ("NDTV reported").
    wire_services: tuple[str, ...] = ()
    report_verbs: tuple[str, ...] = ()
    rival_verbs: tuple[str, ...] = ()
    denial_verbs: tuple[str, ...] = ()
    denial_nouns: tuple[str, ...] = ()
    #: Verbs that make a report's content fact ("the announcement confirms speculation that the
    #: TMC will have no seat adjustment"): not hedged, as a report's content otherwise is.
    confirming_verbs: tuple[str, ...] = ()
    #: Verbs that make a proposal's content decided ("Kejriwal approved a proposal to go solo"):
    #: no longer proposed.
    accepting_verbs: tuple[str, ...] = ()
    proposal_verbs: tuple[str, ...] = ()
    #: Adjectives of wanting, as adjectives only: "is open to forming a coalition" is proposed.
    willing_adjectives: tuple[str, ...] = ()
    proposal_nouns: tuple[str, ...] = ()
    #: A clause told "as per" / "under" / "according to" a plan these words qualify is its
    #: content, not a fact ("as per the proposed agreement, the AAP will contest four").
    proposal_adjectives: tuple[str, ...] = ()
    hedge_nouns: tuple[str, ...] = ()
    #: "had ambitions to be the PM candidate": a wish, which states nothing of the fact.
    wish_nouns: tuple[str, ...] = ()
    #: "reached a tentative agreement", "a possible alliance": a trigger noun they qualify is
    #: not settled.
    hedge_adjectives: tuple[str, ...] = ()
    condition_marks: tuple[str, ...] = ()
    #: "will not join the yatra until the seats are settled": a condition when the clause is
    #: negated or yet to come ("stayed in the bloc until it left" only tells when).
    pending_marks: tuple[str, ...] = ()
    #: "threatened to walk out of the bloc": what will happen only if something else does.
    condition_governors: tuple[str, ...] = ()
    question_marks: tuple[str, ...] = ()
    #: Under these, "if" asks rather than sets a condition ("it remains to be seen if the AAP
    #: will leave three seats", "unclear if").
    asking_words: tuple[str, ...] = ()
    #: What a clause under these says "should" be done is decided, not proposed ("it was
    #: decided that the Congress should fight the South Goa seat").
    decision_verbs: tuple[str, ...] = ()
    #: A plan these make public is what will be done ("announced plans to fight alone").
    announcing_verbs: tuple[str, ...] = ()

    @property
    def topic_nouns(self) -> frozenset[str]:
        """Nouns whose topic is not settled by being named: "talks on a pact", "a proposal
        for an alliance", "reports of a split"."""
        return frozenset((*self.hedge_nouns, *self.proposal_nouns, *self.denial_nouns))


class Vocabulary(_WordLists):
    seat_nouns: tuple[str, ...] = ("seat", "constituency")
    #: "named all 42 candidates": as many seats, when a frame's verb takes them as its object.
    candidate_nouns: tuple[str, ...] = ()
    #: "TMC leaders", "the Congress camp": the party itself.
    group_nouns: tuple[str, ...] = ()
    #: Words that mark seats as not the story's (config adds e.g. "assembly").
    seat_exclude: tuple[str, ...] = ()
    #: Nouns of an election, whose marked kind ("the Assembly elections") marks its seats too.
    election_nouns: tuple[str, ...] = ("election", "poll", "polls", "bypoll", "by-election", "byelection")
    #: Verbs whose object, one seat named ("will contest the Trichy constituency"), is all the
    #: seats the subject contests (not "got the Bhiwandi seat": one of several).
    single_seat_verbs: tuple[str, ...] = ()
    #: What "the government" a party joins or leaves is called, and the words that make it a
    #: region's, not the country's ("the Madhesh Province government", "the state cabinet").
    government_nouns: tuple[str, ...] = ()
    local_words: tuple[str, ...] = ()
    #: Phrases that put a fact in the whole country, so it takes no state from the text
    #: before it or from a regional party's home ("the alliance at the national level is
    #: unnatural", "the shift in federal politics").
    national_phrases: tuple[str, ...] = ()
    #: "the rally, which was organised by the RJD": whose event it is.
    organiser_verbs: tuple[str, ...] = ()
    #: "D66 dropped to 9 seats": a seat count that moved to a number is an election's tally,
    #: and every number of seats its sentence gives is one too.
    swing_verbs: tuple[str, ...] = ()
    #: Events one person goes through (a swearing-in): whose they are is the party of the
    #: person its sentence names ("Hemant Soren on Thursday took oath"; "... were present at the
    #: ceremony" is the JMM's).
    personal_events: tuple[str, ...] = ()
    #: "the meeting was postponed from December 17": a date the event was moved away from.
    moving_verbs: tuple[str, ...] = ()
    #: "the meeting held in the Provincial Assembly": a house's sitting, no alliance's meeting.
    house_nouns: tuple[str, ...] = ()
    #: Words of a title that may stand before each name of a list ("Tamil Nadu Chief Minister
    #: MK Stalin, RJD leader Tejashwi Yadav and SP chief Akhilesh Yadav").
    title_words: tuple[str, ...] = ()


class Coref(_Strict):
    person_female: tuple[str, ...] = ()
    person_male: tuple[str, ...] = ()
    party: tuple[str, ...] = ()
    #: "her party", "his party": the party of the woman / man named in the sentence (not the
    #: last party named).
    party_of_female: tuple[str, ...] = ()
    party_of_male: tuple[str, ...] = ()
    alliance: tuple[str, ...] = ()
    group: tuple[str, ...] = ()
    window: dict[str, int] = Field(default_factory=dict)


class Sentences(_Strict):
    abbreviations: tuple[str, ...] = ()
    starters: tuple[str, ...] = ()


class PlaceCoref(_Strict):
    phrases: tuple[str, ...] = ()
    chars: int = Field(default=3000, ge=0)

    @field_validator("phrases")
    @classmethod
    def _regexes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for index, pattern in enumerate(value):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"[{index}]: invalid regular expression: {exc}") from None
        return value


class LexiconFile(_Strict):
    version: Literal[1] = 1
    sentences: Sentences = Sentences()
    #: Words the parsing model misreads, each given to it as a word the lexicon reads alike
    #: ("supremo", tagged a verb before a name: "leader"), padded to the same length; an
    #: empty stand-in blanks the word ("Kharge ji": the honorific after a name).
    respell: dict[str, str] = Field(default_factory=dict)
    numbers: dict[str, int] = Field(default_factory=dict)
    roles: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    role_scope: dict[str, Literal["alliance", "party", "place", "none"]] = Field(default_factory=dict)
    role_display: dict[str, str] = Field(default_factory=dict)
    #: What a role's holder leads ("leads the government": prime minister).
    role_leads: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    events: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    vocabulary: Vocabulary = Vocabulary()
    cues: Cues = Cues()
    coref: Coref = Coref()
    place_coref: PlaceCoref = PlaceCoref()
    honorifics: tuple[str, ...] = ()
    #: Words that may stand before a bare surname besides honorifics and the words of role
    #: names ("Comrade Oli", "party chief Kumar"); any other capitalised word before it makes
    #: it someone else's name ("Arzoo Rana Deuba" is not Sher Bahadur Deuba).
    surname_titles: tuple[str, ...] = ()
    relevance: dict[str, Any] = Field(default_factory=dict)
    relations: dict[str, Relation] = Field(default_factory=dict)
    exclusions: tuple[Exclusion, ...] = ()
    frames: tuple[Frame, ...] = ()
    #: Frame ids a story switches off.
    disable: tuple[str, ...] = ()
    display: dict[str, dict[str, str]] = Field(default_factory=dict)

    @field_validator("respell")
    @classmethod
    def _respellings(cls, value: dict[str, str]) -> dict[str, str]:
        for word, stand_in in value.items():
            if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) or not re.fullmatch(r"[a-z]*", stand_in):
                raise ValueError(f"{word}: a word (lower-case letters, hyphens inside) and its stand-in "
                                 "(lower-case letters only)")
            if len(stand_in) > len(word):
                raise ValueError(f"{word}: the stand-in {stand_in!r} is longer than the word (offsets must hold)")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "LexiconFile":
        ids = [f.id for f in self.frames]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"frames: the same id twice: {', '.join(dupes)}")
        unknown = [i for i in self.disable if i not in ids]
        if unknown:
            raise ValueError(f"disable: no frame with id {', '.join(unknown)}")
        for frame in self.frames:
            if frame.relation not in self.relations:
                raise ValueError(f"frames[{frame.id}].relation: {frame.relation!r} has no "
                                 "[relations] entry")
            if frame.placed_as is not None and frame.placed_as not in self.relations:
                raise ValueError(f"frames[{frame.id}].placed_as: {frame.placed_as!r} has no "
                                 "[relations] entry")
        for name, relation in self.relations.items():
            unknown = [d for d in relation.details if d not in self.relations]
            if unknown:
                raise ValueError(f"relations.{name}.details: unknown relation {', '.join(unknown)}")
            if relation.proposed_by is not None and relation.proposed_by not in self.relations:
                raise ValueError(f"relations.{name}.proposed_by: unknown relation {relation.proposed_by!r}")
        for index, rule in enumerate(self.exclusions):
            for name in (rule.relation, rule.other or rule.relation):
                if name not in self.relations:
                    raise ValueError(f"exclusions[{index}]: unknown relation {name!r}")
        return self


def validate(raw: Mapping[str, Any], origin: str) -> LexiconFile:
    """The lexicon as checked objects, or a ``ConfigError`` naming file, frame and key."""
    try:
        return LexiconFile.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_problems(exc, raw), origin) from None


def _problems(exc: ValidationError, raw: Mapping[str, Any]) -> list[tuple[str, str]]:
    out = []
    for err in exc.errors():
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            message = "unknown key"
        elif err["type"] == "literal_error":
            message = f"{err.get('input')!r} is not one of: {message.split(': ', 1)[-1]}"
        elif err["type"] in ("tuple_type", "list_type"):
            message = f"expected a list, got {type(err.get('input')).__name__}"
        out.append((_key(err["loc"], raw), message))
    return out


def _key(loc: tuple[int | str, ...], raw: Mapping[str, Any]) -> str:
    """``frames.3.subject.paths.1`` -> ``frames[member-quit].subject.paths[1]``."""
    parts: list[str] = []
    node: Any = raw
    for part in loc:
        if isinstance(part, int):
            ident = node[part].get("id") if isinstance(node, list) and part < len(node) \
                and isinstance(node[part], Mapping) else None
            parts[-1:] = [f"{parts[-1] if parts else ''}[{ident or part}]"]
        else:
            parts.append(str(part))
        node = node[part] if isinstance(node, (list, Mapping)) and _has(node, part) else None
    return ".".join(parts)


def _has(node: Any, part: int | str) -> bool:
    if isinstance(node, list):
        return isinstance(part, int) and part < len(node)
    return part in node
