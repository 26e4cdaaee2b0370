"""A frame's value and place, read off the parse: seat numbers, roles, events, dates, places.

    numbers(noun)      "63 and 17 seats" -> [63, 17]; "all 42 seats" -> [42]
    role(token)        "the post of convenor", "prime ministerial face" -> role id and its word
    event(token)       "the INDIA bloc meeting" -> "meeting"
    clause_places(...) the places the trigger's own clause is about
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.claims.anchors import Anchors
from monitor.claims.lexicon import Lexicon, norm
from monitor.claims.places import PlaceMention
from monitor.claims.tree import (
    children,
    clause_tokens,
    dating_participles,
    in_clause,
    is_verb,
    lost_subject,
    modifiers,
    prep_objects,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Lemma = Callable[["Token"], str]
#: Nouns that stand for a role named after them ("the post of convenor").
_ROLE_HOLDERS = frozenset({"post", "position", "role", "job", "office", "chair", "mantle", "responsibility",
                           "offer", "proposal", "suggestion", "invitation", "request"})
#: Places whose government is led by a chief minister, not the country's leader.
LOCAL_KINDS = frozenset({"state", "region"})
_NUMBER_DEPS = ("nummod", "quantmod", "amod", "compound")
#: Words for a part or moment of an event, which is the event's own ("the closing ceremony of the yatra").
_PART_OF_EVENT = frozenset({"ceremony", "function", "event", "programme", "program", "culmination", "finale",
                            "conclusion", "end", "leg", "stage", "session"})
_ABOUT_SEATS = "claimwatch.about_seats"
#: Set on a sentence's parse whose seats the sentence before it named ("The Congress gets nine.").
SEATS_CARRIED = "claimwatch.seats_carried"
#: The value of a ``proposal`` frame until the document pass finds what was proposed.
PROPOSED_VALUE = "\x00proposed"
#: Words that may stand between a party and its number in a list ("the SP itself 62").
_LIST_GLUE = frozenset({"itself", "gets", "get", "got", "in", "with", "keeps", "takes", "the", "on",
                        "will", "contest", "would", "has", "have", "had"})


@dataclass(frozen=True, slots=True)
class Valued:
    value: str
    token: Token          # the word it was read from (for its modifiers and places)


class Values:
    def __init__(self, lexicon: Lexicon, roles: Mapping[str, str], events: Mapping[str, str],
                 seat_nouns: frozenset[str], seat_exclude: frozenset[str], lemma: Lemma) -> None:
        self._lex = lexicon
        self._roles = roles
        self._events = events
        self._seat_nouns = seat_nouns
        self._seat_exclude = seat_exclude
        self._lemma = lemma
        self._longest_role = max((len(k.split()) for k in roles), default=1)

    # --- seats ---------------------------------------------------------------

    def is_seat_noun(self, token: Token) -> bool:
        if self._lemma(token) not in self._seat_nouns or self._excluded(token):
            return False
        # "For the Maharashtra Assembly elections, the three will contest 85 seats each": the
        # clause is about another house's election, so its seats are not the story's
        elections = self._lex.data.vocabulary.election_nouns
        return not any(self._lemma(t) in elections and self._excluded(t) for t in clause_tokens(token))

    def _excluded(self, noun: Token) -> bool:
        """Is the noun marked as another house's ("Assembly seats", "Vidhan Sabha polls",
        "92 seats in the 117-member Assembly")?"""
        if self._marked(modifiers(noun)):
            return True
        return any(self._marked([house, *modifiers(house)]) for p in ("in", "of")
                   for house in prep_objects(noun, p))

    def _marked(self, words: Sequence[Token]) -> bool:
        pairs = [(t.lower_, self._lemma(t)) for t in words]
        phrase = f" {' '.join(w for w, _ in pairs)} "
        return any(w in self._seat_exclude or lemma in self._seat_exclude for w, lemma in pairs) \
            or any(f" {w} " in phrase for w in self._seat_exclude if " " in w)

    def about_seats(self, doc: Doc) -> bool:
        """Does the sentence name seats at all? Asked by several readers of one parse,
        answered once (kept on the doc)."""
        key = f"{_ABOUT_SEATS}.{id(self)}"     # the answer is this lexicon's
        if key not in doc.user_data:
            doc.user_data[key] = bool(doc.user_data.get(SEATS_CARRIED)) or any(self.is_seat_noun(t) for t in doc)
        return bool(doc.user_data[key])

    def seat_numbers(self, token: Token, anchors: Anchors | None = None) -> list[Valued]:
        """Seat numbers a value word gives: "17 seats", "17 of the 80 seats", "every one of the
        42 seats", and a bare "17" in a sentence about seats."""
        if self._lemma(token) in self._lex.data.vocabulary.candidate_nouns and token.dep_ == "dobj" \
                and not self._excluded(token):
            # "announcing all 42 candidates": one candidate a seat (the frame's verb names them)
            return self._numbers_on(token)
        if self.is_seat_noun(token):
            # "both Goa seats and the single Chandigarh seat": each seat noun its number
            found = [v for noun in (token, *token.conjuncts) if self.is_seat_noun(noun)
                     and not _subject_of_next_clause(noun) and not _a_places_total(noun, anchors)
                     for v in self._numbers_on(noun)]
            return found or self._named_seat(token, anchors)
        if token.tag_ != "CD" and self._lex.number(token.text) is None and \
                token.lower_ not in ("both", "all", "each"):
            return []
        if not self.about_seats(token.doc):
            return []
        if token.dep_ == "nummod" and token.head.tag_.startswith("NN") and not self.is_seat_noun(token.head) \
                and not (token.head.tag_ in ("NNP", "NNPS") and token.i > token.head.i):
            # "took nine days", "two leaders": a number of something else (not "offered the
            # Congress 17 seats" with the number hung on the name)
            return []
        if token.lower_ in ("both", "all", "each") or (
                token.lower_ == "one" and any(c.lower_ in ("every", "each") for c in token.children)):
            for noun in (o for p in children(token, "prep") for o in children(p, "pobj")):
                if self.is_seat_noun(noun):
                    return self._numbers_on(noun)
        out = []
        for word in (token, *token.conjuncts):     # "four and three of the seven seats"
            number = self._lex.number(word.text)
            if number is not None and not not_a_count(word):
                out.append(Valued(str(number), word))
        # "nine of Tamil Nadu's 39 seats and the single seat in Puducherry"
        for noun in (o for p in children(token, "prep") if p.lower_ == "of" for o in children(p, "pobj")):
            for other in noun.conjuncts:
                if self.is_seat_noun(other):
                    out += self._numbers_on(other)
        return out

    def _named_seat(self, noun: Token, anchors: Anchors | None = None) -> list[Valued]:
        """"will contest the Trichy constituency": one seat, named, all the subject contests;
        "will field candidates in the Anantnag, Baramulla and Srinagar constituencies": as many
        as it names (not when one of them is a state or region: "the Udhampur, Jammu and Ladakh
        seats" lie in two)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        verbs = self._lex.data.vocabulary.single_seat_verbs
        named_by_verb = noun.dep_ == "dobj" and self._lemma(noun.head) in verbs
        # ("field candidates in the ... constituencies": the seats the candidates stand in)
        stood_in = noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
            self._lemma(noun.head.head) in ("candidate", "nominee")
        if not (named_by_verb or stood_in):
            return []
        names = [w for c in noun.children if c.dep_ in ("compound", "nmod") and c.tag_ in ("NNP", "NNPS")
                 and c.i < noun.i for w in (c, *c.conjuncts)]
        if anchors is not None and any((p := anchors.place(w)) is not None and p.kind in LOCAL_KINDS for w in names):
            return []
        if noun.tag_ == "NN":
            return [Valued("1", noun)] if names and named_by_verb else []
        return [Valued(str(len(names)), noun)] if len(names) >= 2 else []

    def _numbers_on(self, noun: Token) -> list[Valued]:
        out: list[Valued] = []
        for child in noun.children:
            if child.dep_ == "det" and child.lower_ == "both":
                out.append(Valued("2", child))
            elif child.dep_ in _NUMBER_DEPS and child.tag_ in ("CD", "JJ") and child.i < noun.i:
                for word in (child, *child.conjuncts):
                    number = self._lex.number(word.text)
                    if number is not None and not not_a_count(word):
                        out.append(Valued(self._range(word, number), word))
        return out

    def _range(self, word: Token, high: int) -> str:
        """"2-4 seats", "six to eight seats": a range, written low-high."""
        low = next((n for c in children(word, "quantmod") if c.i < word.i
                    for n in [self._lex.number(c.text)] if n is not None and n < high), None)
        return f"{low}-{high}" if low is not None else str(high)

    def listed(self, doc: Doc, anchors: Anchors, exclude: Sequence[Valued]) -> list[tuple[int, Valued]]:
        """"the Congress 17 and the NCP (SP) 10", "the CPI and the CPI(M) one each": the party
        words of a verbless list and their numbers (token index, number)."""
        used = {v.token.i for v in exclude}
        out: list[tuple[int, Valued]] = []
        starts = sorted({where.start: (m, where) for m, where in anchors.entities.values()}.items())
        for _start, (mention, where) in starts:
            if mention.kind not in ("party", "person"):
                continue
            number = self._number_after(doc, where.end, used)
            if number is not None:
                used.add(number.token.i)
                out.append((where.root, number))
        for token in doc:
            if token.lower_ == "each":
                out += self._each(doc, anchors, token, used)
            elif token.lower_ in ("to", "for") and token.i > 0 and token.i - 1 not in used:
                # "... and the remaining nine to the Congress"
                number = self._lex.number(doc[token.i - 1].text)
                target = next((anchors.entities[i] for i in range(token.i + 1, min(token.i + 3, len(doc)))
                               if i in anchors.entities), None)
                if number is not None and target is not None and not not_a_count(doc[token.i - 1]) \
                        and target[0].kind in ("party", "person"):
                    used.add(token.i - 1)
                    out.append((target[1].root, Valued(str(number), doc[token.i - 1])))
        return out

    def _number_after(self, doc: Doc, index: int, used: set[int]) -> Valued | None:
        for i in range(index, min(index + 4, len(doc))):
            token = doc[i]
            if token.lower_ in _LIST_GLUE or token.is_punct and token.text in ")(:":
                continue
            number = self._lex.number(token.text)
            if number is None or i in used or not_a_count(token):
                return None
            if i > 0 and doc[i - 1].lower_ == "of":
                return None        # "of the 80 seats": a total
            after = doc[i + 1] if i + 1 < len(doc) else None
            if after is not None and after.tag_.startswith("NN") and not self.is_seat_noun(after):
                return None        # "45 MLAs"
            return Valued(str(number), token)
        return None

    def _each(self, doc: Doc, anchors: Anchors, each: Token, used: set[int]) -> list[tuple[int, Valued]]:
        """Parties just before "one (seat) each" all get that number."""
        number = next((t for t in reversed(doc[max(0, each.i - 3):each.i])
                       if self._lex.number(t.text) is not None), None)
        if number is None or number.i in used:
            return []
        value = Valued(str(self._lex.number(number.text)), number)
        out = []
        for i in range(number.i - 1, max(-1, number.i - 12), -1):
            token = doc[i]
            if self._lex.number(token.text) is not None and not not_a_count(token):
                break
            found = anchors.entities.get(i)
            if found is not None and found[1].start == i and found[0].kind in ("party", "person"):
                out.append((found[1].root, value))
        if out:
            used.add(number.i)
        return out

    # --- roles and events ----------------------------------------------------------

    def named_through_of(self, token: Token) -> bool:
        """Does the role's own name go on with "of" ("Leader of Opposition", "leader of the
        opposition"), so that what follows "of" is no body the post is held in?"""
        return self._role_going_on(token, "of") is not None

    def _role_going_on(self, token: Token, word: str | None = None) -> Valued | None:
        """"leader of the opposition", "candidate for prime minister": a role whose name goes
        on after the word, through a preposition (``word``: only that one)."""
        for prep in children(token, "prep"):
            if word is None or prep.lower_ == word:
                phrase = norm(token.doc[token.i:prep.right_edge.i + 1].text)
                if phrase in self._roles:
                    return Valued(self._roles[phrase], token)
        return None

    def role(self, token: Token) -> Valued | None:
        """A role named by the word and the words before it ("chief minister", "PM face")."""
        if self._lemma(token) in _ROLE_HOLDERS and self._phrase_role(token) is None:
            # "the post of convenor", "the PM post", "the offer to be the convenor"
            clauses = children(token, "acl", "relcl")
            # "the prime ministerial suggestion": the modifiers together name the role
            lefts = [t for t in token.lefts if t.dep_ in ("compound", "amod")]
            if lefts:
                phrase = norm(token.doc[lefts[0].i:token.i].text)
                if phrase in self._roles:
                    return Valued(self._roles[phrase], token)
            for inner in [*children(token, "compound", "amod", "poss"),
                          *(o for p in children(token, "prep") if p.lower_ == "of"
                            for o in children(p, "pobj")),
                          *(a for c in clauses for a in children(c, "attr", "oprd")),
                          *(o for c in clauses for o in prep_objects(c, "as"))]:
                found = self.role(inner)
                if found is not None:
                    return Valued(found.value, token)
            return None
        return self._phrase_role(token) or self._role_going_on(token)

    def _phrase_role(self, token: Token) -> Valued | None:
        """The role the word names with the words before it ("deputy prime minister")."""
        words = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        start = min((w.left_edge.i for w in words), default=token.i)
        doc = token.doc
        head = self._lemma(token)       # "the two deputy prime ministers": the singular
        if len(token.text) > 2 and token.text.endswith("s") and token.text[:-1].isupper():
            head = token.text[:-1].lower()      # "the two Deputy PMs", "CMs": an abbreviation's plural
        for first in range(max(start, token.i - self._longest_role + 1), token.i + 1):
            words_before = norm(doc[first:token.i].text)
            # (the longer name first, where the parser split it: "as PM face of the bloc", with
            # "PM" and "face" two objects of "as")
            # (not from a modifier inside a longer name: "Prime" of "Prime Minister")
            ahead = [norm(doc[first:last + 1].text) for last in range(min(len(doc) - 1, token.i + 2), token.i, -1)
                     if not any(token.head.i == t.i for t in doc[token.i + 1:last + 1])]
            for phrase in (*ahead, norm(doc[first:token.i + 1].text), f"{words_before} {head}".strip()):
                if phrase in self._roles:
                    return Valued(self._roles[phrase], token)
        # "the INDIA bloc's face": as "the face of the bloc"
        for owner in children(token, "poss"):
            phrase = f"{head} of the {self._lemma(owner)}"
            if phrase in self._roles:
                return Valued(self._roles[phrase], token)
        return None

    def led_role(self, token: Token, anchors: Anchors | None = None) -> Valued | None:
        """The role whose holder leads what the word names ("lead the provincial government":
        chief minister; "lead the government": prime minister; "heads the Koshi government":
        a state's or province's, so its chief minister)."""
        words = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")]
        if anchors is not None and any((p := anchors.place(w)) is not None and p.kind in LOCAL_KINDS
                                       for w in words):
            for local in ("state", "provincial"):
                phrase = norm(f"{local} {self._lemma(token)}")
                if phrase in self._lex.led:
                    return Valued(self._lex.led[phrase], token)
        for first in ([w.i for w in words][:1] or []) + [token.i]:
            phrase = norm(f"{token.doc[first:token.i].text} {self._lemma(token)}".strip())
            if phrase in self._lex.led:
                return Valued(self._lex.led[phrase], token)
        return None

    def event(self, token: Token) -> Valued | None:
        if self._lemma(token) in _PART_OF_EVENT:
            # "the concluding ceremony of the Yatra", "the final leg of the yatra": the yatra
            for inner in prep_objects(token, "of"):
                part_of = self.event(inner)
                if part_of is not None:
                    return part_of      # (its word, for whose event it is)
        for first in range(max(0, token.i - 2), token.i + 1):
            phrase = norm(token.doc[first:token.i + 1].text)
            if phrase in self._events:
                return Valued(self._events[phrase], token)
        found = self._events.get(self._lemma(token))
        return Valued(found, token) if found is not None else None

    # --- places ---------------------------------------------------------------------

    def own_places(self, trigger: Token, anchors: Anchors, kinds: Sequence[str]) -> list[PlaceMention]:
        """Places of the trigger's own phrase, or after "in" / "at" on it or its verb: where a
        meeting is held, not where its speaker was."""
        words = [t for t in trigger.subtree if not in_clause(t, trigger)]
        words += [t for a in dating_participles(trigger) for t in a.subtree if not in_clause(t, a)]
        head = trigger.head if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else trigger
        words += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                  for o in p.subtree]
        found: list[PlaceMention] = []
        for token in words:
            place = anchors.place(token)
            if place is not None and place.kind in kinds and place not in found and not in_title(token, anchors):
                found.append(place)
        return found

    def noun_places(self, value: Token, anchors: Anchors, kinds: Sequence[str]) -> list[PlaceMention]:
        """Places in the phrase of the seat noun a number counts ("Goa seats", "seat in Goa")."""
        if value.tag_ == "CD" or self._lex.number(value.text) is not None:
            # "3 in Haryana": the number's own phrase first
            own = [anchors.place(t) for t in value.subtree if anchors.place(t) is not None]
            own = [p for p in own if p is not None and p.kind in kinds]
            if own:
                return own[:1]
        noun = value if self.is_seat_noun(value) else value.head if self.is_seat_noun(value.head) else None
        return self.phrase_places(noun, anchors, kinds)[:1] if noun is not None else []

    @staticmethod
    def phrase_places(noun: Token, anchors: Anchors, kinds: Sequence[str]) -> list[PlaceMention]:
        """The places in a noun's own phrase ("the deal in Delhi and Haryana")."""
        found = [p for t in own_phrase(noun) for p in [anchors.place(t)]
                 if p is not None and p.kind in kinds and anchors.entity(t) is None]
        return list(dict.fromkeys(found))

    @staticmethod
    def title_places(value: Token, anchors: Anchors, kinds: Sequence[str]) -> list[PlaceMention]:
        """The place a role word's own modifiers name ("Bihar Chief Minister", "chief minister
        of Jharkhand")."""
        words = [t for c in value.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                 for t in c.subtree] + prep_objects(value, "of")
        found = [anchors.place(t) for t in words]
        return [p for p in found if p is not None and p.kind in kinds]

    def clause_places(self, trigger: Token, anchors: Anchors, kinds: Sequence[str],
                      extra: Sequence[Token] = ()) -> list[PlaceMention]:
        """Places in the trigger's clause (and its value words), conjoined ones together."""
        tokens = clause_tokens(trigger)
        for word in extra:
            tokens += [t for t in own_phrase(word) if t not in tokens]
        found: list[PlaceMention] = []
        for token in tokens:
            place = anchors.place(token)
            if place is not None and place.kind in kinds and place not in found \
                    and anchors.entity(token) is None and not in_title(token, anchors):
                found.append(place)
        if not found and any(t.lower_ in ("there", "here") and t.dep_ == "advmod" for t in tokens):
            # "taking 17 seats there": the place named earlier in the sentence
            earlier = [p for i, (p, _a) in sorted(anchors.places.items())
                       if i < trigger.i and p.kind in kinds and not in_title(trigger.doc[i], anchors)]
            return earlier[-1:]
        if len(found) <= 1:
            return found
        # Several: keep those joined by "and" to the first attached one ("in Delhi, Goa and
        # Haryana"); a place in a by-phrase ("said in Assam") is not what the fact is about.
        first = found[0]
        root = anchors.place_root(first)
        if root is None:
            return found
        group = {anchors.place(t) for t in (trigger.doc[root], *trigger.doc[root].conjuncts)}
        return [p for p in found if p in group]


