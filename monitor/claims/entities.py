"""Find the watched entities in a text: names, ambiguous names, pronouns.

The matcher is built once from the config's ``[[entities]]``. Rules:

* names match on word boundaries and the longest match wins ("Trinamool
  Congress" is TMC, never Congress);
* a name written all in capitals ("SP", "AAP", "CPI") matches only in capitals;
  other names match in any case;
* an ambiguous name counts only with support in the article: the entity named
  unambiguously, or one of its ``context`` words. For a person's short name
  ("Banerjee") the support must come no later than the sentence itself, and
  the person with that surname the text has spoken of most wins, the most recent
  of them on a tie ("Abhishek Banerjee ... Banerjee said"). A block phrase in the sentence ("US Congress", "Senate")
  rules the entity out;
* pronouns and phrases like "the party" / "the alliance" resolve to the last
  fitting entity within a few sentences (he/she by the config's ``gender``);
  "the former" / "the latter" to the first / second of the last two named;
* a party named next to its own leader ("Sharad Pawar's NCP") is the leader's
  faction of it when the leader's party is one ("NCP (SP)").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from monitor.claims.lexicon import Lexicon
from monitor.claims.prefilter import Keywords, fold, required_keywords
from monitor.claims.sentences import Sentence
from monitor.config import EntityConfig

T = TypeVar("T")

# "the former" / "the latter" standing alone: before a verb, a number or punctuation
_FORMER_LATTER = re.compile(r"(?<![\w])[Tt]he (former|latter)(?=\s*[,;:.)]|\s+\d|\s+\w+ing\b|\s+(?:will|would|"
                            r"has|had|is|was|gets|got|takes|took|keeps|wants|said|says|can|could|may)\b)")
# The word right before a position; "opens": it begins the text, a line, a quote or a sentence.
_WORD_BEFORE = re.compile(r"(?P<opens>^|[\n\"“(]\s*|[.!?]\s+)?(?P<word>[\w.'’-]+)[ \t]+$")
#: Capitalised words before a name that are no given name ("On Sunday Kejriwal said").
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "today", "yesterday", "tomorrow"})
#: A name inside a word that negates or qualifies it: "anti-BJP", "non-Congress", "pro-NDA", "ex-Congress".
_AGAINST = re.compile(r"(?<![\w])(?:anti|non|pro|ex)[-\u2010\u2011]$", re.IGNORECASE)
# "Sharad Pawar's NCP", "Sharad Pawar-led NCP", "the Sharad Pawar faction of the NCP"
_POSSESSIVE = re.compile(r"(?:['’]s|\s*-\s*(?:led|headed)|\s+(?:faction|camp|wing|group)\s+of(?:\s+the)?)\s+",
                         re.IGNORECASE)
#: A party's name said to be someone's ("Eknath Shinde's", "Shinde-led", "the undivided"), just before it.
_QUALIFIED_BEFORE = re.compile(r"(?:['’]s|-\s*(?:led|headed)|\b(?:undivided|original|parent|rebel|breakaway))\s+(?:the\s+)?\Z",
                               re.IGNORECASE)
#: "the NCP, led by Sharad Pawar"
_LED_BY = re.compile(r"\s*,?\s*(?:led|headed) by\s+")
# "NCP chief Sharad Pawar", "Shiv Sena (UBT) president Uddhav Thackeray": a title between
_TITLE_GAP = re.compile(r"\s+(?:[A-Za-z-]+\s+){1,2}")
#: Words that open a sentence before a name without being a given name ("Yesterday Dahal
#: said"); any other capitalised word there is one ("Devendra Dahal (UML) - Minister for ...").
_OPENERS = frozenset("""a an and as after also although because before both but by during earlier
even finally for from he her here his however if in instead it its later meanwhile now on once
only or our she since so still that the their then there these they this those though thus to
today tomorrow under unlike until we when where whereas whether while with yesterday yet""".split())


@dataclass(frozen=True, slots=True)
class Mention:
    entity: str
    kind: str
    start: int
    end: int
    surface: str
    how: str = "name"          # name | ambiguous | coref


@dataclass(frozen=True, slots=True)
class EntityInfo:
    id: str
    kind: str
    display: str
    party: str | None = None
    female: bool = False


def side_of(info: Mapping[str, EntityInfo], entity: str) -> str:
    """A person's party (the side they stand for), else the entity itself."""
    found = info.get(entity)
    return found.party if found is not None and found.kind == "person" and found.party else entity


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    start: int
    end: int
    surface: str
    payloads: tuple[T, ...]


