"""When a clause is told: recaps of older news and background from earlier years.

A fact told of a day weeks before the article ("On January 28 the JD(U) left the bloc"
in a February story) is a recap: stored, compared, but not the article's news. A fact
dated months or years before ("In 2019 the TMC took 22 seats", "was deputy chief
minister until January") is background: marked so, not taken for the story's present.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from monitor import events
from monitor.claims.anchors import Anchors
from monitor.claims.tree import children, clause_head, clause_tokens, is_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How long before the article a dated past event is a recap, not the news.
RECAP_DAYS = 7
#: How long before the article a dated clause is background ("in March 2023", "in 2019").
BACKGROUND_DAYS = 180


def recap(trigger: Token, anchors: Anchors, published: date | None) -> bool:
    """"On January 28 the JD(U) left the bloc" in a February story: told in the past tense
    of a day more than ``RECAP_DAYS`` before the article (or "last month")."""
    if published is None:
        return False
    head = clause_head(trigger)
    if head.dep_ == "ccomp" and is_verb(head.head):
        head = head.head    # "On December 19 the Congress said it wants ten seats": when it was said
        scope = clause_tokens(head)
    else:
        scope = clause_tokens(trigger)
    past = head.tag_ == "VBD" or (head.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have", "was", "were")
                                                             for c in children(head, "aux", "auxpass")))
    if not past:
        return False
    if head.dep_ == "conj":     # "On January 28 it left the bloc and returned to the NDA"
        scope += [t for t in clause_tokens(head.head) if t not in scope]
    for token in scope:
        if token.lower_ == "last" and token.head.lower_ in ("month", "year"):
            return True
        when = anchors.date(token)
        found = events.span(when.value) if when is not None else None
        if found is not None and (published - found[1]).days > RECAP_DAYS:
            return True
    return False


def _opens_with_past_year(doc: object, published: date) -> bool:
    """"In 2019, ...": the whole sentence is history."""
    words = list(doc[:4])  # type: ignore[index]
    return len(words) > 1 and words[0].lower_ in ("in", "during", "since") and any(
        t.text.isdigit() and len(t.text) == 4 and int(t.text) < published.year for t in words[1:])


def background(trigger: Token, anchors: Anchors, published: date | None) -> bool:
    """About an earlier year ("In 2019 the TMC took 22 seats"), or over ("was deputy chief
    minister until January"): the clause or one it hangs in is dated before the article."""
    if published is None:
        return False
    if _opens_with_past_year(trigger.doc, published):
        return True
    node = clause_head(trigger)
    scope = clause_tokens(trigger)
    # "Going into the November 2022 election, his party was backing ...": the participle
    # clause that sets the scene dates it too
    scope += [t for c in node.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < node.i
              for t in clause_tokens(c) if t not in scope]
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if is_verb(node):
            scope += [t for t in clause_tokens(node) if t not in scope]
    past = clause_head(trigger).tag_ == "VBD" or any(
        c.lower_ in ("was", "were", "had") for c in clause_head(trigger).children)
    for token in scope:
        if token.lower_ in ("until", "till") and token.dep_ == "prep" and (past or any(
                anchors.date(o) is not None and anchors.date(o).value < published.isoformat()  # type: ignore[union-attr]
                for o in children(token, "pobj"))):
            return True   # "was deputy chief minister until January": over
        when = anchors.date(token)
        span = events.span(when.value) if when is not None else None
        if span is not None and (published - span[1]).days > BACKGROUND_DAYS:
            return True     # (a December day in a February story is a recap, not background)
        if when is not None and span is None and when.value.isdigit() and int(when.value) < published.year:
            return True     # a year
        if token.tag_ == "CD" and token.text.isdigit() and len(token.text) == 4 \
                and 1950 < int(token.text) < published.year and _dated_by(token):
            return True
    return False


_DATED_NOUNS = frozenset({"election", "elections", "poll", "polls", "vote", "votes", "campaign", "summer",
                          "spring", "winter", "autumn", "end", "beginning", "start", "middle"})


def _dated_by(year: Token) -> bool:
    """"in 2019", "in the 2019 election", "during 2022": a year that dates its clause."""
    node = year
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            # "the polls of 2019" date it; "a repeat of their formula of 2019" does not
            return node.head.head.lower_ in _DATED_NOUNS
        if node.dep_ == "pobj" and node.head.lower_ in ("in", "since", "during", "until", "till", "into",
                                                         "between", "from", "after", "before"):
            return True
        if node.dep_ not in ("nummod", "compound", "amod", "nmod", "npadvmod", "pobj") or node.head.i == node.i:
            return False
        node = node.head
    return False