def excepted_places(trigger: Token, anchors: Anchors, kinds: Sequence[str]) -> list[PlaceMention]:
    """Places the clause leaves out: "together in Delhi and Goa but not in Punjab", "everywhere
    except (in) Kerala", "barring Punjab"."""
    out: list[PlaceMention] = []
    words = clause_tokens(trigger)
    words += [c for c in trigger.children if c.lower_ in _EXCEPT and c not in words]   # (its own clause)
    for word in words:
        if word.tag_ == "IN" and word.dep_ in ("conj", "prep") and any(c.dep_ == "neg" for c in word.children):
            heads = [word]
        elif word.lower_ in _EXCEPT and word.dep_ in ("prep", "mark", "cc", "advmod", "advcl", "acl"):
            heads = [word, *(p for p in word.children if p.dep_ in ("prep", "pcomp"))]
        else:
            continue
        for head in heads:
            for obj in children(head, "pobj", "dobj"):      # ("barring Kerala" as a verb)
                for t in (obj, *obj.conjuncts):
                    place = anchors.place(t)
                    if place is not None and place.kind in kinds and place not in out:
                        out.append(place)
    return out


_EXCEPT = frozenset({"except", "barring", "excluding", "save"})


def own_phrase(noun: Token) -> list[Token]:
    """A noun's phrase without the nouns conjoined to it: "nine seats" in "nine seats and the
    lone segment in Puducherry" (where the parser hangs the second on the first)."""
    return [t for t in noun.subtree
            if not any(c.dep_ in ("conj", "cc") and c.left_edge.i <= t.i <= c.right_edge.i
                       for c in noun.children)]