def is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def phrase_key(text: str) -> str:
    """A name as looked up: one space between words, straight quotes, hyphens for dashes, and
    no space inside or before brackets ("CPI (M)", "JD( U )" are "CPI(M)", "JD(U)")."""
    key = re.sub(r"\s+", " ", text.replace("’", "'").translate(_DASHES)).strip()
    return _BRACKET_SPACE.sub(lambda m: m.group(0).strip(), key)


def bracket_variants(name: str) -> list[str]:
    """A name and its spellings with the bracketed part hyphenated: "Communist Party of India
    (Marxist)" is also written "Communist Party of India-Marxist", and "... (Marxist-Leninist)
    Liberation" also "...-Marxist-Leninist-Liberation" (not "CPI(M)": no space before it)."""
    m = _SPACED_BRACKET.fullmatch(name.strip())
    if m is None:
        return [name]
    head, inner, tail = m.group(1), m.group(2), m.group(3)
    if tail is None:
        return [name, f"{head}-{inner}"]
    return [name, f"{head}-{inner} {tail}", f"{head}-{inner}-{tail}"]


_SPACED_BRACKET = re.compile(r"(\S.*?\s\S+)\s+\(([^()]+)\)(?:\s+(\S+))?")

#: Spaces around a bracket inside a name.
_BRACKET_SPACE = re.compile(r"\s*\(\s*|\s*\)")


#: Dashes typeset in place of a name's hyphen ("Marxist–Leninist"), read as the hyphen.
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-"})


def _phrase_pattern(phrase: str) -> str:
    parts = [re.sub(r"\\-", "[-\u2010\u2011\u2013\u2014]", re.sub(r"['’]", "['’]", re.escape(word)))
             .replace(r"\(", r"\s*\(\s*").replace(r"\)", r"\s*\)")
             for word in phrase_key(phrase).split()]
    return r"\s+".join(parts)


class PhraseMatcher(Generic[T]):
    """Longest-match phrase finder with the acronym case rule."""

    def __init__(self, phrases: Iterable[tuple[str, T]], exact: Iterable[str] = ()) -> None:
        items = [(phrase_key(v), payload) for p, payload in phrases if p.strip() for v in bracket_variants(p)]
        always = {phrase_key(p) for p in exact}
        folded: dict[str, set[str]] = {}
        for phrase, _ in items:
            folded.setdefault(phrase.lower(), set()).add(phrase)
        self._exact: dict[str, list[T]] = {}
        self._folded: dict[str, list[T]] = {}
        for phrase, payload in items:
            exact = phrase in always or is_acronym(phrase) or len(folded[phrase.lower()]) > 1
            table, key = (self._exact, phrase) if exact else (self._folded, phrase.lower())
            bucket = table.setdefault(key, [])
            if payload not in bucket:
                bucket.append(payload)
        self._re_exact = _alternation(self._exact, 0)
        self._re_folded = _alternation(self._folded, re.IGNORECASE)
        # Most texts name none of a small table's phrases: a substring test says so
        # without a regex scan (see prefilter.py).
        self._keys: tuple[Keywords, Keywords] = (
            required_keywords(self._re_exact, keep_case=True) if self._re_exact else None,
            required_keywords(self._re_folded) if self._re_folded else None)

    def payloads(self, phrase: str) -> tuple[T, ...]:
        """What the phrase stands for, as a hit on it would carry (folded case)."""
        key = phrase_key(phrase)
        return tuple(self._exact.get(key) or self._folded.get(key.lower()) or ())

    def find(self, text: str) -> list[Hit[T]]:
        hits: list[Hit[T]] = []
        for regex, table, lower, keys in ((self._re_exact, self._exact, False, self._keys[0]),
                                          (self._re_folded, self._folded, True, self._keys[1])):
            if regex is None:
                continue
            if keys is not None:
                haystack = fold(text) if lower else text
                if not any(k in haystack for k in keys):
                    continue
            for m in regex.finditer(text):
                key = phrase_key(m.group(0))
                payloads = table.get(key.lower() if lower else key)
                if payloads:
                    hits.append(Hit(m.start(), m.end(), m.group(0), tuple(payloads)))
        return longest_first(hits)


