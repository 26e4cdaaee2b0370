"""Whose and where a government is: the country's, or a state's or province's, and the
party that leads it.

"Quit the government" is leaving the governing coalition; "quit the Koshi province
government" or "joined the UML-led government in Koshi" is a deal there (a frame's
``placed_as``), with the party that leads it when the text says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from monitor.claims.arguments import Arguments, Found, Sentence
from monitor.claims.entities import EntityInfo, side_of
from monitor.claims.lexicon import Lexicon, norm
from monitor.claims.schema import Frame
from monitor.claims.tree import children, clause_head, clause_tokens, is_verb, modifiers
from monitor.claims.values import LOCAL_KINDS

if TYPE_CHECKING:
    from spacy.tokens import Token

Lemma = Callable[["Token"], str]


class Governments:
    def __init__(self, lexicon: Lexicon, info: Mapping[str, EntityInfo], arguments: Arguments,
                 lemma: Lemma) -> None:
        self._vocabulary = lexicon.data.vocabulary
        self._lex = lexicon
        self._info = info
        self._args = arguments
        self._lemma = lemma

    def _nouns(self, token: Token) -> list[Token]:
        """The government nouns of the trigger's phrase ("quit the Madhesh government")."""
        return [t for t in token.subtree if self._lemma(t) in self._vocabulary.government_nouns and t.i != token.i]

    def local(self, token: Token, sentence: Sentence) -> bool:
        """"quit the Madhesh Province Government", "the state government": not the country's."""
        words = self._vocabulary
        # (a noun's clause too: "the provincial government includes ministers from the NC")
        nouns = self._nouns(token) + ([] if is_verb(token) else self._nouns(clause_head(token)))
        return any(sentence.anchors.place(m) is not None or m.lower_ in words.local_words
                   for n in nouns for m in modifiers(n)) or self._by_local_head(token)

    def _by_local_head(self, token: Token) -> bool:
        """Is it done by the head of a state's or province's government ("the Chief Minister
        constituted a Council of Ministers, inducting the UML's Acharya"): a role held in a place?"""
        clause = clause_head(token)
        clauses = [clause] + ([clause.head] if clause.dep_ in ("advcl", "conj", "xcomp") else [])
        for subject in (s for c in clauses for s in children(c, "nsubj", "nsubjpass")):
            words = [w for w in subject.lefts if w.dep_ in ("compound", "amod")] + [subject]
            role = self._lex.roles.get(norm(" ".join(w.text for w in words)))
            if role is not None and self._lex.role_scope(role) == "place":
                return True
        return False

    def local_scene(self, token: Token, sentence: Sentence) -> bool:
        """Does the trigger's clause, or the clause it is joined to, open on a province ("In
        Madhes province, the JSP heads the government, and both the Maoist Centre and the UML
        had already pulled their support from it")? What happens there is not the country's."""
        clauses = [token] + ([token.head] if token.dep_ == "conj" and token.head.i < token.i else [])
        words = [t for c in clauses for t in _in_phrases(c)]
        return any(p is not None and p.kind in LOCAL_KINDS for p in map(sentence.anchors.place, words))

    def forms_national(self, token: Token, sentence: Sentence) -> bool:
        """"had formed the new ruling coalition", "will form the government": the country's (its
        object a government noun no place or local word qualifies)."""
        nouns = [o for o in children(token, "dobj") if o.lower_ in self._vocabulary.government_nouns]
        return bool(nouns) and not self.local(token, sentence) and not any(
            sentence.anchors.place(t) is not None for n in nouns for t in n.subtree)

    def placed_in(self, token: Token, frame: Frame, sentence: Sentence) -> list[str | None]:
        """The states an "in" phrase of the trigger's clause names, or a government noun's own
        ("quit the Koshi province government"), for a frame with placed_as."""
        if frame.placed_as is None:
            return []
        # (and a place the parser joined to the noun: "the Sudurpashchim and Lumbini province
        # governments", with "governments" a conjunct of "Sudurpashchim")
        words = _in_phrases(token) + [m for t in self._nouns(token) for m in (*modifiers(t), *t.conjuncts)]
        return list(dict.fromkeys(p.id for t in words for p in [sentence.anchors.place(t)]
                                  if p is not None and p.kind in LOCAL_KINDS))

    def leader(self, token: Token, sentence: Sentence) -> list[Found]:
        """The party a government noun says leads it ("the UML-led government", "the government
        led by the UML", "Saroj Kumar Yadav's administration"): in the trigger's phrase, else
        anywhere in the sentence ("Previously aligned with JSP's Saroj Kumar Yadav's
        administration, the UML has withdrawn from the Madhesh government")."""
        own = self._nouns(token)
        rest = [t for t in sentence.doc if t.lower_ in self._vocabulary.government_nouns and t not in own]
        for noun in [*own, *rest]:
            for word in self._leading_words(noun):
                mention = sentence.anchors.entity(word)
                if mention is not None and mention.kind in ("party", "person"):
                    found = self._args.found(mention, word, "direct")
                    return [Found(side_of(self._info, found.entity), "party", found.token, found.how)]
        return []

    def _leading_words(self, noun: Token) -> list[Token]:
        """"Yadav's administration", "the UML-led government", "the government led by the UML"."""
        words = list(children(noun, "poss"))
        for led in (c for c in noun.children if c.dep_ in ("amod", "acl") and self._lemma(c) in ("lead", "head")):
            words += [w for c in led.children for w in ([c] if c.dep_ == "npadvmod" else
                      children(c, "pobj") if c.dep_ == "agent" else [])]
        # ("In Madhes province, the JSP-Nepal heads the government": the subject of its leading verb)
        if noun.dep_ == "dobj" and self._lemma(noun.head) in ("lead", "head", "run"):
            words += children(noun.head, "nsubj")
        return words


def _in_phrases(clause: Token) -> list[Token]:
    """The objects of the "in" phrases of a clause ("in Madhes province")."""
    return [t for t in clause_tokens(clause) if t.dep_ == "pobj" and t.head.lower_ == "in"]
