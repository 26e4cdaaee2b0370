"""Relevance: watched mentions and keywords above the threshold; irrelevant -> no claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.config import config_from_dict, load_config

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(load_config(ROOT / "config.toml"))


CASES = [
    ("india-bloc", "The INDIA bloc met. Mamata Banerjee and Rahul Gandhi discussed seat-sharing.", None, True),
    ("us-congress", "The US Congress passed a bill. The Senate agreed. Republicans and Democrats voted.", None, False),
    ("cricket", "Mitchell Starc went to Kolkata Knight Riders for a record sum at the IPL auction.", None, False),
    ("one-mention", "Kharge spoke about the weather.", None, False),
    ("title-counts", "He spoke on Sunday.", "JD(U) quits INDIA bloc", True),
    ("repeats-capped", "Modi. " * 20, None, False),
    ("keywords-alone-not-enough", "The coalition government was formed after a general election. Seat sharing "
     "and the coalition talks dominated; the coalition holds.", "Coalition formed after general election", False),
    ("ambiguous-name-alone-not-enough", "Congress passed the coalition budget after the general election.",
     "Coalition and general election", False),
]


@pytest.mark.parametrize("text,title,relevant", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relevance(extractor: ClaimExtractor, text: str, title: str | None, relevant: bool) -> None:
    assert extractor.relevance(text, title).relevant is relevant


def test_mentions_counted(extractor: ClaimExtractor) -> None:
    rel = extractor.relevance("The TMC met. The TMC left. Mamata Banerjee spoke.")
    assert rel.mentions == {"mamata-banerjee": 1, "tmc": 2}
    assert rel.score == pytest.approx(3.0)


def test_irrelevant_article_has_no_claims(extractor: ClaimExtractor) -> None:
    text = "The JD(U) quit the NDA in a story about nothing else."
    assert extractor.claims(text) == []
    assert extractor.claims(text, check_relevance=False) != []


def test_threshold_from_config() -> None:
    raw = {"entities": [{"id": "tmc", "kind": "party", "names": ["TMC"]}],
           "relevance": {"threshold": 1.0, "keywords": ["seat sharing"]}}
    ex = ClaimExtractor(config_from_dict(raw))
    assert ex.relevance("TMC said so.").relevant
    assert ex.relevance("nothing here").score == 0
    assert ex.relevance("Seat sharing talks.").score == 1.0
