"""How a clause states its fact: the modality layer over every frame.

Read off the parse from the trigger word up to the root, with the cue words of the
lexicon (``[cues]``):

- negation ("not", "never", "no longer", "no alliance", "refused to", "ruled out")
  flips the fact's polarity;
- ``question``: the sentence asks;
- ``denied``: a report of the fact is denied ("dismissed reports that it would quit");
- ``conditional``: under if / unless / once;
- ``proposed``: the content of a proposal, offer, demand or appeal;
- ``hedged``: may / might / could, likely, expected to, set to, reportedly,
  "sources said" (before or after the clause), a rival's claim or allegation;
- otherwise ``asserted``.

When several apply, the first in that order wins. The speaker is the subject of the
nearest reporting verb ("..., Banerjee said"; "according to the TMC").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from monitor.claims.anchors import Anchors
from monitor.claims.clauses import (
    HEARSAY,
    TIME_NOUNS,
    WHEN_MARKS,
    among,
    asks_of_another,
    circumstance,
    ends_in_question,
    goes_on,
    happened_once,
    impersonal,
    may_do,
    own_doing,
    past_circumstance,
    reported_future,
    semicolon_between,
    subjunctive,
    unnamed,
)
from monitor.claims.negation import Negation
from monitor.claims.requests import Requests, opposed
from monitor.claims.schema import Cues
from monitor.claims.tense import background, recap
from monitor.claims.tree import (
    ancestors_with_links,
    children,
    clause_head,
    clause_tokens,
    in_adjunct_phrase,
    is_infinitive,
    is_verb,
    lemma_in,
    negations,
    passive_subjects,
    subjects,
)
from monitor.types import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Lemma = Callable[["Token"], str]
ORDER = ("denied", "question", "conditional", "proposed", "hedged")
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "parataxis", "conj", "pcomp",
                           "csubj", "ROOT"})
_BASE_CONFIDENCE = {"asserted": 0.9, "hedged": 0.6, "denied": 0.6, "proposed": 0.7,
                    "conditional": 0.5, "question": 0.5}


@dataclass(frozen=True, slots=True)
class Mood:
    modality: str
    hedge: str | None           # the cue kind shown to users: likely, reportedly, denied, ...
    speaker: str | None
    negated: bool
    background: bool            # about an earlier year: not a claim about now
    recap: bool = False         # told in the past of a day weeks before the article
    #: A noun taken for granted in an adjunct phrase ("after the SP's pact with the Congress"):
    #: the clause's speaker, hedge and place are not its own.
    presupposed: bool = False
    #: What a meeting is for ("met to work out a seat-sharing formula"): an aim, no fact.
    aim: bool = False
    #: Negated only "yet" ("are yet to reach an agreement", "have not yet sealed a deal").
    not_yet: bool = False
    #: Hedged only because someone "claimed" it: a rival's word about the other side, but a
    #: party's own account of itself is asserted (the frame, which knows both, decides).
    claimed: bool = False

    @property
    def base_confidence(self) -> float:
        return _BASE_CONFIDENCE[self.modality]


def _rival_claim(found: dict[str, str]) -> None:
    """"..., the BJP claimed": hedged as someone's claim (marked so when nothing else hedged it)."""
    if "hedged" not in found:
        found["claimed"] = "claimed"
    found.setdefault("hedged", "reportedly")


#: The prepositions that introduce what a report tells ("reports of his return", "speculation
#: about a deal"), not its means ("handed in his claim with the signatures of 52 lawmakers").
_REPORTED_THROUGH = frozenset({"of", "about", "over", "on", "regarding", "that"})


