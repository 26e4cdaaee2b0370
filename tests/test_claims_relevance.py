"""Relevance: watched mentions and keywords above the threshold; irrelevant -> no claims."""

from __future__ import annotations

from datetime import date
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
    # The same parties in another race (the config's seat_exclude marks it) are not the story,
    # unless the article also names the story's election.
    ("state-assembly-race", "The RJD, the Congress and the Left announced their seat-sharing pact for the "
     "coming Bihar assembly elections. The RJD will contest 140 seats and the Congress 70.",
     "Grand alliance seals seat deal for assembly polls", False),
    ("assembly-seats-in-the-lead", "The JMM and the Congress will contest 70 of Jharkhand's 81 assembly "
     "seats, Hemant Soren said. The RJD is upset with its share.", None, False),
    ("assembly-results-and-the-lok-sabha", "The Congress's defeat in the assembly elections weakens its hand "
     "in the INDIA bloc before the Lok Sabha polls, TMC leaders said. Mamata Banerjee will not attend.",
     None, True),
    ("another-house-beside-the-story-alliance-in-the-lead", "The DMK signed two agreements, one giving the "
     "Congress ten seats and one promising the MNM a Rajya Sabha seat, firming up the INDIA bloc in the state.",
     None, True),
    ("assembly-named-later-only", "The TMC and the Congress failed to agree on seats in West Bengal, Mamata "
     "Banerjee said. The Congress did well in the assembly polls there.", None, True),
]


@pytest.mark.parametrize("text,title,relevant", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relevance(extractor: ClaimExtractor, text: str, title: str | None, relevant: bool) -> None:
    assert extractor.relevance(text, title).relevant is relevant


#: (id, text, published, relevant): the story's window (config.toml: since 2023-06-01) and its race
#: decided on counting day (results_from 2024-06-04).
DATED = [
    ("before-the-window-an-earlier-race", "The DMK has sealed its seat deal with the Congress for the Lok "
     "Sabha elections: the DMK will contest 20 seats and the Congress 10.", date(2019, 3, 5), False),
    ("inside-the-window", "The DMK has sealed its seat deal with the Congress for the Lok Sabha elections: "
     "the DMK will contest 21 seats and the Congress 10.", date(2024, 3, 9), True),
    ("no-date-judged-on-the-text", "The DMK has sealed its seat deal with the Congress for the Lok Sabha "
     "elections: the DMK will contest 21 seats and the Congress 10.", None, True),
    ("assembly-race-as-part-of-the-bloc-after-counting-day", "The JMM, the Congress and the RJD will contest "
     "the November assembly elections in Jharkhand as part of the INDIA bloc, Hemant Soren said. The JMM and "
     "the Congress will share 70 seats.", date(2024, 10, 19), False),
    ("assembly-race-as-part-of-the-bloc-before-counting-day", "The DMK signed two agreements, one giving the "
     "Congress ten seats and one promising the MNM a Rajya Sabha seat, firming up the INDIA bloc in the state.",
     date(2024, 3, 9), True),
]


@pytest.mark.parametrize("text,published,relevant", [c[1:] for c in DATED], ids=[c[0] for c in DATED])
def test_relevance_by_date(extractor: ClaimExtractor, text: str, published: date | None, relevant: bool) -> None:
    assert extractor.relevance(text, None, published).relevant is relevant
    assert bool(extractor.claims(text, published=published)) is relevant


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