def in_title(token: Token, anchors: Anchors) -> bool:
    """"Bihar Chief Minister Nitish Kumar": a place in a person's title, not the fact's."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("compound", "amod", "nmod", "poss", "appos") or node.head.i == node.i:
            return False
        node = node.head
        mention = anchors.entity(node)
        if mention is not None and mention.kind == "person":
            return True
    return False


def _a_places_total(noun: Token, anchors: Anchors | None) -> bool:
    """"in Haryana's 10 Lok Sabha seats, the Congress will contest nine": the number of seats a
    place has, not a share of them."""
    return anchors is not None and any(anchors.place(c) is not None for c in children(noun, "poss"))


def _subject_of_next_clause(noun: Token) -> bool:
    """"... 17 seats and the remaining 63 seats will be contested by the SP": the second
    noun is the next clause's subject, not another object of the first."""
    following = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    return following is not None and following.head.dep_ == "conj" and is_verb(following.head) \
        and getattr(lost_subject(following.head), "i", None) == noun.i


def not_a_count(token: Token) -> bool:
    """A year ("2019"), a round guess ("two dozen seats"), a difference ("two fewer than
    in 2019", "three more seats than last time"), a bound ("at least ten", "fewer than 18")
    or a size ("which has 10 seats"): not a count of seats."""
    if token.text.isdigit() and len(token.text) == 4:
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and [c.lower_ for c in token.children] == ["the"]:
        return True     # "the three have reached an agreement": the parties, not seats
    noun = token.head
    if noun.i != token.i and noun.head.dep_ in ("relcl", "acl") and noun.head.lower_ in ("has", "have", "had") \
            and noun.dep_ == "dobj":
        return True     # "in Haryana, which has 10 Lok Sabha seats, ...": the state's size
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in ("dozen", "dozens", "score"):
        return True
    preceding = token.doc[token.i - 1] if token.i > 0 else None
    if any(t is not None and t.lower_[:3] in _MONTHS and t.tag_ == "NNP" for t in (preceding, following)):
        return True     # "by December 31", "on 19 December": a day of a month
    before = [t.lower_ for t in token.doc[max(0, token.i - 2):token.i]]
    if before == ["(", "of"]:
        return True     # "around two dozen seats (of 80 seats)": the whole, in passing
    if before in (["fewer", "than"], ["less", "than"], ["more", "than"], ["at", "least"], ["at", "most"],
                  ["up", "to"]) or before[-1:] in (["over"], ["below"], ["above"], ["beyond"]):
        return True     # "would not accept fewer than 18 seats", "at least ten": a bound, not a count
    after = [t.lower_ for t in token.doc[token.i + 1:token.i + 5]]
    return any(w in _COMPARATIVES for w in after[:2]) and "than" in after


_COMPARATIVES = frozenset({"more", "fewer", "less", "lower", "higher", "short"})
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})