class ModalityReader:
    def __init__(self, cues: Cues, lemma: Lemma, organisers: Iterable[str] = ()) -> None:
        self._cues = cues
        self._lemma = lemma
        self._report = frozenset(cues.report_verbs)
        self._sources = frozenset(cues.source_nouns)
        #: "has called a meeting": an event organised, not a thing demanded.
        self._organisers = frozenset(organisers)
        self._wires = frozenset(w.lower() for w in cues.wire_services)
        self._cue_nouns = cues.topic_nouns
        self._negation = Negation(cues, lemma)
        self._requests = Requests(cues, lemma)

    def from_sources(self, doc: Doc) -> bool:
        """"..., people familiar with the talks said", "according to sources, ...": the
        sentence as a whole is told by unnamed sources (whatever its clauses are about)."""
        anchors = Anchors(doc)      # (no names needed: a source is nobody the story watches)
        for root in (t for t in doc if t.dep_ == "ROOT"):
            found: dict[str, str] = {}
            if self._lemma(root) in self._report:
                who = subjects(root, self._lemma)
                if who and self._who(who[0], anchors, found) == "sources":
                    return True
            for node in (root, *children(root, "ccomp")):
                self._attached_report(node, anchors, found)
                if found:
                    return True
        return False

    def _prospect(self, token: Token) -> bool:
        """"paving the way for his return", "opening the door to a deal": what a clause makes
        possible (a "for"/"to" phrase beside a way, a door, a chance), not what happened."""
        prep = token if token.dep_ == "prep" else token.head
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "to") or (token.dep_ != "prep" and token.dep_ != "pobj"):
            return False
        return any(self._lemma(o) in self._cues.hedge_nouns for o in children(prep.head, "dobj"))

    def _attended(self, token: Token) -> bool:
        """"may skip the opposition meeting tonight": an event someone attends or skips is held."""
        return token.dep_ == "dobj" and token.tag_.startswith("NN") \
            and lemma_in(token.head, self._cues.attending_verbs, self._lemma)

    def _cue_noun(self, token: Token) -> bool:
        return self._lemma(token) in self._cue_nouns

    def read(self, trigger: Token, anchors: Anchors, published: date | None,
             own: str | None = None, governed: bool = False) -> Mood:
        found: dict[str, str] = {}          # modality -> hedge cue kind
        speaker: str | None = None
        # "Following the Congress's deal with the SP, ...": a noun in an adjunct phrase of the
        # clause is taken for granted, not what the clause's speaker or hedge is about
        attended = not governed and self._attended(trigger)
        presupposed = not governed and (in_adjunct_phrase(trigger, self._cue_noun) or opposed(trigger) or attended) \
            and not self._prospect(trigger)
        negated = self._negation.count(trigger, presupposed) % 2 == 1
        for head, child in self._path(trigger):
            if (child.dep_ == "appos" or (child.dep_ == "relcl" and not among(head) and not goes_on(child)
                                          and not self._content_clause(head, child))) \
                    or (presupposed and child.i == trigger.i):
                break   # a description ("TMC, a constituent of INDIA, ...") is the writer's own
            if semicolon_between(head, child):
                break   # "Prachanda loses vote; Oli set to be PM": two sentences, one parse
            if past_circumstance(child):
                break   # "had to seek a vote after he lost the NC's support": what happened
            self._clause_cues(head, child, found)
            if self._lemma(head) in self._report and child.dep_ in (
                    "ccomp", "parataxis", "advcl", "conj") and not circumstance(child):
                if self._lemma(head) in self._cues.hinting_verbs and child.i > head.i:
                    # "consensus indicates the JD(U) contesting 17" (not "became part of the NDA,
                    # completing a switch he had been hinting at": a parse that hangs it below)
                    found.setdefault("hedged", "likely")
                if speaker is None:
                    speaker = self._speaker(head, anchors, found)
                else:
                    # "'... she told her the TMC will be represented,' a senior TMC leader said":
                    # an unnamed source around a named speaker's words still hedges them
                    self._speaker(head, anchors, found)
        # (the hedges and the sources of the clause an attended event is in are the attending's)
        for node in [] if attended else self._clause_heads(trigger):
            self._local_cues(node, found)
            if speaker is None:
                speaker = self._attached_report(node, anchors, found)
        if speaker is None and not attended:
            speaker = self._closing_report(trigger, anchors, found) or self._opening_source(trigger, anchors, found)
        if self._split_condition(clause_head(trigger)):
            _mark_condition(found, clause_head(trigger))
        # "... sworn in again, possibly as early as Sunday": a hedge anywhere in the clause
        if not attended and any(t.dep_ == "advmod" and t.lower_ in self._cues.hedge_adverbs
                                for t in clause_tokens(trigger)):
            found.setdefault("hedged", "likely")
        # "have reached a tentative agreement": the noun's own qualifier
        if trigger.tag_.startswith("NN") and any(c.dep_ == "amod" and c.lower_ in self._cues.hedge_adjectives
                                                 for c in trigger.children):
            found.setdefault("hedged", "likely")
        if self._requests.proposed(trigger):
            found.setdefault("proposed", "proposed")
        asked = self._requests.asked_about(trigger)
        if asked is not None:
            found.setdefault(asked, asked)
        if ends_in_question(anchors.text) or self._indirect_question(trigger):
            found.setdefault("question", "question")
        opening = self._opening_condition(trigger)
        if opening is not None:
            _mark_condition(found, opening)
        if own is not None and own != "asserted" and not _not_proposed(own, found, negated):
            found[own] = own        # the trigger's own ("offered": proposed)
        aim = found.pop("aim", None) is not None
        claimed = found.pop("claimed", None) is not None
        modality = next((m for m in ORDER if m in found), "asserted")
        key = ("background", clause_head(trigger).i)
        if key not in anchors.memo:
            anchors.memo[key] = background(trigger, anchors, published)
        return Mood(modality, found.get(modality), speaker, negated, bool(anchors.memo[key]),
                    recap(trigger, anchors, published), presupposed, aim,
                    negated and self._negation.not_yet(trigger), claimed and modality == "hedged")

    def offered(self, mood: Mood, value: Token, trigger: Token) -> Mood:
        """A value inside an offer or a demand ("gave a final offer of 17 seats", "a demand
        for ten seats") is proposed, whatever the verb above it says."""
        if mood.modality in ORDER[:ORDER.index("proposed") + 1]:
            return mood
        node = value
        for _ in range(6):
            if node.i == trigger.i or node.head.i == node.i:
                return mood
            node = node.head
            if node.i != trigger.i and self._lemma(node) in self._cues.proposal_nouns:
                return dataclasses.replace(mood, modality="proposed", hedge="proposed")
        return mood

    def _after_proposal_noun(self, clause: Token) -> bool:
        """An adjunct clause that opens right after a demand or an offer ("its demand to contest
        two seats", "in favour of the Congress contesting"): the parser's attachment of what is
        the noun's own clause."""
        start = clause.left_edge.i
        if start == 0 or clause.doc[start].lower_ not in ("to", clause.lower_):
            return False
        node = clause.doc[start - 1]
        for _ in range(3):
            if self._lemma(node) in self._cues.proposal_nouns and node.tag_.startswith("NN"):
                return True     # (a noun: not "had called her up, asking her to attend")
            if node.head.i == node.i or node.head.i >= start:
                return False
            node = node.head
        return False

    # --- the walk ----------------------------------------------------------------------

    @staticmethod
    def _path(trigger: Token) -> Iterator[tuple[Token, Token]]:
        yield from ancestors_with_links(trigger)

    def _clause_heads(self, trigger: Token) -> list[Token]:
        """The trigger's own clause head and the heads its clause is a complement of, up to
        the first reporting verb (what is said there is the speaker's, not the fact's)."""
        out = [clause_head(trigger)]
        node = out[0]
        if node.dep_ == "conj" and is_verb(node.head) and not children(node, "nsubj", "nsubjpass", "aux", "auxpass"):
            # "could switch sides and prop up the BJP": a conjunct shares its first verb's
            # subject, modal and conditions
            node = node.head
            out.append(node)
        for _ in range(6):
            if node.dep_ not in ("xcomp", "acomp", "attr") or node.head.i == node.i:
                break
            node = node.head
            out.append(node)
        return out

    def _split_condition(self, head: Token) -> bool:
        """"... will not let the House resume until PM Dahal resigns", parsed as two sentences:
        does the clause come right after a condition's word (the parser may take a title before
        its subject for that word's object)?"""
        before = head.left_edge.i - 1
        while before > 0 and head.left_edge.i - before <= 2 and head.doc[before].tag_ in ("NN", "NNP"):
            before -= 1
        return head.dep_ == "ROOT" and before >= 0 and head.doc[before].dep_ != "mark" \
            and head.doc[before].lower_ in (*self._cues.condition_marks, *self._cues.pending_marks)

    def _wanting(self, word: Token) -> bool:
        """A verb of proposing or wanting, or an adjective of wanting ("is open to forming")."""
        lemma = self._lemma(word)
        return lemma in self._cues.proposal_verbs \
            or (word.tag_.startswith("JJ") and lemma in self._cues.willing_adjectives)

    def _clause_cues(self, head: Token, child: Token, found: dict[str, str]) -> None:
        cues = self._cues
        lemma = self._lemma(head)
        link = child.dep_
        if lemma_in(head, cues.denial_verbs, self._lemma) and link in ("ccomp", "xcomp", "dobj") \
                and not own_doing(child) and (link != "dobj" or self._lemma(child) in cues.denial_nouns):
            # ("dismissed the reports": denied; "rejected the seat-sharing deal": no deal, which
            # negation counts)
            found.setdefault("denied", "denied")
        elif link == "ccomp" and impersonal(head) and (lemma in HEARSAY or lemma in cues.hedge_governors):
            found.setdefault("hedged", "reportedly")     # "it is being told that", "it is learnt that"
        elif lemma in cues.denial_nouns and head.tag_.startswith("NN") \
                and link in ("acl", "ccomp", "relcl", "prep", "pcomp") \
                and (link != "prep" or child.lower_ in _REPORTED_THROUGH):
            # "reports that it will leave": reported; "dismissed reports that ...": denied (the
            # verb "reported" is a speaker's: "NDTV reported" hedges, "PTI reported" credits)
            if self._denies(head):
                found.setdefault("denied", "denied")
            elif not lemma_in(head.head, cues.confirming_verbs, self._lemma):
                found.setdefault("hedged", "reportedly")
        elif lemma in cues.hedge_nouns and link in ("acl", "prep", "pcomp", "compound", "ccomp") \
                and not self._announced(head) and head.tag_.startswith("NN") \
                and not lemma_in(head.head, cues.undoing_verbs, self._lemma) \
                and not any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in head.children):
            # (not "no chance of an alliance", "ruled out any possibility of a tie-up": a refusal)
            # (a noun's: not "after signing of the agreement", "a switch he had been hinting at")
            found.setdefault("hedged", "likely")     # "talks on a pact", "a move to join"
        marks = self._marks(child)
        asks = "if" in marks and self._asking(head)
        if link in ("advcl", "ccomp") and marks & set(cues.condition_marks) and not asks and not happened_once(child):
            _mark_condition(found, child)
        # ("Whether the AAP will leave three seats remains to be seen": the clause as subject)
        if link in ("ccomp", "advcl", "csubj") and (marks & set(cues.question_marks) or asks):
            found.setdefault("question", "question")
        # ("we propose the Congress to fight one seat": an infinitive the parser took for an adjunct)
        infinitive = link == "advcl" and is_infinitive(child)
        if self._wanting(head) and (link == "xcomp" or (link == "ccomp" and (subjunctive(child)
                                                                                or may_do(child, lemma)))
                                             or (link == "advcl" and "for" in marks) or infinitive
                                             # "demanded the release of Kejriwal": the thing demanded
                                             # (not "wanted no arrangement": a refusal; not "has
                                             # called a meeting": one organised)
                                             or (link == "dobj" and child.tag_.startswith("NN")
                                                 and not any(c.lower_ == "no" for c in child.children)
                                                 and lemma not in self._organisers)) \
                and not negations(head):
            # "does not want to be convenor" refuses: it is no proposal (the negation counts)
            found.setdefault("proposed", "proposed")
        elif lemma in cues.proposal_nouns and (link in ("acl", "prep", "relcl", "pcomp", "compound")
                                               or (link == "advcl" and "for" in marks)) \
                and not lemma_in(head.head, cues.accepting_verbs, self._lemma) \
                and not lemma_in(head.head, cues.undoing_verbs, self._lemma):
            # (not "abandoned his bid to become prime minister": no longer proposed; negation
            # reads it)
            # "a proposal for Nitish Kumar to become convenor"
            found.setdefault("proposed", "proposed")
        elif link == "advcl" and self._after_proposal_noun(child):
            found.setdefault("proposed", "proposed")    # "stands firm on its demand to contest two seats"
        elif head.dep_ == "prep" and (head.lower_ in ("for", "on") and link in ("pcomp", "pobj")
                                      or head.lower_ == "to" and link == "pcomp") \
                and self._wanting(head.head):
            # "pressed for him to be made convenor", "insisted on contesting five seats", "is open
            # to forming a minority coalition"
            found.setdefault("proposed", "proposed")
        if link == "prep" and self._prospect(child):
            found.setdefault("hedged", "likely")    # "paving the way for his return": not yet
        if infinitive and lemma in cues.meeting_verbs and self._lemma(child) in cues.settling_verbs:
            found.setdefault("aim", "aim")      # "met to work out a formula": the aim, not the deal
        if link == "xcomp" and any(c.lower_ == "enough" for c in head.children):
            found.setdefault("aim", "aim")      # "strong enough to fight alone": a capacity, not a plan
        if lemma in cues.wish_nouns and head.tag_.startswith("NN") and link in ("acl", "prep", "pcomp", "relcl"):
            found.setdefault("aim", "aim")      # "had ambitions to be the PM candidate": a wish
        if lemma in cues.condition_governors and link in ("xcomp", "ccomp"):
            found.setdefault("conditional", "conditional")
        # (the hint comes first, or closes the sentence after a comma: "..., O'Brien hinted"; not
        # a clause the parser hung under "a switch he had been hinting at")
        speaker = [s.left_edge.i for s in children(head, "nsubj")]
        hinted = child.i > head.i or any(i > 0 and head.doc[i - 1].text == "," for i in speaker + [head.i])
        if lemma in cues.hinting_verbs and ((link in ("ccomp", "xcomp", "parataxis") and hinted)
                                            or (link == "conj" and reported_future(child))):
            # "indicated they would go it alone": a hint ("have indicated they are not keen on
            # the bloc, and would be going it alone": the parser hangs the second half on the hint)
            found.setdefault("hedged", "likely")
        if lemma == "hope" and link == "ccomp" and asks_of_another(head, child):
            found.setdefault("proposed", "proposed")    # "I hope the alliance will allot these seats to us"
        elif lemma in cues.hedge_governors and link in ("xcomp", "acomp", "ccomp") and lemma not in self._report:
            found.setdefault("hedged", "likely")
        elif lemma == "say" and link == "xcomp":
            found.setdefault("hedged", "reportedly")      # "is said to"
        elif lemma in ("have", "need") and link == "xcomp" and is_infinitive(child) \
                and not any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children) \
                and not (head.tag_ == "VBD" and not children(head, "aux")):
            # "will have to strike an alliance": a need, not a fact ("had to give it a miss": done)
            found.setdefault("hedged", "likely")
        if lemma in cues.rival_verbs and (link in ("ccomp", "parataxis")
                                          or (link == "prep" and child.lower_ in ("of", "for"))):
            # ("accused the Congress of joining hands with the CPI(M)": the accuser's claim)
            _rival_claim(found)

    def _content_clause(self, noun: Token, clause: Token) -> bool:
        """"amid a buzz that Nitish would rejoin the NDA": the parser takes the "that" clause of
        a report or a plan for a relative clause; it is what the noun reports, not a description
        (a relative "that" is the clause's subject or object, not its marker)."""
        return self._cue_noun(noun) and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)

    def _announced(self, noun: Token) -> bool:
        """"announced plans to fight alone", "unveiled its plan to": a plan made public is what
        the party will do, not a possibility (a move, talks or a bid stay one)."""
        return self._lemma(noun) == "plan" and noun.dep_ in ("dobj", "nsubjpass") and \
            self._lemma(noun.head) in self._cues.announcing_verbs

    def _denies(self, noun: Token) -> bool:
        """"dismissed reports that ...", "no truth in reports that ...", "reports are baseless"."""
        gov = noun.head
        for _ in range(3):
            if lemma_in(gov, self._cues.denial_verbs, self._lemma):
                return True
            if any(c.dep_ == "neg" or c.lower_ == "no" for c in gov.children):
                return True
            if gov.head.i == gov.i:
                break
            gov = gov.head
        return False

    def _local_cues(self, node: Token, found: dict[str, str]) -> None:
        cues = self._cues
        negated = any(c.dep_ == "neg" for c in node.children)
        for child in node.children:
            word = child.lower_
            if child.dep_ == "aux" and word in cues.hedge_modals and not (word == "could" and negated):
                # "could not attend" reports an inability, not a possibility
                found.setdefault("hedged", "likely")
            elif child.dep_ == "aux" and word in cues.proposal_modals and not (
                    node.dep_ == "ccomp" and self._lemma(node.head) in cues.decision_verbs):
                found.setdefault("proposed", "proposed")
            elif child.dep_ in ("advmod", "acomp") and word in cues.hedge_adverbs:
                found.setdefault("hedged", "reportedly" if word in ("reportedly", "allegedly",
                                                                    "purportedly") else "likely")
            elif child.dep_ == "advcl" and self._condition(node, child, negated):
                _mark_condition(found, child)
            elif child.dep_ == "conj" and _inverted_condition(child):
                # ("... prop up the BJP should the saffron party finish ahead": the inverted
                # condition taken for one more conjunct)
                _mark_condition(found, child)
            elif child.dep_ == "prep" and negated and word in cues.pending_marks and any(
                    o.tag_ == "NN" and self._lemma(o) not in TIME_NOUNS for o in children(child, "pobj")):
                # "will not take part in the yatra till seat-sharing (is finalised)": the parser
                # often makes the clause a phrase; a wait for a step, not for a day
                found.setdefault("conditional", "conditional")

    def _asking(self, head: Token) -> bool:
        """"to be seen if", "unclear if", "asked if": an "if" that asks."""
        words = self._cues.asking_words
        # ("it remains to be seen if": the "if" hangs on "remains", beside "seen")
        return self._lemma(head) in words or any(
            (c.dep_ == "acomp" and c.lower_ in words) or (c.dep_ == "xcomp" and self._lemma(c) in words)
            for c in head.children)

    def _marks(self, clause: Token) -> set[str]:
        """The lemmas of a clause's subordinating words; "in case" (the parser's phrase "in" +
        "case": "in case Kumar decides to return to the NDA"), an inverted "should" / "had" and
        "if need be" count as "if"."""
        marks = {self._lemma(m) for m in children(clause, "mark")}
        # "Should the government refuse, ...", "Had the talks failed, ...": an inverted
        # condition; "would, if need be, end its support": the idiom's clause
        if _inverted_condition(clause) or _IF_NEEDED.fullmatch(" ".join(t.lower_ for t in clause.subtree
                                                                         if not t.is_punct)):
            marks.add("if")
        # (or "in" taken for the clause's marker, with "case" under it)
        if any(p.lower_ == "in" and any(o.lower_ == "case" and not children(o, "det") for o in children(p, "pobj"))
               for p in children(clause, "prep", "mark")):
            marks.add("if")
        # ("will extend support in case it manages to form the government": "in case" hung on the
        # verb above, just before the clause taken for its object)
        before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
        if clause.dep_ == "ccomp" and before is not None and before.lower_ == "case" and before.dep_ == "pobj" \
                and before.head.lower_ == "in" and before.head.head.i == clause.head.i:
            marks.add("if")
        return marks

    def _condition(self, node: Token, clause: Token, negated: bool) -> bool:
        """"if talks fail", and "until the seats are settled" under "will not join"."""
        marks = self._marks(clause)
        if marks & set(self._cues.condition_marks):
            return not ("if" in marks and self._asking(node)) and not happened_once(clause)
        pending = negated or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                                 for c in node.children)
        # "would join the yatra only after the seat deal is finalised": a condition too
        only = any(c.lower_ == "only" for m in children(clause, "mark") for c in m.children)
        return pending and (bool(marks & set(self._cues.pending_marks)) or (only and bool(marks & WHEN_MARKS)))

    def _attached_report(self, node: Token, anchors: Anchors, found: dict[str, str]) -> str | None:
        """"X will go alone, sources said" parsed with "said" under the clause; "according to";
        "..., citing sources"."""
        for child in node.children:
            if child.dep_ in ("advcl", "xcomp", "conj") and self._cites_sources(child):
                found.setdefault("hedged", "reportedly")
            if child.dep_ in ("parataxis", "advcl", "ccomp") and self._lemma(child) in self._report \
                    and (child.i > node.i or _set_off(child)):
                # (before the clause only when set off by commas: "It was after that, the paper
                # said, that the UML withdrew its support")
                return self._speaker(child, anchors, found)
            if child.dep_ == "prep" and child.lower_ == "according":
                who = self._according(child, anchors, found)
                if who is not None:
                    return who
        return None

    def _according(self, prep: Token, anchors: Anchors, found: dict[str, str]) -> str | None:
        """Who "according to ..." names."""
        return next((self._who(o, anchors, found) for p in children(prep, "prep") for o in children(p, "pobj")), None)

    def _cites_sources(self, clause: Token) -> bool:
        """"..., citing sources", "citing people aware of the development"."""
        return self._lemma(clause) == "cite" and any(self._lemma(o) in self._sources for o in children(clause, "dobj"))

    def _opening_source(self, trigger: Token, anchors: Anchors, found: dict[str, str]) -> str | None:
        """"According to the sources, the RJD is slated to contest 26 seats, while the Congress
        will field candidates in nine": a source that opens the sentence is every clause's."""
        first = next((t for t in trigger.doc if not t.is_punct), None)
        if first is None or first.lower_ != "according" or first.dep_ != "prep" or first.head not in trigger.ancestors:
            return None
        return self._according(first, anchors, found)

    def _closing_report(self, trigger: Token, anchors: Anchors, found: dict[str, str]) -> str | None:
        """"A will lead and then hand over to B, a Congress leader was quoted as saying" with
        the report parsed as one more conjunct: a report after a comma, saying nothing of its
        own, is the whole sentence's source."""
        doc = trigger.doc
        for child in children(trigger.sent.root, "conj", "parataxis"):
            first = next((t for t in child.subtree if not t.is_punct), child)
            # (a clause of its own is what is reported, not the source: but not "citing people
            # aware of it", the source's source)
            if child.i > trigger.i and self._lemma(child) in self._report and first.i > 0 \
                    and doc[first.i - 1].text == "," \
                    and not any(t.dep_ in ("ccomp", "xcomp") and self._lemma(t) != "cite" for t in child.subtree):
                if self._lemma(child) in self._cues.hinting_verbs:
                    found.setdefault("hedged", "likely")    # "..., hinted the party's MP"
                return self._speaker(child, anchors, found)
        # "... and remove Dahal from office, according to media reports on Tuesday": a closing
        # "according to" after a comma is the sentence's, wherever the parser hangs it
        last = max((t.i for t in trigger.sent if not t.is_punct), default=-1)
        for word in trigger.sent:
            if word.lower_ == "according" and word.i > trigger.i and word.i > 0 and doc[word.i - 1].text == "," \
                    and word.right_edge.i == last:
                return self._according(word, anchors, found)
        return None

    def _speaker(self, verb: Token, anchors: Anchors, found: dict[str, str]) -> str | None:
        lemma = self._lemma(verb)
        if lemma in self._cues.rival_verbs:
            _rival_claim(found)
        # ("a Congress leader was quoted as saying": the one quoted speaks)
        citing = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and self._lemma(c) == "cite"]
        # ("reported PTI citing people aware of it": the parser takes the wire for the subject of "citing")
        who = (passive_subjects(verb) if lemma == "quote" else []) or children(verb, "nsubj") \
            or [s for c in citing for s in children(c, "nsubj")] or subjects(verb, self._lemma) \
            or children(verb, "agent")
        if not who:
            return None
        if lemma == "report" and anchors.entity(who[0]) is None and who[0].lower_ not in self._wires:
            found.setdefault("hedged", "reportedly")   # "NDTV reported": the media's account
        if any(self._cites_sources(c) for c in citing):
            found.setdefault("hedged", "reportedly")
        return self._who(who[0], anchors, found)

    def _who(self, token: Token, anchors: Anchors, found: dict[str, str]) -> str:
        if token.lower_ in self._wires:
            return token.text       # "..., PTI reported": the article's own credit line
        mention = anchors.entity(token)
        if self._lemma(token) in self._sources and mention is None:
            found.setdefault("hedged", "reportedly")
            return "sources"
        if mention is not None:
            return mention.entity
        words = [t for t in token.subtree if t.dep_ not in ("punct",)]
        if unnamed(token) and self._lemma(token) not in self._cues.official_speakers and not any((m := anchors.entity(t)) is not None and m.kind == "person"
                                       for t in token.subtree):
            # "..., a Congress leader said": an unnamed insider is a source, whichever side
            found.setdefault("hedged", "reportedly")
            return "sources"
        # ("JD(U) leader KC Tyagi", "Tyagi of the JD(U)": someone unwatched speaks for the party named)
        party = next((m.entity for t in token.subtree if (m := anchors.entity(t)) is not None and m.kind == "party"),
                     None)
        return party or (" ".join(t.text for t in words)[:60] if words else token.text)

    def _opening_condition(self, trigger: Token) -> Token | None:
        """"If the Congress wins Kosi, he wrote, it will form the government and make Rahul
        prime minister": a sentence that opens on a condition puts what follows under it,
        wherever the parser hung the if-clause (its verb, or None)."""
        doc = trigger.doc
        first = next((t for t in doc if not t.is_punct), None)
        if first is None or first.dep_ != "mark" or self._lemma(first) not in self._cues.condition_marks:
            return None
        condition = first.head
        return condition if condition.right_edge.i < trigger.i and not happened_once(condition) else None

    def _indirect_question(self, trigger: Token) -> bool:
        """"Which nine seats go to the Congress has not been decided": an open question."""
        head = clause_head(trigger)
        if head.dep_ in ("relcl", "acl", "advcl"):
            return False        # "the seats which ...", "when he lost the vote": no question
        if head.dep_ in ("ccomp", "parataxis") and self._lemma(head.head) in self._report:
            return False        # "it was she, the minister said, who had put forward ...": a cleft
        first = head.left_edge
        return first.tag_ in ("WDT", "WP", "WRB") and first.i < head.i and first.lower_ != "that"


