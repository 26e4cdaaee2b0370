"""Helpers for the sentence tables of the claims tests: typed claims as comparable tuples."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from monitor.claims import ClaimExtractor


def typed(extractor: ClaimExtractor, text: str, published: date) -> set[tuple]:
    """(subject, relation, object, value, place, polarity, modality) of each typed claim."""
    claims = extractor.claims(text, published=published, check_relevance=False)
    return {_fact(c.subject, c.relation, c.object, c.value, c.place, c.polarity, c.modality)
            for c in claims if c.typed}


def _fact(*fields: object) -> tuple:
    # a deal between two parties is written once, either way round
    subject, relation, obj = fields[:3]
    if relation == "deal" and obj is not None and str(obj) < str(subject):
        return (obj, relation, subject, *fields[3:])
    return tuple(fields)


def facts(*rows: tuple) -> set[tuple]:
    return {_fact(*row) for row in rows}


def check(got: set[tuple], must: set[tuple], must_not: set[tuple]) -> None:
    """Every fact a row must give is there, and none it must not give."""
    assert must <= got, f"missing {must - got}; got {got}"
    assert not (must_not & got), f"unwanted {must_not & got}"


def rows(table: Sequence[tuple[str, str, set[tuple], set[tuple]]]) -> pytest.MarkDecorator:
    """Parametrize a test over a table of (id, text, facts that must be there, facts that must not)."""
    return pytest.mark.parametrize("text,must,must_not", [(t, m, n) for _, t, m, n in table],
                                   ids=[c[0] for c in table])