def _alternation(table: dict[str, list[T]], flags: int) -> re.Pattern[str] | None:
    """One regex for every phrase, longest first.

    The phrases are grouped by first character behind a lookahead, so a word
    start tries only the phrases that can begin there: Python's ``re`` tries an
    alternation's branches one by one, and a watchlist has hundreds.
    """
    if not table:
        return None
    groups: dict[str, list[str]] = {}
    for phrase in sorted(table, key=len, reverse=True):
        first = phrase[0].lower() if flags & re.IGNORECASE else phrase[0]
        groups.setdefault(first, []).append(_phrase_pattern(phrase))
    body = "|".join(f"(?={_first_char(c)})(?:{'|'.join(branches)})"
                    for c, branches in groups.items())
    return re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", flags)


def _first_char(char: str) -> str:
    return "['’]" if char in "'’" else re.escape(char)


def longest_first(hits: Sequence[Hit[T]]) -> list[Hit[T]]:
    """Keep the longest of overlapping hits (the earlier one on a tie)."""
    kept: list[Hit[T]] = []
    taken: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= s or hit.start >= e for s, e in taken):
            kept.append(hit)
            taken.append((hit.start, hit.end))
    return sorted(kept, key=lambda h: h.start)


@dataclass(frozen=True, slots=True)
class _Name:
    entity: str
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class _Coref:
    kind: str


@dataclass(frozen=True, slots=True)
class _Surname:
    key: str


@dataclass
class _State:
    """What the walk over one text has seen so far."""

    text: str
    sentence_ends: list[int]
    named_at: dict[str, list[int]]
    context_matchers: Mapping[str, PhraseMatcher[str]]
    recent: list[tuple[int, int, str]] = field(default_factory=list)  # (sentence, pos, entity)
    _context_at: dict[str, int | None] = field(default_factory=dict)

    def context_at(self, entity: str) -> int | None:
        """Where the entity's first context word is; scanned only when an ambiguous name asks."""
        if entity not in self._context_at:
            matcher = self.context_matchers.get(entity)
            hits = matcher.find(self.text) if matcher is not None else []
            self._context_at[entity] = hits[0].start if hits else None
        return self._context_at[entity]

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_ends, pos)

    def sentence_end(self, pos: int) -> int:
        index = self.sentence_of(pos)
        return self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.text)


