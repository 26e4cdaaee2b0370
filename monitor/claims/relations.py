"""Sentence -> typed claims, by the rules of the lexicon.

For each rule whose trigger phrase occurs in the sentence, the subject is the
nearest fitting mention on the rule's side of the trigger (a list "TMC, SP and
AAP" gives one claim each), the object the nearest fitting mention on its side,
and the value comes from the trigger's ``value`` group, a date, a role or an
event phrase near the trigger. Negation cues between the subject and the
trigger flip the polarity; hedge cues anywhere in the sentence set the hedge.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from monitor.claims.clauses import ClauseRules, background_spans, blank
from monitor.claims.dates import DateMention
from monitor.claims.entities import EntityInfo, Mention
from monitor.claims.ellipsis import SeatLists
from monitor.claims.lexicon import Lexicon, Rule, expand
from monitor.claims.places import PlaceMention
from monitor.claims.prefilter import Vocabulary, may_match
from monitor.types import Claim

_WORD = re.compile(r"\w+")
_LIST_SEPARATOR = re.compile(r"^(?:\s*(?:,|&|\band\b|\bas well as\b|\bplus\b|/)\s*)+(?:the\s+)?$",
                             re.IGNORECASE)
_HARD_BREAK = re.compile(r"[;:]")
_IN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# Between a subject and its verb: another clause starts ("..., and the two fronts are contesting").
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|whereas|though|although)\b", re.IGNORECASE)
# "Trinamool MP Derek O'Brien": a party named as part of a person's title.
_TITLE_GAP = re.compile(r"^\s*(?:MP|MLA|MPs|leader|chief|president|minister|supremo|spokesperson|"
                        r"general secretary|veteran|founder|patriarch)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """One sentence with what was found in it; spans are relative to ``text``."""

    text: str
    paragraph: int
    mentions: tuple[Mention, ...]
    places: tuple[PlaceMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    last_alliance: str | None = None     # the last alliance named before this sentence
    main_alliance: str | None = None     # the alliance the article names most
    published: date | None = None
    original: str | None = None          # the sentence as published, when ``text`` is masked

    @property
    def sentence(self) -> str:
        """The sentence as published: claims quote it, never the masked text."""
        return self.text if self.original is None else self.original


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class _Party:
    """A subject or object: the entity it stands for and the mention it came from."""

    entity: str
    mention: Mention | None


def words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end)) if end > start else 0


class RelationExtractor:
    def __init__(self, lexicon: Lexicon, info: Mapping[str, EntityInfo]) -> None:
        self._lex = lexicon
        self._info = info
        self._clauses = ClauseRules.from_lexicon(lexicon.raw)
        macros = lexicon.raw.get("macros", {})
        # "it takes nine seats", "... and will contest the other 28": the subject is
        # the clause's first party, not the nearest name (often an object).
        self._clause_subject = re.compile(
            lexicon.raw.get("coref", {}).get("clause_subject", r"(?!x)x"), re.IGNORECASE)
        self._seat_lists = SeatLists(lexicon.raw, lambda p: expand(p, macros), lexicon.number)
        # Every keyword any prefilter below asks about (a rule's set is minimal, so
        # it may lack a trigger's longer keyword).
        self._vocabulary = Vocabulary([*(r.prefilter for r in lexicon.rules),
                                       *(k for r in lexicon.rules for k in r.trigger_prefilters),
                                       *lexicon.hedge_prefilters])

    def extract(self, ctx: SentenceContext) -> list[Claim]:
        if ctx.text.rstrip("\"'”’ )").endswith("?"):
            return []  # a question asserts nothing
        spans = background_spans(ctx.text, self._clauses, ctx.published)
        if spans is None:
            return []  # background: what happened in an earlier year
        relative = [s for s in spans if self._clauses.relative.match(ctx.text, s[0])]
        past = [s for s in spans if s not in relative]
        main = _masked(ctx, spans)
        present = self._vocabulary.present(ctx.text)
        hedge = self.hedge(ctx.text, present)
        denial = self._denial_clause(ctx.text, hedge)
        asserted = self.hedge(ctx.text[:denial]) if denial is not None else hedge
        entities = tuple(sorted({m.entity for m in ctx.mentions}))
        seen: set[str] = set()
        out: list[Claim] = []
        for rule in self._lex.rules:
            # Keywords first: a trigger whose required words are absent cannot match.
            if not may_match(rule.prefilter, present):
                continue
            if rule.requires is not None and not rule.requires.search(ctx.text):
                continue
            if rule.veto is not None and rule.veto.search(ctx.text):
                continue
            for trigger, keys in zip(rule.triggers, rule.trigger_prefilters):
                if not may_match(keys, present):
                    continue
                for match in trigger.finditer(ctx.text):
                    if _inside(match, past):
                        continue
                    # A relative clause's own statement may use its head noun; the
                    # main clause never sees what the relative clause names.
                    where = ctx if _inside(match, relative) else main
                    # Before a "dismissing speculation that ..." the claim is asserted.
                    said = asserted if denial is not None and match.end() <= denial else hedge
                    for claim in self._apply(rule, match, where, said, entities):
                        if claim.fact_key not in seen:
                            seen.add(claim.fact_key)
                            out.append(claim)
        taken = {(c.subject, c.place) for c in out if c.relation == "seats"}
        for claim in self._elliptical_seats(main, hedge, entities):
            if (claim.subject, claim.place) not in taken and claim.fact_key not in seen:
                seen.add(claim.fact_key)
                out.append(claim)
        return out

    def _elliptical_seats(self, ctx: SentenceContext, hedge: str | None,
                          entities: tuple[str, ...]) -> list[Claim]:
        parties = [m for m in ctx.mentions if m.kind == "party"]
        out = []
        for count in self._seat_lists.counts(ctx.text, parties):
            states = [p for p in ctx.places if p.kind == "state"]
            place = min(states, key=lambda p: abs(p.start - count.at)).id if states else None
            out.append(Claim(sentence=ctx.sentence, subject=count.mention.entity, relation="seats",
                             value=str(count.value), place=place, polarity=True, hedge=hedge,
                             entities=entities, paragraph=ctx.paragraph))
        return out

    def _denial_clause(self, text: str, hedge: str | None) -> int | None:
        """Where a phrase denying reports or speculation starts, if the sentence has one."""
        if hedge is None or self._lex.denial_clause is None:
            return None
        found = self._lex.denial_clause.search(text)
        return found.start() if found else None

    def hedge(self, text: str, present: frozenset[str] | None = None) -> str | None:
        present = self._vocabulary.present(text) if present is None else present
        for (kind, pattern), keys in zip(self._lex.hedges, self._lex.hedge_prefilters):
            if may_match(keys, present) and pattern.search(text):
                return kind
        return None

    # --- one rule, one trigger occurrence ---------------------------------------

    def _apply(self, rule: Rule, m: re.Match[str], ctx: SentenceContext, hedge: str | None,
               entities: tuple[str, ...]) -> list[Claim]:
        if rule.veto_before is not None and rule.veto_before.search(ctx.text[max(0, m.start() - 90):m.start()]):
            return []
        if rule.value.startswith("fixed:") and rule.max_age_days is not None \
                and any(self._too_old(rule, d.value, ctx.published) for d in ctx.dates):
            return []  # the status of a meeting dated before the article: history
        subjects = self._subjects(rule, m, ctx)
        if not subjects:
            return []
        value = self._value(rule, m, ctx) if rule.value != "role" else None
        if value is _MISSING:
            return []
        found = self._object(rule, m, ctx, subjects, value)
        if found is _MISSING:
            return []
        obj = found.entity if isinstance(found, _Party) else None
        if rule.value == "role":
            after = found.mention.end if isinstance(found, _Party) and found.mention else m.end()
            value = self._phrase_after(self._lex.role_pattern, self._lex.role_id, after, ctx,
                                       rule.role_window)
            if value is None:
                return []
        if rule.relation == "role":
            obj = self._role_object(value, obj, found, ctx)
        polarity = self._polarity(rule, m, ctx, subjects)
        pairwise = len({s.entity for s in subjects}) > 1 and obj is None
        if rule.symmetric and not polarity and not pairwise:
            # "TMC rules out a deal with the Congress" is the TMC going it alone.
            obj = ctx.main_alliance or ctx.last_alliance
            if obj is None:
                return []
        places = self._places(rule, m, ctx)
        if rule.relation == "role" and self._lex.role_scope.get(value or "", "party") != "none":
            places = [None]  # a state only qualifies a chief minister
        claims = []
        for subject, other in self._pairs(rule, subjects, obj, polarity):
            for place in places:
                claims.append(Claim(sentence=ctx.sentence, subject=subject, relation=rule.relation,
                                    object=other, value=value, place=place, polarity=polarity,
                                    hedge=hedge, entities=entities, paragraph=ctx.paragraph))
        return claims

    def _role_object(self, role: str | None, obj: str | None, found: object,
                     ctx: SentenceContext) -> str | None:
        scope = self._lex.role_scope.get(role or "", "party")
        kind = self._info[obj].kind if obj in self._info else None
        if scope == "none":
            return None
        if scope == "alliance":
            return obj if kind == "alliance" else ctx.last_alliance
        return obj if kind == "party" else None

    def _pairs(self, rule: Rule, subjects: list[_Party], obj: str | None,
               polarity: bool) -> list[tuple[str, str | None]]:
        ids = list(dict.fromkeys(s.entity for s in subjects))
        if not rule.symmetric or (not polarity and obj is not None):
            return [(s, obj) for s in ids if s != obj]
        if obj is not None:
            pairs = [(s, obj) for s in ids if s != obj]
            kind = self._info[obj].kind if obj in self._info else ""
            return pairs + ([(obj, s) for s in ids if s != obj] if kind != "alliance" else [])
        return [(a, b) for a in ids for b in ids if a != b]

    # --- subjects and objects -------------------------------------------------

    def _fits(self, mention: Mention, kinds: Sequence[str], to_party: bool) -> str | None:
        if mention.kind in kinds:
            return mention.entity
        info = self._info.get(mention.entity)
        if to_party and mention.kind == "person" and info is not None and info.party:
            return info.party
        return None

    def _subjects(self, rule: Rule, m: re.Match[str], ctx: SentenceContext) -> list[_Party]:
        if rule.subject_side == "before" and self._clause_subject.search(ctx.text[max(0, m.start() - 40):m.start()]):
            first = self._first_in_clause(rule, m, ctx)
            if first is not None:
                return [first]
        found = self._nearest(ctx, rule.subject, rule.person_to_party, rule.subject_side,
                              m.start(), m.end(), rule.subject_window, exclude=())
        if found is not None and found.mention is not None and rule.subject_gap is not None:
            gap = ctx.text[m.end():found.mention.start] if found.mention.start >= m.end() \
                else ctx.text[found.mention.end:m.start()]
            if not rule.subject_gap.match(gap):
                found = None
        if found is None:
            return self._fallback_subject(rule, ctx)
        group = [found]
        if rule.subject_list and found.mention is not None:
            group = self._list(ctx, found, rule.subject, rule.person_to_party,
                               forward=rule.subject_side == "after")
        return group

    def _first_in_clause(self, rule: Rule, m: re.Match[str], ctx: SentenceContext) -> _Party | None:
        start = max((b.end() for b in _HARD_BREAK.finditer(ctx.text, 0, m.start())), default=0)
        for lower in (start, 0):  # this clause's first party, else the sentence's
            for mention in ctx.mentions:
                entity = self._fits(mention, rule.subject, rule.person_to_party)
                if entity is not None and lower <= mention.start and mention.end <= m.start():
                    return _Party(entity, mention)
        return None

    def _fallback_subject(self, rule: Rule, ctx: SentenceContext) -> list[_Party]:
        if rule.subject_fallback != "alliance" or ctx.last_alliance is None:
            return []
        needs = rule.subject_fallback_requires
        if needs is not None and not needs.search(ctx.text):
            return []
        return [_Party(ctx.last_alliance, None)]

    def _nearest(self, ctx: SentenceContext, kinds: Sequence[str], to_party: bool, side: str,
                 start: int, end: int, window: int, exclude: Sequence[str],
                 veto: re.Pattern[str] | None = None) -> _Party | None:
        best: tuple[int, _Party] | None = None
        for mention in ctx.mentions:
            entity = self._fits(mention, kinds, to_party)
            if entity is None or entity in exclude or mention.entity in exclude:
                continue
            if mention.start >= start and mention.end <= end:
                distance = 0  # named inside the trigger phrase ("named Kharge as chairperson")
            elif mention.end <= start and side in ("before", "any"):
                distance = words_between(ctx.text, mention.end, start)
                if side == "before" and _CLAUSE_BREAK.search(ctx.text, mention.end, start):
                    continue
            elif mention.start >= end and side in ("after", "any"):
                distance = words_between(ctx.text, end, mention.start)
            else:
                continue
            if distance > window:
                continue
            if veto is not None and veto.search(ctx.text[mention.end:mention.end + 40]):
                continue
            if best is None or distance < best[0]:
                best = (distance, _Party(entity, mention))
        return best[1] if best else None

    def _list(self, ctx: SentenceContext, first: _Party, kinds: Sequence[str], to_party: bool,
              forward: bool) -> list[_Party]:
        """Extend a subject to the coordinated list it belongs to."""
        fitting = [(m, e) for m in ctx.mentions if (e := self._fits(m, kinds, to_party))]
        index = next(i for i, (m, _) in enumerate(fitting) if m is first.mention)
        group = [first]
        step = 1 if forward else -1
        current = first.mention
        i = index + step
        while 0 <= i < len(fitting) and current is not None:
            mention, entity = fitting[i]
            gap = ctx.text[current.end:mention.start] if forward else ctx.text[mention.end:current.start]
            if not forward and mention.kind == "party" and current.kind == "person" \
                    and _TITLE_GAP.match(gap):
                current = _Span(mention.start, mention.end, current.kind)  # "Trinamool MP Derek"
                i += step
                continue
            if not _LIST_SEPARATOR.match(gap):
                break
            group.append(_Party(entity, mention))
            current = mention
            i += step
        return group

    def _object(self, rule: Rule, m: re.Match[str], ctx: SentenceContext, subjects: list[_Party],
                value: str | None) -> _Party | None | object:
        if not rule.object:
            return None
        exclude = [s.entity for s in subjects] + [s.mention.entity for s in subjects if s.mention]
        found = self._nearest(ctx, rule.object, False, rule.object_side, m.start(), m.end(),
                              rule.object_window, exclude, veto=rule.object_veto)
        if found is not None:
            return found
        wants_default = rule.default_object == "alliance" and (
            rule.default_object_requires_event is None
            or value == rule.default_object_requires_event)
        if wants_default:
            default = ctx.main_alliance if rule.relation == "seat_deal" else ctx.last_alliance
            if default is not None and default not in exclude:
                return _Party(default, None)
        return _MISSING if rule.object_required else None

    # --- value, place, polarity ----------------------------------------------------

    def _value(self, rule: Rule, m: re.Match[str], ctx: SentenceContext) -> str | None | object:
        kind = rule.value
        if kind == "none":
            return None
        if kind.startswith("fixed:"):
            return kind.split(":", 1)[1]
        if kind == "group":
            return self._group_value(m)
        if kind == "date":
            return self._date(rule, m, ctx)
        if kind == "event":
            return self._phrase_after(self._lex.event_pattern, self._lex.event_id, m.end(), ctx,
                                      rule.event_window)
        return None

    def _group_value(self, m: re.Match[str]) -> str | object:
        raw = m.groupdict().get("value")
        if not raw:
            return _MISSING
        number = self._lex.number(raw)
        if number is not None:
            return str(number)
        return self._lex.role_id(raw) or _MISSING

    def _date(self, rule: Rule, m: re.Match[str], ctx: SentenceContext) -> str | object:
        best: tuple[int, str] | None = None
        for d in ctx.dates:
            gap = (m.end(), d.start) if d.start >= m.end() else (d.end, m.start())
            distance = words_between(ctx.text, *gap) + (0 if d.start >= m.end() else 1)
            if distance > rule.date_window or (best is not None and distance >= best[0]):
                continue
            if rule.date_gap_veto is not None and rule.date_gap_veto.search(ctx.text, *gap):
                continue
            if self._too_old(rule, d.value, ctx.published):
                continue
            best = (distance, d.value)
        return best[1] if best else _MISSING

    @staticmethod
    def _too_old(rule: Rule, value: str, published: date | None) -> bool:
        """A meeting months before the article is history, not news."""
        if rule.max_age_days is None or published is None:
            return False
        when = _latest_day(value)
        return when is not None and when < published - timedelta(days=rule.max_age_days)

    @staticmethod
    def _phrase_after(pattern: re.Pattern[str], lookup, start: int, ctx: SentenceContext,
                      window: int) -> str | None:
        for hit in pattern.finditer(ctx.text, start):
            if words_between(ctx.text, start, hit.start()) > window:
                break
            ident = lookup(hit.group(0))
            if ident:
                return ident
        return None

    def _places(self, rule: Rule, m: re.Match[str], ctx: SentenceContext) -> list[str | None]:
        if rule.place == "none" or not ctx.places:
            return [None]
        if rule.place == "states":
            states = [p.id for p in ctx.places if p.kind == "state"]
            return list(dict.fromkeys(states)) or [None]
        if rule.place == "city":
            near = [p for p in ctx.places if _IN_AT.search(ctx.text[max(0, p.start - 12):p.start])
                    and self._near(ctx.text, p, m, rule.place_window)]
            cities = [p for p in near if p.kind == "city"] or near
            return [_closest(cities, m).id] if cities else [None]
        pool = [p for p in ctx.places if rule.place == "any" or p.kind == rule.place]
        pool = [p for p in pool if not _HARD_BREAK.search(ctx.text, *sorted((p.start, m.start())))] or pool
        return [_closest(pool, m).id] if pool else [None]

    @staticmethod
    def _near(text: str, place: PlaceMention, m: re.Match[str], window: int) -> bool:
        gap = (m.end(), place.start) if place.start >= m.end() else (place.end, m.start())
        return words_between(text, *gap) <= window

    def _polarity(self, rule: Rule, m: re.Match[str], ctx: SentenceContext,
                  subjects: list[_Party]) -> bool:
        if not rule.negatable:
            return rule.polarity
        start = max(0, m.start() - 60)
        anchors = [s.mention.end for s in subjects if s.mention and s.mention.end <= m.start()]
        if anchors:
            start = max(anchors)
        cues = len(self._lex.negation.findall(ctx.text, start, m.end()))
        first = min((s.mention.start for s in subjects if s.mention and s.mention.end <= m.start()),
                    default=None)
        if first is not None:
            lead = ctx.text[max(0, first - 40):first]
            cues += bool(self._lex.pre_negation.search(lead + " "))
        return rule.polarity if cues % 2 == 0 else not rule.polarity


_MISSING = object()


def _inside(m: re.Match[str], spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= m.start() < end for start, end in spans)


def _masked(ctx: SentenceContext, spans: Sequence[tuple[int, int]]) -> SentenceContext:
    if not spans:
        return ctx
    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in spans)
    return dataclasses.replace(
        ctx, text=blank(ctx.text, spans), original=ctx.sentence,
        mentions=tuple(m for m in ctx.mentions if outside(m.start)),
        places=tuple(p for p in ctx.places if outside(p.start)),
        dates=tuple(d for d in ctx.dates if outside(d.start)))


_ISO_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}|early|mid|late))?$")


def _latest_day(value: str) -> date | None:
    """The last day an ISO date value ("2023-12-19", "2023-12-mid", "2024-01") can mean."""
    m = _ISO_VALUE.match(value)
    if m is None:
        return None
    part = m.group(3)
    day = int(part) if part and part.isdigit() else {"early": 10, "mid": 20}.get(part or "", 28)
    try:
        return date(int(m.group(1)), int(m.group(2)), day)
    except ValueError:
        return None


def _closest(places: Sequence[PlaceMention], m: re.Match[str]) -> PlaceMention:
    return min(places, key=lambda p: abs(p.start - m.start()))
