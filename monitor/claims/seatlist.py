"""Seat lists: who gets which number, read along the words.

"Under the deal the RJD will contest 26 seats, the Congress nine, the CPI(ML) three, and
the CPI and the CPI(M) one each." The parser rarely hangs a long list right, but the
words say it plainly: each number belongs to the party just before it since the last
number (or, when none is, the one just after), unless the words around it say otherwise:

- "11 seats to the Congress", "gave the Congress nine": the one receiving them;
- "the Congress's 16 seats": the one owning them;
- "the CPI and the CPI(M) one each": every party of the group before it.

Numbers that are not shares are left out: totals ("nine of the state's 39 seats", "out of
29"), parts of a share ("21 seats, including four in Mumbai"), years, dates, and numbers
of anything else ("129 votes", "two parties"). "Six to eight seats" is one share, "6-8".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.claims.anchors import Anchors
from monitor.claims.lexicon import Lexicon
from monitor.claims.places import PlaceMention
from monitor.claims.tree import children, is_verb, lost_subject, prep_objects, subjects
from monitor.claims.values import Valued, Values, not_a_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Lemma = Callable[["Token"], str]
#: Words between a number and its seat noun ("17 Lok Sabha seats", "11 strong seats").
_BETWEEN = frozenset({"lok", "sabha", "ls", "parliamentary", "more", "strong", "winnable", "safe",
                      "additional", "extra", "other", "remaining", "the", "its", "their"})
#: "including four in Mumbai": a part of the share just named.
_PART = frozenset({"including", "include", "includes", "among", "excluding"})
#: "the rest of the 63 seats", "a share of 21 seats", "the major chunk of 21 seats": not a total.
_REST = frozenset({"rest", "remaining", "remainder", "balance", "share", "quota", "tally", "chunk", "bulk"})
_RECEIVE = frozenset({"to", "for"})
_WORD_VALUES = {"both": 2, "sole": 1, "single": 1, "lone": 1, "only": 1}
#: Words between a number and the word that makes it a total ("of at least three").
_QUALIFIERS = frozenset({"at", "least", "most", "about", "around", "nearly", "almost", "over", "some",
                         "all", "just", "only", "roughly"})
#: A list reads only where the sentence has these at most apart (a long sentence's
#: numbers belong to different stories).
_MAX_LIST_TOKENS = 90


@dataclass(frozen=True, slots=True)
class Share:
    party: int            # a token of the party's mention (its root)
    number: Valued
    place: PlaceMention | None = None   # "3 in Haryana", "the one Puducherry seat": the number's own


class SeatLists:
    def __init__(self, lexicon: Lexicon, values: Values, lemma: Lemma, givers: frozenset[str]) -> None:
        self._lex = lexicon
        self._values = values
        self._lemma = lemma
        #: Verbs whose receiver (not subject) gets the seats ("give", "allot", "leave").
        self._givers = givers

    def read(self, doc: Doc, anchors: Anchors) -> list[Share]:
        """The shares of a sentence listing two or more numbers of seats (else none)."""
        if not self._values.about_seats(doc):
            return []
        numbers = self._numbers(doc, anchors)
        sums = _sums(numbers)
        if len(numbers) - len(sums) < 2 or numbers[-1].token.i - numbers[0].token.i > _MAX_LIST_TOKENS:
            return []
        parties = sorted({where.start: where.root for m, where in anchors.entities.values()
                          if m.kind in ("party", "person")}.items())
        if not parties:
            return []
        out: list[Share] = []
        used: set[int] = set()
        previous = -1
        last: list[int] = []
        for index, number in enumerate(numbers):
            following = numbers[index + 1].token.i if index + 1 < len(numbers) else len(doc)
            # "ten seats: nine in Tamil Nadu and one in Puducherry": what comes before a colon
            # is not the next number's owner
            since = max([previous] + [t.i for t in doc[previous + 1:number.token.i] if t.text == ":"])
            owners = self._owners(number.token, anchors, parties, used, since, following,
                                  last if since != previous else ())
            if owners is None:
                owners = []
            elif not owners:
                owners = last               # "nine seats in Tamil Nadu and one in Puducherry"
            if owners and not any(since < o <= number.token.i for o in owners) \
                    and _unwatched_name(doc, anchors, since, number.token.i):
                owners = []                 # "..., the Left Front 20": a side we do not watch
            last = owners
            if number.token.i not in sums:  # a total's owner is its parts' ("ten: nine and one")
                place = _own_place(number.token, anchors, following)
                for owner in owners:
                    used.add(owner)
                    out.append(Share(owner, number, place))
            previous = number.token.i
        return out

    def _owners(self, number: Token, anchors: Anchors, parties: Sequence[tuple[int, int]], used: set[int],
                since: int, following: int, fallback: Sequence[int] = ()) -> list[int] | None:
        """Who gets the number (None: someone not watched, or no one the words name)."""
        receivers = self._receiver(number, anchors, following)
        if receivers is None:
            return None                     # "ten to smaller allies"
        if receivers:
            return receivers
        verb = verb_of(number)
        if verb is not None and self._lemma(verb) in self._givers and not _passive(verb):
            return None                     # "the TMC offered two seats": to whom, it does not say
        if verb is not None and _passive(verb) and children(verb, "agent"):
            return self._subject(number, anchors) or None   # "63 seats will be contested by the SP"
        return (self._each(number, number.doc, parties, since) or self._owner(number, anchors)
                or _before(parties, used, since, number.i) or list(fallback)
                or self._subject(number, anchors) or _after(parties, used, number.i, following))

    # --- numbers ------------------------------------------------------------------------

    def _numbers(self, doc: Doc, anchors: Anchors) -> list[Valued]:
        out: list[Valued] = []
        skip: set[int] = set()
        for token in doc:
            if token.i in skip or not self._is_share(token, anchors):
                continue
            value = str(self._value(token))
            upper = self._range_end(token)
            if upper is not None:
                skip.add(upper.i)
                value = f"{value}-{self._lex.number(upper.text)}"
            out.append(Valued(value, token))
        return out

    def _value(self, token: Token) -> int | None:
        """A number word, or "both" / "the sole" on a seat noun ("both Goa seats")."""
        found = self._lex.number(token.text)
        if found is not None:
            return found
        if self._values.is_seat_noun(token.head) and token.head.i > token.i:
            return _WORD_VALUES.get(token.lower_)
        return None

    def _is_share(self, token: Token, anchors: Anchors) -> bool:
        if self._value(token) is None or token.i in anchors.dates or token.i in anchors.entities:
            return False
        if not_a_count(token):
            return False
        if any(a.lower_ in ("won", "lost", "held", "holds", "hold", "holding") for a in token.ancestors):
            return False                            # "which had not won a single seat in 2019", "the NC holds 18"
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.lower_ == "one" and after is not None and after.lower_ in ("that", "which", "who", "of"):
            return False                            # "one that the Congress found far too few"
        if _total(token) or any(t.lower_ in _PART for t in doc[max(0, token.i - 2):token.i]):
            return False                            # "of the 39 seats"; "including four in Mumbai"
        return self._counts_seats(token, anchors)

    def _counts_seats(self, token: Token, anchors: Anchors) -> bool:
        """The number's next noun is a seat noun, or it has none ("the Congress 17")."""
        doc = token.doc
        for nxt in doc[token.i + 1:token.i + 5]:
            if nxt.lower_ in _BETWEEN or self._lex.number(nxt.text) is not None or nxt.text == "-" \
                    or (nxt.i in anchors.places and nxt.dep_ == "compound"):   # "the one Puducherry seat"
                continue
            if nxt.lower_ == "to" and nxt.i + 1 < len(doc) and self._lex.number(doc[nxt.i + 1].text) is not None:
                continue                # "six to eight seats"
            if nxt.lower_ == "of":      # "26 of the state's 40 seats"
                return any(self._values.is_seat_noun(o) for o in children(nxt, "pobj"))
            if nxt.tag_.startswith("NN"):
                return self._values.is_seat_noun(nxt)
            break
        # (a number standing for a noun before it counts that noun: "signed two agreements,
        # one with the Congress")
        return not (token.head.tag_.startswith("NN") and (token.head.i > token.i or (token.dep_ == "appos" and token.head.tag_ in ("NN", "NNS")))
                    and not self._values.is_seat_noun(token.head))

    def _range_end(self, token: Token) -> Token | None:
        """"six to eight seats", "6-8 seats": the upper end."""
        doc = token.doc
        if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in ("to", "-", "–", "or"):
            low, high = self._lex.number(token.text), self._lex.number(doc[token.i + 2].text)
            # (a range goes up: "five - three for the CPI(ML)" is a total and its first part)
            if low is not None and high is not None and high > low:
                return doc[token.i + 2]
        return None

    # --- owners ---------------------------------------------------------------------------

    def _receiver(self, number: Token, anchors: Anchors, limit: int) -> list[int] | None:
        """"11 seats to the Congress", "gave the Congress nine": the party given them (None:
        given to someone not watched, "ten to smaller allies")."""
        doc = number.doc
        for token in doc[number.i + 1:min(limit, number.i + 7)]:
            if token.lower_ in _RECEIVE:
                found = _sides_in(anchors, token.i + 1, min(token.i + 4, len(doc)))
                if found and doc[token.i - 1].lower_ == "each":
                    # "one each for the CPI and the CPI(M)": every party of the list after it
                    return list(dict.fromkeys(_sides_in(anchors, token.i + 1, min(token.i + 9, len(doc)))))
                if found:
                    return found[:1]
                target = next((t for t in doc[token.i + 1:token.i + 4] if t.tag_.startswith("NN")), None)
                if target is not None and (token.head.i in (number.i, number.head.i) or (
                        token.head.dep_ == "acl" and token.head.head.i == number.i)):
                    return None     # (also "the remaining one allocated to the Kerala Congress (M)")
                break
        verb = verb_of(number)
        if verb is not None and self._lemma(verb) in self._givers and not _passive(verb) \
                and number.i > verb.i:
            # "allotted nine seats in the state and one in Puducherry to the Congress" (not "the
            # Congress has got nine and the Left parties have been left with five - ...")
            tail = [o for t in doc[number.i + 1:verb.right_edge.i + 1] if t.lower_ in _RECEIVE
                    for o in children(t, "pobj")]
            for receiver in children(verb, "dative") + prep_objects(verb, "to") + tail:
                if receiver.i in anchors.entities and anchors.entities[receiver.i][0].kind in ("party", "person"):
                    return [anchors.entities[receiver.i][1].root]
        return []

    @staticmethod
    def _each(number: Token, doc: Doc, parties: Sequence[tuple[int, int]], previous: int) -> list[int]:
        """"the CPI and the CPI(M) one (seat) each": every party of the group before it."""
        after = [t.lower_ for t in doc[number.i + 1:number.i + 4]]
        if "each" not in after:
            return []
        return [root for start, root in parties if previous < start < number.i]

    def _subject(self, number: Token, anchors: Anchors) -> list[int]:
        """"... has given two seats to the CPI(M) and will contest the other 12 itself": the
        subject of the verb the number hangs on, when it is no giving verb."""
        verb = verb_of(number)
        if verb is None or self._lemma(verb) in self._givers:
            return []
        doers = [o for a in children(verb, "agent") for o in children(a, "pobj")] if _passive(verb) \
            else subjects(verb, self._lemma)        # "both Goa seats will be contested by the Congress"
        found = [t for t in doers if t.i in anchors.entities and anchors.entities[t.i][0].kind in ("party", "person")]
        return [anchors.entities[found[0].i][1].root] if found else []

    @staticmethod
    def _owner(number: Token, anchors: Anchors) -> list[int]:
        """"the Congress's 16 seats", "NCP-SP's 10 seats": the owner just before."""
        doc = number.doc
        if number.i < 2 or doc[number.i - 1].tag_ != "POS":
            return []
        found = anchors.entities.get(number.i - 2)
        return [found[1].root] if found is not None and found[0].kind in ("party", "person") else []


