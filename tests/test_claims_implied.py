"""Facts a claim implies against the story's record: joining a rival alliance is leaving the
one the baseline has the party in (``derive.implied_ends``, exclusions marked ``implies``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.compare import BaselineIndex
from monitor.config import load_config
from tests.claims_tables import check, facts

ROOT = Path(__file__).resolve().parents[1]
A = "asserted"
H = "hedged"
DAY = date(2024, 1, 28)

#: The record every row is read against.
BASELINE = ("Rahul Gandhi spoke in Delhi. The JD(U), the SP and the RLD are members of the INDIA bloc. "
            "The Shiv Sena (UBT) is a member of the Maha Vikas Aghadi.")


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(load_config(ROOT / "config.toml"))


@pytest.fixture(scope="module")
def record(extractor: ClaimExtractor) -> BaselineIndex:
    index = extractor.baseline_index(extractor.claims(BASELINE, published=DAY, check_relevance=False))
    assert {("jdu", "india"), ("sp", "india"), ("rld", "india")} <= {
        (c.subject, c.object) for c in index.claims if c.relation == "member" and c.polarity}
    return index


def implied_facts(extractor: ClaimExtractor, record: BaselineIndex | None, text: str) -> set[tuple]:
    claims = extractor.claims(text, published=DAY, check_relevance=False, known=record)
    return facts(*((c.subject, c.relation, c.object, c.value, c.place, c.polarity, c.modality)
                   for c in claims if c.typed))


# (id, text, facts that must be there, facts that must not)
CASES = [
    ("joining-a-rival-alliance-leaves-the-one-on-record", "Nitish Kumar's JD(U) joined the NDA on Sunday.",
     facts(("jdu", "member", "nda", None, None, True, A), ("jdu", "member", "india", None, None, False, A)),
     set()),
    ("a-hedged-move-is-a-hedged-exit", "The RLD is likely to join the NDA, sources said.",
     facts(("rld", "member", "india", None, None, False, H)),
     facts(("rld", "member", "india", None, None, False, A))),
    ("a-party-not-on-record-in-the-bloc-leaves-nothing", "The TDP joined the NDA on Sunday.",
     facts(("tdp", "member", "nda", None, None, True, A)),
     facts(("tdp", "member", "india", None, None, False, A))),
    ("a-state-front-is-no-rival-of-the-national-alliance", "The SP has joined the Maha Vikas Aghadi.",
     set(), facts(("sp", "member", "india", None, None, False, A))),
    ("a-national-move-does-not-say-which-state-front-ends", "The Shiv Sena (UBT) joined the NDA on Sunday.",
     facts(("shs-ubt", "member", "nda", None, None, True, A)),
     facts(("shs-ubt", "member", "mva", None, None, False, A))),
    ("staying-in-the-alliance-on-record-implies-nothing", "The JD(U) remains in the INDIA bloc.",
     facts(("jdu", "member", "india", None, None, True, A)),
     facts(("jdu", "member", "nda", None, None, False, A))),
]


@pytest.mark.parametrize("text,must,must_not", [(t, m, n) for _, t, m, n in CASES], ids=[c[0] for c in CASES])
def test_implied(extractor: ClaimExtractor, record: BaselineIndex, text: str, must: set, must_not: set) -> None:
    check(implied_facts(extractor, record, text), must, must_not)


def test_nothing_is_implied_without_a_record(extractor: ClaimExtractor) -> None:
    got = implied_facts(extractor, None, "Nitish Kumar's JD(U) joined the NDA on Sunday.")
    check(got, facts(("jdu", "member", "nda", None, None, True, A)),
          facts(("jdu", "member", "india", None, None, False, A)))