class EntityMatcher:
    """All watched-entity mentions of a text, resolved to entity ids."""

    def __init__(self, entities: Sequence[EntityConfig], lexicon: Lexicon,
                 place_names: Iterable[str] = ()) -> None:
        coref = lexicon.data.coref
        self._windows = dict(coref.window)
        self._pronouns = frozenset(w.lower() for w in (*coref.person_female, *coref.person_male))
        self.info: dict[str, EntityInfo] = {
            e.id: EntityInfo(e.id, e.kind, e.label, e.party, e.gender == "female")
            for e in entities}
        self._config = {e.id: e for e in entities}
        #: A party's factions, as the config says ("NCP (SP)" of "NCP").
        self._factions_of: dict[str, tuple[str, ...]] = {}
        for ent in entities:
            if ent.faction_of is not None:
                self._factions_of[ent.faction_of] = (*self._factions_of.get(ent.faction_of, ()), ent.id)
        # words that may stand before a party's name without being part of it ("Bihar",
        # "Nadu", "Congress": a place, or another watched name)
        self._known_words = frozenset(w.lower() for n in (*place_names, *(n for e in entities for n in e.names))
                                      for w in n.split())
        names: list[tuple[str, _Name | _Coref | _Surname]] = []
        for ent in entities:
            names += [(n, _Name(ent.id, n in ent.ambiguous)) for n in ent.names]
        for kind in ("person_female", "person_male", "party", "party_of_female", "party_of_male",
                     "alliance", "group"):
            names += [(p, _Coref(kind)) for p in getattr(coref, kind)]
        self._surnames = self._surname_table(entities)
        # the words of each person's names ("Rana" of "Arzu Rana Deuba"), for short names
        self._name_words = {e.id: frozenset(w.lower() for n in e.names for w in n.split())
                            for e in entities if e.kind == "person"}
        data = lexicon.data
        self._titles = frozenset(w.lower().rstrip(".") for phrase in (*data.honorifics, *data.surname_titles,
                                                                      *(n for ns in data.roles.values() for n in ns))
                                 for w in phrase.split())
        # A bare surname ("Kumar", "Mr. Kumar") is a person already named in the text.
        known = {phrase_key(n).lower() for e in entities for n in e.names}
        surnames = [s for s in self._surnames if s not in known]
        spelled = {s: next(n.split()[-1] for e in entities for n in e.names
                           if e.kind == "person" and len(n.split()) > 1
                           and phrase_key(n.split()[-1]).lower() == s) for s in surnames}
        titled = [(f"{t} {spelled[s]}", _Surname(s)) for s in surnames for t in lexicon.data.honorifics]
        names += titled + [(spelled[s], _Surname(s)) for s in surnames]
        self._phrases: PhraseMatcher[_Name | _Coref | _Surname] = PhraseMatcher(
            names, exact=[p for p, _ in titled] + [spelled[s] for s in surnames])
        # "the eight-party alliance", "the 26-member bloc": "the alliance", "the bloc" (as the story
        # reads those: a coreference, or a name of its own alliance), counted
        nouns = sorted({p.split()[-1].lower() for p in coref.alliance
                        if len(p.split()) == 2 and p.split()[0].lower() == "the"})
        self._counted_alliance = re.compile(
            r"(?<![\w])the\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s](?:party|member|parties|members)\s+("
            + "|".join(map(re.escape, nouns)) + r")(?![\w])", re.IGNORECASE) if nouns else None
        self._context = {e.id: PhraseMatcher([(w, e.id) for w in e.context])
                         for e in entities if e.context}
        # An ambiguous name is someone else when one of its entity's block phrases is
        # in the sentence ("US Congress", "Senate").
        self._block = {phrase_key(name).lower(): _any_phrase(e.block)
                       for e in entities if e.block for name in e.ambiguous}

    @staticmethod
    def _surname_table(entities: Sequence[EntityConfig]) -> dict[str, list[str]]:
        """Last word of each person's full names: who "Banerjee" may be."""
        table: dict[str, list[str]] = {}
        for ent in entities:
            if ent.kind != "person":
                continue
            for name in ent.names:
                words = name.split()
                if len(words) > 1 and name not in ent.ambiguous:
                    ids = table.setdefault(phrase_key(words[-1]).lower(), [])
                    if ent.id not in ids:
                        ids.append(ent.id)
        return table

    def find(self, text: str, sentences: Sequence[Sentence] = ()) -> list[Mention]:
        hits = self._phrases.find(text)
        if self._counted_alliance is not None:
            counted = [Hit(m.start(), m.end(), m.group(0), self._phrases.payloads(f"the {m.group(1)}"))
                       for m in self._counted_alliance.finditer(text)]
            hits = longest_first(hits + counted) if counted else hits
        state = _State(text, sorted(s.end for s in sentences), self._named_positions(hits),
                       self._context)
        out: list[Mention] = []
        for hit in hits:
            mention = self._resolve(hit, state)
            if mention is not None:
                out.append(mention)
                state.recent.append((state.sentence_of(mention.start), mention.start,
                                     mention.entity))
        return sorted(self._carried_factions(text, self._factions(text, out), state) + _former_latter(text, out, state),
                      key=lambda m: m.start)

    def _factions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Sharad Pawar's NCP", "NCP chief Sharad Pawar": a party named next to its own
        leader is the leader's faction of it (the NCP (SP)), when the leader's party is one."""
        out = list(mentions)
        for index, mention in enumerate(mentions):
            if mention.kind != "party":
                continue
            before = mentions[index - 1] if index > 0 else None
            after = mentions[index + 1] if index + 1 < len(mentions) else None
            leader = None
            if before is not None and before.kind == "person" and _POSSESSIVE.fullmatch(text[before.end:mention.start]):
                leader = before
            elif after is not None and after.kind == "person" and (
                    _TITLE_GAP.fullmatch(text[mention.end:after.start]) or _LED_BY.fullmatch(text[mention.end:after.start])):
                leader = after
            own = self.info[leader.entity].party if leader is not None else None
            if own is not None and own != mention.entity and self._faction_of(own, mention.entity):
                out[index] = Mention(own, "party", mention.start, mention.end, mention.surface, mention.how)
                # "... Nationalist Congress Party (NCP)": the short form in brackets is the same party
                if after is not None and after.entity == mention.entity and \
                        re.fullmatch(r"\s*\(\s*", text[mention.end:after.start]):
                    out[index + 1] = Mention(own, "party", after.start, after.end, after.surface, after.how)
        return out

    def _carried_factions(self, text: str, mentions: list[Mention], state: _State) -> list[Mention]:
        """"Shiv Sena (UBT) leader Sanjay Raut ... Shiv Sena is the biggest party here": once a
        text has said which faction of a party it means, and names no other, the party's plain
        name later is that faction (not where the faction is named in the same sentence beside
        it, nor a name qualified as someone else's: "Shinde's Shiv Sena", "the undivided Shiv
        Sena", "the NCP led by Ajit Pawar")."""
        named = {m.entity for m in mentions if m.kind == "party"}
        out = list(mentions)
        for index, mention in enumerate(mentions):
            factions = [f for f in self._factions_of.get(mention.entity, ()) if f in named]
            if len(factions) != 1 or mention.how != "name" or _QUALIFIED_BEFORE.search(text, max(0, mention.start - 40), mention.start) \
                    or _LED_BY.match(text, mention.end):
                continue
            sentence = state.sentence_of(mention.start)
            if any(m.entity == factions[0] and state.sentence_of(m.start) == sentence for m in mentions):
                continue
            out[index] = Mention(factions[0], "party", mention.start, mention.end, mention.surface, mention.how)
        return out

    def _faction_of(self, faction: str, party: str) -> bool:
        """One of the faction's names begins with one of the party's ("NCP (SP)", "NCP")."""
        names = [phrase_key(n).lower() for n in self._config[party].names]
        return any(f.startswith(n) and f != n and not f[len(n)].isalnum()
                   for f in (phrase_key(x).lower() for x in self._config[faction].names) for n in names)

    @staticmethod
    def _named_positions(hits: Sequence[Hit[_Name | _Coref]]) -> dict[str, list[int]]:
        named: dict[str, list[int]] = {}
        for hit in hits:
            for p in hit.payloads:
                if isinstance(p, _Name) and not p.ambiguous:
                    named.setdefault(p.entity, []).append(hit.start)
        return named

    def _resolve(self, hit: Hit[_Name | _Coref], state: _State) -> Mention | None:
        if _AGAINST.search(state.text, max(0, hit.start - 6), hit.start):
            return None     # "the anti-BJP front", "non-Congress parties", "an ex-Congress MLA"
        names = [p for p in hit.payloads if isinstance(p, _Name)]
        corefs = [p for p in hit.payloads if isinstance(p, _Coref)]
        plain = [p for p in names if not p.ambiguous]
        if plain and self._inside_longer_name(hit, plain[0].entity, state.text):
            return None
        if plain and self._another_first_name(hit, plain[0].entity, state.text):
            return None     # "Sunita Kejriwal" is not Arvind Kejriwal
        if plain:
            return self._mention(plain[0].entity, hit, "name")
        surname = next((p for p in hit.payloads if isinstance(p, _Surname)), None)
        if surname is not None:
            pool = self._narrowed(self._surnames.get(surname.key, []), state.text, hit.start)
            entity = next((e for _s, _a, e in reversed(state.recent) if e in pool), None)
            return self._mention(entity, hit, "ambiguous") if entity else None
        if corefs:
            entity = self._antecedent(corefs[0].kind, hit.start, state)
            if entity is not None:
                return self._mention(entity, hit, "coref")
        if names:
            entity = self._ambiguous(hit, [p.entity for p in names], state)
            if entity is not None:
                return self._mention(entity, hit, "ambiguous")
        return None

    def _another_first_name(self, hit: Hit[_Name | _Coref], entity: str, text: str) -> bool:
        """A person's one-word name right after a capitalised word inside a sentence that is no
        title, place, watched name or word of their own names: someone else of that surname
        ("their wives, Sunita Kejriwal and Kalpana Soren")."""
        if self.info[entity].kind != "person" or " " in hit.surface.strip():
            return False
        word = self._name_word_before(text, hit.start, opening=False)
        return word is not None and word.isalpha() and word not in self._known_words and word not in _CALENDAR \
            and word not in self._name_words.get(entity, frozenset())

    def _inside_longer_name(self, hit: Hit[_Name | _Coref], entity: str, text: str) -> bool:
        """"All India Anna Dravida Munnetra Kazhagam", "Marumalarchi Dravida Munnetra
        Kazhagam": a party's name of several words that a capitalised word runs into is the
        end of another party's name, not this one (a place or a title is not: "Bihar's
        Rashtriya Janata Dal", "INDIA bloc partner Samajwadi Party")."""
        if " " not in hit.surface.strip() or self.info[entity].kind not in ("party", "alliance"):
            return False
        word = self._name_word_before(text, hit.start, opening=False)
        return word is not None and word.isalpha() and word not in self._known_words

    def _name_word_before(self, text: str, start: int, opening: bool = True) -> str | None:
        """The capitalised word right before a surname when it can be part of a name: no
        title, no possessive ("Arzoo Rana Deuba"); the first word of a sentence or line only
        when it may be a given name (``opening``; "Pradeep Yadav (JSP)", not "Yesterday Yadav")."""
        found = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if found is None:
            return None
        word = found.group("word")
        if found.group("opens") is not None and (not opening or word.lower() in _OPENERS):
            return None
        if word.endswith(".") and len(word.rstrip(".")) > 1:
            return None     # "... resigned on Sunday. Kumar then ...": the end of a sentence (not "D. Raja")
        if not word[0].isupper() or word.endswith(("'s", "’s")) or word.lower().rstrip(".") in self._titles:
            return None
        return word.lower()

    def _narrowed(self, pool: Sequence[str], text: str, start: int) -> list[str]:
        """"Rana Deuba": of the persons a short name may be, the one whose names have the word
        before it; none when no one's do (someone unwatched)."""
        before = self._name_word_before(text, start)
        if before is None:
            return list(pool)
        return [e for e in pool if before in self._name_words.get(e, ())]

    def _mention(self, entity: str, hit: Hit[object], how: str) -> Mention:
        return Mention(entity, self.info[entity].kind, hit.start, hit.end, hit.surface, how)

    def _antecedent(self, kind: str, pos: int, state: _State) -> str | None:
        window = self._windows.get(kind, 2)
        here = state.sentence_of(pos)
        if kind in ("party_of_female", "party_of_male"):
            # "Kejriwal ruled out an alliance with the Congress; his party will go alone" (in
            # its own sentence only: a man named before may not be the one meant)
            gender = "person_female" if kind == "party_of_female" else "person_male"
            for sentence, _at, entity in reversed(state.recent):
                if sentence != here:
                    break
                info = self.info[entity]
                if self._fits(gender, info) and info.party:
                    return info.party
            kind = "party"
        if kind == "party":
            # "Banerjee said the party would ...": the speaker's own party (not a pronoun's after a
            # party its sentence names: "... in an alliance with the Congress, but he quit after the
            # party refused to back him" is the Congress)
            for sentence, at, entity in reversed(state.recent):
                info = self.info[entity]
                if sentence != here or info.kind == "party":
                    break
                if info.kind == "person" and info.party and not (
                        state.text[at:at + 4].split()[0].lower() in self._pronouns
                        and any(s == here and a < at and self.info[e].kind == "party" for s, a, e in state.recent)):
                    return info.party
        chosen: tuple[int, str] | None = None
        speaker: str | None = None
        for sentence, at, entity in reversed(state.recent):
            if here - sentence > window or (chosen is not None and sentence != chosen[0]):
                break
            if self._fits(kind, self.info[entity]):
                if sentence == here:
                    return entity   # in its own sentence: the nearest before it
                # Else the first fitting one of the nearest sentence naming any: its subject,
                # more often than not ("He won 157 votes, Speaker Ghimire announced. ... him"),
                # unless the sentence opens with a quote: then who is quoted ("'Rahul Gandhi is
                # my choice,' Kharge told NDTV. He also rubbished talk ...": Kharge)
                chosen = (sentence, entity)
                if speaker is None and _after_opening_quote(state, sentence, at):
                    speaker = entity
        return speaker or (chosen[1] if chosen is not None else None)

    @staticmethod
    def _fits(kind: str, info: EntityInfo) -> bool:
        if kind == "person_female":
            return info.kind == "person" and info.female
        if kind == "person_male":
            return info.kind == "person" and not info.female
        if kind == "group":
            return info.kind in ("party", "alliance")
        return info.kind == kind

    def _ambiguous(self, hit: Hit[object], candidates: list[str], state: _State) -> str | None:
        if self._blocked(hit, state):
            return None
        persons = [c for c in candidates if self.info[c].kind == "person"]
        if persons:
            return self._person_by_surname(hit, persons, state)
        limit = len(state.text)
        for entity in candidates:
            if self._supported(entity, limit, state):
                return entity
        # "The SP formed an alliance with the Congress": another of the story's parties, named
        # plainly, puts the text in the story (a block phrase still rules the name out)
        for entity in candidates:
            if self.info[entity].kind == "party" and any(
                    other != entity and self.info[other].kind == "party" for other in state.named_at):
                return entity
        return None

    def _blocked(self, hit: Hit[object], state: _State) -> bool:
        """A block phrase over the name ("US Congress") or another in the sentence ("Senate")."""
        name = phrase_key(hit.surface).lower()
        block = self._block.get(name)
        if block is None:
            return False
        index = state.sentence_of(hit.start)
        start = state.sentence_ends[index - 1] if index > 0 else 0
        for m in block.finditer(state.text, start, state.sentence_end(hit.start)):
            if name not in phrase_key(m.group(0)).lower():
                return True   # "Senate", "Republicans": the sentence is about elsewhere
            if m.start() < hit.end and hit.start < m.end():
                return True   # "US Congress", "Kerala Congress": this very mention
        return False

    def _person_by_surname(self, hit: Hit[object], persons: list[str], state: _State) -> str | None:
        """A short name is the person so named the text has spoken of most, the most recent
        of those ("Sher Bahadur Deuba ... Deuba, his wife Arzu Rana Deuba ... Deuba will
        lead"), else needs earlier support."""
        rivals = self._surnames.get(phrase_key(hit.surface).lower(), [])
        pool = self._narrowed(list(dict.fromkeys([*persons, *rivals])), state.text, hit.start)
        persons = [p for p in persons if p in pool]
        seen = Counter(entity for _sentence, _at, entity in state.recent if entity in pool)
        if seen:
            most = max(seen.values())
            for _sentence, _at, entity in reversed(state.recent):
                if seen.get(entity) == most:
                    return entity
        limit = state.sentence_end(hit.start)
        for entity in persons:
            if self._supported(entity, limit, state):
                return entity
        return None

    @staticmethod
    def _supported(entity: str, limit: int, state: _State) -> bool:
        named = state.named_at.get(entity, [])
        if named and named[0] < limit:
            return True
        context = state.context_at(entity)
        return context is not None and context < limit


def _after_opening_quote(state: _State, sentence: int, at: int) -> bool:
    """Is the position after the closing quote of a sentence that opens with a quotation?"""
    start = state.sentence_ends[sentence - 1] if sentence > 0 else 0
    opening = state.text[start:at].lstrip()
    if not opening or opening[0] not in "\"“‘'":
        return False
    return any(ch in opening[1:] for ch in "\"”’")


def _former_latter(text: str, mentions: Sequence[Mention], state: _State) -> list[Mention]:
    """"the SP and the Congress ..., the former with 63 seats and the latter 17": the first
    and the second of the last two entities of one kind named in this sentence or the one
    before (not "the former chief minister", a title)."""
    out = []
    for match in _FORMER_LATTER.finditer(text):
        here = state.sentence_of(match.start())
        before = [m for m in mentions if m.start < match.start() and here - state.sentence_of(m.start) <= 1]
        named = list(dict.fromkeys((m.entity, m.kind) for m in reversed(before)))[:2]
        if len(named) < 2 or named[0][1] != named[1][1]:
            continue
        entity, kind = named[1] if match.group(1).lower() == "former" else named[0]
        out.append(Mention(entity, kind, match.start(), match.end(), match.group(0), "coref"))
    return out


def _any_phrase(phrases: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for plain phrases, on word boundaries."""
    body = "|".join(_phrase_pattern(phrase_key(p)) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", re.IGNORECASE)