def _total(token: Token) -> bool:
    """"nine of the state's 39 seats", "28 out of 29", "two of at least three", "the total 7"."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].lower_ in _QUALIFIERS:
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    if word in ("'s", "’s", "'"):
        return token.lower_ not in _WORD_VALUES     # "Chandigarh's single seat" is a share
    if word == "total":
        return True
    if word == "the" and i > 0:
        i, word = i - 1, doc[i - 1].lower_
    return word == "of" and not (i > 0 and doc[i - 1].lower_ in _REST)


def _sums(numbers: list[Valued]) -> set[int]:
    """"divided the seven seats between them: four for the AAP, three for the Congress": a
    number the ones after it add up to is their total, not a share (token indexes)."""
    out = set()
    for index, number in enumerate(numbers):
        rest = [v for v in numbers[index + 1:] if v.value.isdigit()]
        if number.value.isdigit() and len(rest) >= 2 and sum(int(v.value) for v in rest) == int(number.value) \
                and _opens_parts(number.token, rest[0].token):
            out.add(number.token.i)
    return out


def _opens_parts(total: Token, first: Token) -> bool:
    """The words between a total and its first part announce the parts ("seven seats: four
    for ...", "five - three for ...", "ten, of which ..."), unlike "the Congress has got nine
    and the Left parties five", where nine is a share."""
    between = {t.lower_ for t in total.doc[total.i + 1:first.i]}
    if between & {":", "-", "–", "—", "(", "which", "including", "namely"}:
        return True
    # "Of the remaining 30 seats, the DMK will field candidates in 21, ...": the whole shared out
    noun = total.head if total.dep_ == "nummod" else total
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.i < total.i and noun.head.i <= 1


def _sides_in(anchors: Anchors, start: int, end: int) -> list[int]:
    """The parties and persons named from one token to another (their roots)."""
    return [anchors.entities[i][1].root for i in range(start, end)
            if i in anchors.entities and anchors.entities[i][0].kind in ("party", "person")]


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _before(parties: Sequence[tuple[int, int]], used: set[int], previous: int, at: int) -> list[int]:
    """The last party named since the previous number ("..., the Congress nine")."""
    return [root for start, root in parties if previous < start < at and root not in used][-1:]


def _after(parties: Sequence[tuple[int, int]], used: set[int], at: int, following: int) -> list[int]:
    """The first party named after the number, before the next ("with 22, followed by ...")."""
    return [root for start, root in parties if at < start < following and root not in used][:1]


#: (the parse has no lemmas here: each form is listed)
_SIDES = frozenset({"party", "parties", "ally", "allies", "partner", "partners", "outfit", "outfits",
                    "constituent", "constituents", "front", "others", "rest", "left", "independents"})


def _unwatched_name(doc: Doc, anchors: Anchors, start: int, end: int) -> bool:
    """A side between two numbers that is no watched entity ("..., the Left Front 20"): a
    proper name standing as a subject or list member, not a seat's name or place."""
    for token in doc[start + 1:end]:
        # ("..., and the Left parties five": a side the words name without a watched name)
        side = token.tag_ in ("NNP", "NNPS") or (token.tag_ in ("NN", "NNS") and token.lower_ in _SIDES)
        if not side or token.i in anchors.entities or token.i in anchors.places \
                or token.i in anchors.dates or token.lower_ in _BETWEEN:
            continue
        if token.dep_ in ("nsubj", "nsubjpass", "appos", "conj", "ROOT") and not _under_preposition(token):
            return True
    return False


def _under_preposition(token: Token) -> bool:
    node = token
    for _ in range(4):
        if node.dep_ == "pobj":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _own_place(number: Token, anchors: Anchors, following: int) -> PlaceMention | None:
    """The place in the words after a number, before the next ("3 in Haryana", "nine seats in
    the state", "the one Puducherry seat")."""
    for token in number.doc[number.i + 1:min(following, number.i + 6)]:
        found = anchors.places.get(token.i)
        if found is not None:
            return found[0]
        if token.tag_ in ("VB", "VBD", "VBZ", "VBP") or token.text in (";", ":", ","):
            break
    return None


def verb_of(token: Token) -> Token | None:
    """The verb a word hangs on, a few steps up (the next clause's, for a subject the parser
    joined to an object: "... 17 seats and the remaining 63 seats will be contested by the SP")."""
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            return None
        following = node.doc[node.right_edge.i + 1] if node.right_edge.i + 1 < len(node.doc) else None
        if node.dep_ == "conj" and following is not None and following.head.dep_ == "conj" \
                and getattr(lost_subject(following.head), "i", None) == node.i:
            return following.head
        node = node.head
        if is_verb(node):
            return node
    return None
