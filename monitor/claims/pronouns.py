"""Who a pronoun or a plain "the party", "the two parties" stands for inside one parsed
sentence, where the text-wide reading (``entities``) cannot see the clauses: the party of
whoever says it, the person a main clause is about, the pair just named."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from monitor.claims.tree import children

if TYPE_CHECKING:
    from spacy.tokens import Token

    from monitor.claims.arguments import Sentence
    from monitor.claims.entities import Mention

Lemma = Callable[["Token"], str]
#: Nouns that stand for the pair of parties just named ("the two parties", "both sides").
PAIR_NOUNS = frozenset({"party", "side", "partner", "ally", "outfit", "constituent"})


def reporting_party(word: Token, sentence: Sentence, lemma: Lemma, report_verbs: Collection[str],
                    groups: Collection[str]) -> Mention | None:
    """"The JD(U), quashing rumours of its return to the BJP-led NDA, stated that the party
    was firmly with INDIA", "asked about the party's return to the NDA, the JD(U) leader
    said ...": "the party" in what a party (or its leader) says, or is asked, is that party."""
    node = word
    for _ in range(8):
        if node.head.i == node.i:
            return None
        if node.dep_ in ("ccomp", "prep", "advcl") and lemma(node.head) in report_verbs:
            verb = node.head
            # (the parser may hang the subject on a participle before the verb: "JD(U),
            # quashing the rumours, stated that ..."; "the JD(U) leader said": his party)
            said_by = children(verb, "nsubj") or [s for a in children(verb, "advcl") if a.i < verb.i
                                                  for s in children(a, "nsubj")]
            named = [m for s in said_by for t in [s, *children(s, "compound", "poss", "nmod")]
                     for m in [sentence.anchors.entity(t)]
                     if m is not None and m.kind == "party" and m.how == "name"
                     and (t.i == s.i or lemma(s) in groups)]
            return named[0] if named else None
        node = node.head
    return None


#: The first person ("our party", "we hope the alliance will ...").
FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me"})
#: The third-person pronouns that open a clause about a man or a woman named before.
HE_SHE = frozenset({"he", "she"})


def fronted_subject_party(word: Token, sentence: Sentence) -> Mention | None:
    """"While the Congress sealed alliances with the SP and the AAP, the party is still hoping to
    ally with the TMC": "the party" subject of the main clause is the party an adverbial clause
    before it is about, not the last party named there."""
    if word.dep_ != "nsubj":
        return None
    verb = word.head
    for clause in children(verb, "advcl"):
        if clause.i < word.i:
            named = [m for s in children(clause, "nsubj") for m in [sentence.anchors.entity(s)]
                     if m is not None and m.kind == "party" and m.how != "coref"]
            if named:
                return named[0]
    return None


def main_clause_person(word: Token, sentence: Sentence) -> Mention | None:
    """"... the Prime Minister's proposal was unsuccessful, as he failed to secure 138 votes":
    "he" in an adverbial clause is the person its main clause is about (its subject, or whose
    the subject is), not someone the text named before."""
    if word.lower_ not in HE_SHE or word.dep_ != "nsubj" or word.head.dep_ != "advcl":
        return None
    main = word.head.head
    for subject in children(main, "nsubj", "nsubjpass"):
        # ("His predecessor, Pushpa Kamal Dahal, was forced out when he lost": the apposed name,
        # never a possessive pronoun)
        for t in (subject, *children(subject, "appos"), *children(subject, "poss")):
            found = sentence.anchors.entity(t)
            if found is not None and found.kind == "person" and t.tag_ != "PRP$":
                return found
    return None


def bound_elsewhere(word: Token, mention: Mention, sentence: Sentence) -> bool:
    """An object pronoun never stands for its own clause's subject ("Paudel appointed him")."""
    if word.lower_ not in ("him", "her", "them") or word.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = word.head.head if word.dep_ == "pobj" else word.head
    return any((m := sentence.anchors.entity(s)) is not None and m.entity == mention.entity
               for s in children(verb, "nsubj"))


def unwatched_speakers(word: Token, mention: Mention, sentence: Sentence, lemma: Lemma,
                       report_verbs: Collection[str], titles: Collection[str]) -> bool:
    """"CM Mahara said that he would take a vote of confidence, but he resigned": "he" in what a
    named person no one watches says (or does next) is that person, not the watched one the
    text named last."""
    if word.lower_ not in ("he", "she") or mention.kind != "person":
        return False
    node = word.head
    for _ in range(7):      # ("... resigned after observing signs that he would not win")
        # (a speaker named before the pronoun: "He declined the post, Sanjay Jha said" is about
        # the one the text named before)
        speakers = [s for s in children(node, "nsubj") if s.i < word.i]
        if lemma(node) in report_verbs and speakers:
            # (a name, not a title: "The Chief Minister said he would quit" is the one titled before)
            return any(s.tag_ == "NNP" and s.lower_ not in titles and sentence.anchors.entity(s) is None
                       for s in speakers)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def counted_two(word: Token) -> bool:
    """"the two parties", "both sides", "the two INDIA bloc partners", "the parties" (not "the
    two communist parties": a kind of party the text did not just name)."""
    if any(c.dep_ == "amod" and c.lower_ not in _PLAIN_ADJECTIVES for c in word.children):
        return False
    if word.tag_ == "NNS" and [c.lower_ for c in word.children if c.dep_ != "punct"] == ["the"]:
        # "the parties are willing to contest 22 and 10 seats respectively" (not "the parties
        # left in the alliance": a group the words define)
        return True
    return any((c.dep_ == "nummod" and c.lower_ in ("two", "2")) or c.lower_ == "both"
               for c in word.children)


_PLAIN_ADJECTIVES = frozenset({"main", "major", "big", "bigger", "biggest", "large", "larger", "largest",
                               "key", "former", "erstwhile", "estranged", "rival", "allied", "opposition"})
