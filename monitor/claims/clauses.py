"""The shapes of a clause that tell how its fact is said: a report with no one reporting, a
circumstance given in passing, a condition that only tells when, a subjunctive demand, an
unnamed source. Small predicates on the parse, read by ``modality``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.claims.pronouns import FIRST_PERSON
from monitor.claims.tree import children

if TYPE_CHECKING:
    from spacy.tokens import Token

_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})
_DEFINITE = frozenset({"the", "both", "these", "those", "its", "their", "his", "her"})


#: Under "it is ... that", hearsay ("it is said that"), not an announcement ("it was announced").
HEARSAY = frozenset({"say", "tell", "report", "claim", "rumour", "rumor", "whisper"})


def impersonal(verb: Token) -> bool:
    """"It is said", "it is being told", "it is learnt": a passive report with no one reporting."""
    return any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children) and \
        any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def semicolon_between(head: Token, child: Token) -> bool:
    """A clause joined to its head across a semicolon: two sentences the parser made one."""
    return child.dep_ in ("ccomp", "parataxis", "conj") and semicolon_apart(head, child)


def semicolon_apart(a: Token, b: Token) -> bool:
    """Is there a semicolon between the two words?"""
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low + 1:high])


def ends_in_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip("\"'”’)").endswith("?")


#: Marks of a clause of time that "only" makes a condition ("only after the deal is sealed").
WHEN_MARKS = frozenset({"after", "when", "once", "if"})
#: Marks of an adverbial clause that tells what happened before or why ("after he lost ...").
_CIRCUMSTANCE_MARKS = frozenset({"after", "since", "because", "as", "when", "while", "before"})


def happened_once(clause: Token) -> bool:
    """"Once Prachanda brought the UML in, the Congress was pushed out": "once" with a verb in
    the past tells when, not on what condition."""
    return clause.tag_ == "VBD" and any(m.lower_ == "once" for m in children(clause, "mark"))


def past_circumstance(clause: Token) -> bool:
    """"... after he lost the support of the Nepali Congress": a past event given as the
    circumstance of the main clause keeps none of its need, hedge or plan."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBD" \
        and any(m.lower_ in _CIRCUMSTANCE_MARKS for m in children(clause, "mark"))


def circumstance(clause: Token) -> bool:
    """"Addressing the rally, Mamata Banerjee accused the BJP ...": a participle clause says
    what the speaker was doing, not what she said."""
    return clause.dep_ == "advcl" and clause.tag_ in ("VBG", "VBN") and not children(clause, "mark")


def may_do(verb: Token, proposer: str) -> bool:
    """"proposed that the Congress can fight 300 seats": what one may do, put forward as a
    proposal (not "told them it can": telling reports; not "reports suggest the bloc may",
    "could": a likelihood)."""
    if proposer in _PROMISING:
        # "had promised the Congress that his party would never team up with the Maoists"
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in verb.children)
    return proposer not in _TELLING and any(c.dep_ == "aux" and c.lower_ in ("can", "should")
                                            for c in verb.children)


#: A promise of what one will do is an undertaking, not a fact yet.
_PROMISING = frozenset({"promise", "assure"})
_TELLING = frozenset({"tell", "ask", "direct", "instruct", "call", "challenge", "dare", "inform"})


def subjunctive(verb: Token) -> bool:
    """"suggested that Kharge be made ...", "demanded that the party should contest"."""
    auxes = children(verb, "aux", "auxpass")
    if any(c.lower_ in ("should", "must") for c in auxes):
        return True
    if any(c.lower_ == "to" for c in auxes):
        # "wants the Congress to cede seats", "urged the AAP to join": what one asks of another
        return bool(children(verb, "nsubj", "nsubjpass"))
    if any(c.tag_ == "MD" for c in auxes):
        return False
    subjects = children(verb, "nsubj", "nsubjpass")
    if not subjects:
        return False
    # ("requested that Sonia Gandhi attend": a plain form after a singular subject, which the
    # parser tags as a present)
    return verb.tag_ == "VB" or any(c.tag_ == "VB" and c.lower_ == "be" for c in auxes) \
        or (verb.tag_ == "VBP" and any(s.tag_ in ("NN", "NNP") for s in subjects))


def unnamed(token: Token) -> bool:
    """"a Congress leader", "two ministers", "party leaders" (not "the two parties"): someone
    not named."""
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "poss")]
    if not dets and token.tag_ == "NNS" and any(
            c.dep_ in ("acl", "relcl") or (c.dep_ == "amod" and children(c, "prep")) for c in token.children):
        # "party leaders involved in the talks revealed", "people familiar with the matter"
        # (not "leaders in Kathmandu said": a vague account, not a source's)
        return True
    return any(d in _INDEFINITE for d in dets) and not any(d in _DEFINITE for d in dets)


def own_doing(clause: Token) -> bool:
    """"denied having any alliance with the Congress": what the subject denies doing is not
    done (negation counts it), not a report someone denies."""
    return clause.tag_ == "VBG" and clause.dep_ in ("xcomp", "dobj")


def reported_future(verb: Token) -> bool:
    """"..., and would be going it alone": a "would" clause with no subject of its own."""
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) \
        and not children(verb, "nsubj", "nsubjpass")


def asks_of_another(hope: Token, clause: Token) -> bool:
    """"I hope that the alliance will allot these three seats to AAP", "he hoped the alliance
    would allot the three seats to the party": a hope of what someone else will do is a request
    (not "we hope to win": one's own aim)."""
    own = [s.lower_ for s in children(hope, "nsubj")]
    other = [s.lower_ for s in children(clause, "nsubj", "nsubjpass")]
    return bool(own) and bool(other) and other[0] != own[0] \
        and not (own[0] in FIRST_PERSON and other[0] in FIRST_PERSON)


def goes_on(clause: Token) -> bool:
    """"..., following which the UML ended its support ..., the Post reported": a relative
    clause that tells what happened next, part of what the sentence reports (not a description)."""
    return any(p.dep_ == "prep" and any(o.lower_ == "which" for o in children(p, "pobj")) for p in clause.children)


def among(noun: Token) -> bool:
    """"A, B and C are among the leaders who will attend, sources said": the relative clause
    is what the sentence says of them, under its hedge."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "among"


#: "until next week", "till the polls": a wait for a time, not for a step to be taken.
TIME_NOUNS = frozenset({"week", "month", "year", "day", "time", "date", "poll", "election", "end",
                        "morning", "evening", "night", "weekend", "fortnight", "now", "then"})
