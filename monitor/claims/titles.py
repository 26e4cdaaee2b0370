"""Titles that stand for a person named earlier: "the Chief Minister", "the Congress president".

News copy introduces a person once with a title ("Bihar Chief Minister Nitish Kumar",
"Mamata Banerjee, the West Bengal Chief Minister") and then often uses the title alone.
A later "the (Bihar) Chief Minister" is the person last introduced with that title (and
that place or party, when the later title names one).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from monitor.claims.entities import Mention
from monitor.claims.places import PlaceMention
from monitor.claims.pronouns import HE_SHE

#: The pseudo-role of a party's leader, for coreference only.
PARTY_LEADER = "party-leader"
# Up to three capitalised words before a title ("West Bengal", "Congress"); a possessive.
_QUALIFIER = r"(?P<qual>(?:[A-Z][\w().-]*\s+){0,3}?)"


@dataclass(frozen=True, slots=True)
class _Intro:
    role: str
    qualifier: str | None
    person: str
    at: int


#: Words that title a party's leader, read only with the party named ("Jharkhand Mukti Morcha
#: leader Hemant Soren ... The JMM leader was arrested"): never a role of a claim.
_PARTY_HEADS = {"leader": PARTY_LEADER, "chief": PARTY_LEADER, "supremo": PARTY_LEADER}


class TitleCoref:
    def __init__(self, roles: Mapping[str, str], places: object, party_names: Mapping[str, str]) -> None:
        roles = {**_PARTY_HEADS, **roles}
        phrases = sorted(roles, key=len, reverse=True)
        alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases if len(p) > 2)
        self._roles = roles
        self._party_names = party_names      # lower-case name -> party id
        self._places = places
        self._title = re.compile(r"(?<![\w])" + _QUALIFIER + r"(?P<role>" + alternation + r")(?![\w])",
                                 re.IGNORECASE)
        self._coref = re.compile(r"(?<![\w])(?P<the>the|The)\s+" + _QUALIFIER + r"(?P<role>"
                                 + alternation + r")(?![\w])", re.IGNORECASE)

    def find(self, text: str, mentions: Sequence[Mention], places: Sequence[PlaceMention],
             holder: tuple[str, str] | None = None) -> list[Mention]:
        """``holder``: (role, person) who holds a role on the article's day by the story's config
        (the head of government): "the prime minister" before, or without, any introduction."""
        persons = [m for m in mentions if m.kind == "person" and m.how == "name"]
        intros = self._current(text, persons, places)
        if holder is not None:
            intros = [_Intro(holder[0], None, holder[1], -1), *intros]
        if not intros:
            return []
        out: list[Mention] = []
        for match in self._coref.finditer(text):
            start, end = match.start(), match.end()
            role = self._roles.get(_norm(match.group("role")))
            qualifier = self._qualifier(match.group("qual"), start, places)
            # (a party named in the title is its qualifier: "the JMM leader"; not "the CPN-UML of
            # former prime minister Oli")
            if any(m.start < end and start < m.end and not (m.kind == "party" and m.entity == qualifier)
                   for m in mentions) or _named_next(text, end) or _POST.match(text, end) \
                    or _POST_NAMES.search(match.group("role")):
                continue
            person = _latest(intros, role, qualifier, start)
            if person is not None:
                out.append(Mention(person, "person", start, end, match.group(0), "coref"))
        return out

    def holders(self, text: str, mentions: Sequence[Mention], places: Sequence[PlaceMention],
                role: str) -> tuple[tuple[int, str], ...]:
        """Where the text introduces someone with the role, unqualified ("Prime Minister Pushpa
        Kamal Dahal"), and who: (offset, person id), in text order."""
        persons = [m for m in mentions if m.kind == "person" and m.how == "name"]
        return tuple((i.at, i.person) for i in self._current(text, persons, places)
                     if i.role == role and i.qualifier is None)

    def _current(self, text: str, persons: Sequence[Mention], places: Sequence[PlaceMention]) -> list[_Intro]:
        """Introductions with a title still held, in text order ("led by former premier KP
        Sharma Oli ... the prime minister must": not Oli)."""
        return sorted((i for i in self._introductions(text, persons, places)
                       if not _FORMER.search(text[max(0, i.at - 40):i.at])), key=lambda i: i.at)

    def _introductions(self, text: str, persons: Sequence[Mention],
                       places: Sequence[PlaceMention]) -> list[_Intro]:
        out = []
        for person in persons:
            # "Bihar Chief Minister Nitish Kumar" (and "Prime Minister (PM) Pushpa Kamal Dahal": the
            # title's abbreviation in brackets is blanked, one space for each character)
            before = _ABBREVIATION.sub(lambda m: " " * len(m.group(0)), text[max(0, person.start - 60):person.start])
            found = None
            for match in self._title.finditer(before):
                if match.end() >= len(before.rstrip()) and before[match.end():].strip() == "":
                    found = (match, person.start - len(before))
            # "Mamata Banerjee, the West Bengal Chief Minister,"
            after = text[person.end:person.end + 60]
            match_after = re.match(r"\s*,\s*(?:the\s+)?", after)
            if found is None and match_after:
                tail = after[match_after.end():]
                match = self._title.match(tail)
                if match is not None:
                    found = (match, person.end + match_after.end())
            if found is None:
                continue
            match, offset = found
            role = self._roles.get(_norm(match.group("role")))
            if role is None:
                continue
            qualifier = self._qualifier(match.group("qual"), offset + match.start(), places)
            out.append(_Intro(role, qualifier, person.entity, person.start))
            if qualifier is not None:
                out.append(_Intro(role, None, person.entity, person.start))
        return out

    def _qualifier(self, words: str, at: int, places: Sequence[PlaceMention]) -> str | None:
        words = words.strip()
        if not words:
            return None
        # (a party's whole name first: "Jharkhand Mukti Morcha leader" is the JMM's, not Jharkhand's)
        party = self._party_names.get(_norm(words.removesuffix("'s").removesuffix("’s")))
        if party is not None:
            return party
        end = at + len(words) + 1
        for place in places:
            if at <= place.start < end:
                return place.id
        return None


def rebind_pronouns(mentions: Sequence[Mention], titled: Sequence[Mention], starts: Sequence[int],
                    female: Callable[[str], bool], pronouns: Mapping[str, bool]) -> list[Mention]:
    """"The JMM leader was arrested on Wednesday night. He resigned as chief minister ...": a
    pronoun opening a sentence is the person a title opened the sentence before on (the name
    matcher, which resolves pronouns, sees names only). ``pronouns``: the lexicon's pronouns of
    a person, each true when it is a woman's."""
    openers = {bisect.bisect_right(starts, t.start) - 1: t for t in titled
               if t.start in starts}
    rebound: dict[tuple[int, str], str] = {}     # (sentence, old person) -> the titled one
    out = []
    for m in mentions:
        index = bisect.bisect_right(starts, m.start) - 1
        opener = openers.get(index - 1)
        word = m.surface.lower()
        if m.how == "coref" and m.kind == "person" and word in pronouns:
            if opener is not None and m.start in starts and word in HE_SHE \
                    and female(opener.entity) == pronouns[word]:
                rebound[(index, m.entity)] = opener.entity
            # (and the same person's other pronouns in that sentence: "... prior to his arrest")
            if (index, m.entity) in rebound:
                m = dataclasses.replace(m, entity=rebound[(index, m.entity)])
        out.append(m)
    return out


#: A title's abbreviation in brackets right before a name: "Prime Minister (PM) Dahal".
_ABBREVIATION = re.compile(r"\([A-Za-z.]{1,8}\)(?=\s*$)")
#: "former prime minister KP Sharma Oli": a title no longer held.
_FORMER = re.compile(r"\b(?:former|ex-|then|erstwhile|late)\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _latest(intros: Sequence[_Intro], role: str | None, qualifier: str | None, before: int) -> str | None:
    if role is None:
        return None
    if role == PARTY_LEADER and qualifier is None:
        return None     # "the leader": anyone
    fitting = [i for i in intros if i.at < before and i.role == role and i.qualifier == qualifier]
    if not fitting and qualifier is not None:
        return None
    return fitting[-1].person if fitting else None


#: "offered the Prime Minister's post to Yadav", "the premiership": the post, not its holder.
_POST = re.compile(r"['’]s\s+(?:post|job|office|chair|berth|position|seat|role|mantle)\b")
_POST_NAMES = re.compile(r"['’]s\b|\b(?:post|job|position|berth|office|premiership|ministership)\b", re.IGNORECASE)


def _named_next(text: str, end: int) -> bool:
    """"the Chief Minister, Nitish Kumar" / "the Chief Minister Nitish Kumar": an introduction."""
    return re.match(r",?\s+[A-Z][a-z]", text[end:end + 4]) is not None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())
