"""Titles that stand for a person named earlier: "the Chief Minister", "the Congress president".

News copy introduces a person once with a title ("Bihar Chief Minister Nitish Kumar",
"Mamata Banerjee, the West Bengal Chief Minister") and then often uses the title alone.
A later "the (Bihar) Chief Minister" is the person last introduced with that title (and
that place or party, when the later title names one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from monitor.claims.entities import Mention
from monitor.claims.places import PlaceMention

# Up to three capitalised words before a title ("West Bengal", "Congress"); a possessive.
_QUALIFIER = r"(?P<qual>(?:[A-Z][\w().-]*\s+){0,3}?)"


@dataclass(frozen=True, slots=True)
class _Intro:
    role: str
    qualifier: str | None
    person: str
    at: int


class TitleCoref:
    def __init__(self, roles: Mapping[str, str], places: object, party_names: Mapping[str, str]) -> None:
        phrases = sorted(roles, key=len, reverse=True)
        alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases if len(p) > 2)
        self._roles = roles
        self._party_names = party_names      # lower-case name -> party id
        self._places = places
        self._title = re.compile(r"(?<![\w])" + _QUALIFIER + r"(?P<role>" + alternation + r")(?![\w])",
                                 re.IGNORECASE)
        self._coref = re.compile(r"(?<![\w])(?P<the>the|The)\s+" + _QUALIFIER + r"(?P<role>"
                                 + alternation + r")(?![\w])", re.IGNORECASE)

    def find(self, text: str, mentions: Sequence[Mention], places: Sequence[PlaceMention]) -> list[Mention]:
        persons = [m for m in mentions if m.kind == "person" and m.how == "name"]
        intros = self._current(text, persons, places)
        if not intros:
            return []
        taken = [(m.start, m.end) for m in mentions]
        out: list[Mention] = []
        for match in self._coref.finditer(text):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken) or _named_next(text, end):
                continue
            role = self._roles.get(_norm(match.group("role")))
            qualifier = self._qualifier(match.group("qual"), start, places)
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
        end = at + len(words) + 1
        for place in places:
            if at <= place.start < end:
                return place.id
        return self._party_names.get(_norm(words.removesuffix("'s").removesuffix("’s")))


#: A title's abbreviation in brackets right before a name: "Prime Minister (PM) Dahal".
_ABBREVIATION = re.compile(r"\([A-Za-z.]{1,8}\)(?=\s*$)")
#: "former prime minister KP Sharma Oli": a title no longer held.
_FORMER = re.compile(r"\b(?:former|ex-|then|erstwhile|late)\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _latest(intros: Sequence[_Intro], role: str | None, qualifier: str | None, before: int) -> str | None:
    if role is None:
        return None
    fitting = [i for i in intros if i.at < before and i.role == role and i.qualifier == qualifier]
    if not fitting and qualifier is not None:
        return None
    return fitting[-1].person if fitting else None


def _named_next(text: str, end: int) -> bool:
    """"the Chief Minister, Nitish Kumar" / "the Chief Minister Nitish Kumar": an introduction."""
    return re.match(r",?\s+[A-Z][a-z]", text[end:end + 4]) is not None


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())