def _not_proposed(own: str, found: Mapping[str, str], negated: bool) -> bool:
    """An offering word's own "proposed" does not hold when a modal or a hedging verb makes the
    offer uncertain ("could offer the Congress two seats", "intends to offer": a hint, hedged)
    or when it is negated ("it wanted no arrangement with the PDP": a refusal, asserted)."""
    return own == "proposed" and (negated or (found.get("hedged") == "likely" and "proposed" not in found))


def confidence(mood: Mood, attachment: float) -> float:
    return round(mood.base_confidence * attachment, 2)


def as_sourced(claim: Claim) -> Claim:
    """A detail of a story its opening attributes to sources ("..., sources said"): as sourced
    as the story, unless its own sentence says who says it."""
    factor = _BASE_CONFIDENCE["hedged"] / _BASE_CONFIDENCE[claim.modality]
    return dataclasses.replace(claim, modality="hedged", hedge="reportedly", speaker="sources",
                               confidence=round(claim.confidence * factor, 2))


#: "If Omar's assertions are any indication": what the clause under it says is inferred, not
#: conditioned.
_EVIDENCE_NOUNS = frozenset({"indication", "indicator", "guide", "sign", "pointer", "signal", "hint", "yardstick"})


#: "if need be", "if necessary": a condition in a set phrase.
_IF_NEEDED = re.compile(r"if (?:need be|necessary|needed|required|need arises|the need arises)")


def _inverted_condition(clause: Token) -> bool:
    """Does the clause open on "should", "had" or "were" before its subject ("should the BJP
    finish ahead", "had the talks failed")?"""
    first = clause.doc[clause.left_edge.i]
    return first.dep_ == "aux" and first.head.i == clause.i and first.lower_ in ("should", "had", "were") \
        and any(s.i > first.i for s in children(clause, "nsubj", "nsubjpass"))


def _set_off(clause: Token) -> bool:
    """Is the clause set off by commas on both sides ("..., the paper said, ...")?"""
    doc = clause.doc
    start, end = clause.left_edge.i, clause.right_edge.i
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end + 1].text if end + 1 < len(doc) else ""
    first, last = doc[start].text, doc[end].text
    return (before == "," or first == ",") and (after == "," or last == ",")


def _mark_condition(found: dict[str, str], clause: Token) -> None:
    """A condition's clause conditions the fact; "if X is any indication" only hedges it."""
    evidential = any(c.dep_ in ("attr", "acomp") and c.lower_ in _EVIDENCE_NOUNS
                     and any(d.lower_ == "any" for d in c.children) for c in clause.children)
    found.setdefault(*(("hedged", "likely") if evidential else ("conditional", "conditional")))
