"""Which sentences are worth parsing: a cheap test on the words, before the parser runs.

Parsing is most of the cost of claims. A sentence can state a fact only if some frame's
trigger occurs in it in some inflected form, together with what that trigger cannot do
without: its particle, its object or adverb words, a seat noun for a number of seats, a
role or event word, a date for a meeting. The test is on lower-case words, so it errs
on the side of parsing: it never drops a sentence a frame would read (tests check this
against the unfiltered engine).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from monitor.claims.lexicon import Lexicon, word_forms
from monitor.claims.schema import Frame

_WORDS = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_WORD_SPANS = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
_ALL_KINDS = frozenset({"party", "person", "alliance", "other"})
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Need:
    """A trigger's word forms, and word sets each of which the sentence must touch."""

    forms: frozenset[str]
    all_of: tuple[frozenset[str], ...]
    dated: bool = False         # the frame's value is a date: the sentence must have one
    #: Entity kinds the sentence must name, one of each set (subject; a required object).
    kinds: tuple[frozenset[str], ...] = ()
    #: The frame's role may be a person's title ("Chief Minister Nitish Kumar resigned");
    #: else a title does not count as its role word.
    titled: bool = False
    #: Which of ``all_of`` holds the role words (-1: none).
    role_set: int = -1


class Candidates:
    def __init__(self, lexicon: Lexicon, roles: Mapping[str, str], events: Mapping[str, str],
                 seat_nouns: Iterable[str]) -> None:
        seats = _forms(seat_nouns)
        role_words = _heads(roles)
        led_words = _heads(lexicon.led)
        event_words = _heads(events)
        needs: list[_Need] = []
        for lemma, entries in lexicon.triggers.items():
            for entry in entries:
                trigger, value = entry.trigger, entry.frame.value.type
                sets: list[frozenset[str]] = []
                for words in (trigger.obj, trigger.adv, trigger.pobj, trigger.subj):
                    if words:
                        sets.append(_forms(w for word in words for w in word.split(":")[0].split()))
                if trigger.prt:
                    sets.append(frozenset({trigger.prt}))
                if trigger.governor:
                    sets.append(_forms(g.split(":")[0] for g in trigger.governor))
                role_set = -1
                if value == "number":
                    sets.append(seats)
                elif value == "role":
                    role_set = len(sets)
                    # "will lead the government": what a role leads names it too
                    led = bool({"obj_led", "xcomp_led"} & set(entry.frame.value.paths))
                    sets.append(role_words | led_words if led else role_words)
                elif value == "event" and not entry.frame.value.context:
                    sets.append(event_words)    # (a context event is named in another sentence)
                titled = bool({"subj_title", "obj_led", "xcomp_led"} & set(entry.frame.value.paths))
                # (a verb in the past with no date may be the article's day: "the leaders met")
                dated = value == "date" and not entry.frame.value.past_is_today
                needs.append(_Need(frozenset(word_forms(lemma)), tuple(sets), dated,
                                   _kinds(entry.frame), titled, role_set))
        self._needs = tuple(needs)
        self._role_words = role_words
        self._all_forms = frozenset(f for n in self._needs for f in n.forms)

    def worth_parsing(self, text: str, kinds: frozenset[str] = _ALL_KINDS, full: str | None = None,
                      untitled: str | None = None) -> bool:
        """``text``: the sentence with the names of watched entities blanked ("INDIA
        alliance" names the bloc, it triggers nothing); ``kinds``: the kinds of entity it
        names or may refer to; ``full``: the sentence as written, for the words a trigger
        needs beside it ("form a new ruling coalition", where "ruling coalition" is a name);
        ``untitled``: ``full`` without the titles before names ("Chief Minister Nitish
        Kumar"), which name no role being taken or left."""
        words = _words(text)
        if words.isdisjoint(self._all_forms):
            return False
        around = _words(full) if full is not None else words
        plain = _words(untitled) if untitled is not None else around
        has_digit = _DIGIT.search(text) is not None
        for need in self._needs:
            if need.forms.isdisjoint(words):
                continue
            if need.dated and not has_digit and not around & _DATE_WORDS:
                continue
            if all(not s.isdisjoint(plain if i == need.role_set and not need.titled else around)
                   for i, s in enumerate(need.all_of)) and \
                    all(not k.isdisjoint(kinds) for k in need.kinds):
                return True
        return False

    def untitle(self, text: str, names: Iterable[int]) -> str:
        """Blank the role words of the title just before each name ("Bihar Chief Minister
        Nitish Kumar", "Congress president Kharge"), keeping every offset (not "outgoing chief
        minister Kedar Karki": a role being left is news)."""
        for start in names:
            if _LEAVING.search(text, max(0, start - 48), start):
                continue
            for word in reversed(list(_WORD_SPANS.finditer(text, max(0, start - 48), start))):
                if text[word.end():start].strip(" ") and not text[word.end():start].isspace():
                    break           # a word not right before the title's next one
                lower = word.group(0).lower()
                if lower in self._role_words:
                    text = text[:word.start()] + " " * len(lower) + text[word.end():]
                elif not word.group(0)[:1].isupper():
                    break           # "said Chief Minister ...": the title ends here
                start = word.start()
        return text


#: A title that is news, the role being left: "outgoing chief minister Kedar Karki".
_LEAVING = re.compile(r"\boutgoing\s+(?:[A-Za-z-]+\s+){1,3}$", re.IGNORECASE)


def _words(text: str) -> set[str]:
    words = set()
    for word in _WORDS.findall(text.lower().replace("’", "'")):
        words.add(word)
        if "-" in word:
            words.update(word.split("-"))
        if word.endswith("'s"):
            words.add(word[:-2])
    return words


_DATE_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                         "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
                         "yesterday", "tonight", "week", "month", "mid", "early", "late", "end",
                         "middle", "beginning", "start"})


def _kinds(frame: Frame) -> tuple[frozenset[str], ...]:
    """The entity kinds a frame cannot do without (a person can stand for a party)."""
    out = []
    for arg in (frame.subject, frame.object):
        if arg is None or not arg.required or arg.default is not None:
            continue
        kinds = set(arg.kinds) | ({"person"} if arg.as_party else set())
        out.append(frozenset(kinds))
    return tuple(out)


def _heads(phrases: Iterable[str]) -> frozenset[str]:
    """The word a phrase's head is: the last ("PM face", "chief minister"), or the one
    before "of" / "for" ("leader of the opposition", "candidate for prime minister"), with
    its parts ("swearing-in")."""
    out: set[str] = set()
    for phrase in phrases:
        words = phrase.lower().replace("’", "'").split()
        cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
        for word in words[cut - 1:cut]:
            for part in (word, *word.split("-")):
                if part and part not in _STOPWORDS:
                    out.update(word_forms(part))
    return frozenset(out)


_STOPWORDS = frozenset({"in", "of", "the", "a", "an", "for", "to", "on", "at", "and", "or"})


def _split(phrase: str) -> list[str]:
    out = []
    for word in phrase.lower().replace("’", "'").split():
        out.append(word)
        out += [w for w in word.split("-") if w]
    return out


def _forms(words: Iterable[str]) -> frozenset[str]:
    return frozenset(f for word in words for f in word_forms(word.lower()))
