"""Sentence splitting: abbreviations, initials and dotted acronyms do not end a sentence."""

from __future__ import annotations

import pytest

from monitor.claims.lexicon import load_lexicon
from monitor.claims.sentences import SentenceSplitter, paragraph_spans


@pytest.fixture(scope="module")
def splitter() -> SentenceSplitter:
    lex = load_lexicon()
    return SentenceSplitter(lex.abbreviations, lex.starters)


CASES = [
    ("mr-dr", "Mr. Kharge met Dr. Singh. They talked.", ["Mr. Kharge met Dr. Singh.", "They talked."]),
    ("us-then-opener", "He was in the U.S. The talks ended.", ["He was in the U.S.", "The talks ended."]),
    ("us-mid-sentence", "The U.S. Congress passed a bill.", ["The U.S. Congress passed a bill."]),
    ("rupees", "It cost Rs. 500 crore. Then more.", ["It cost Rs. 500 crore.", "Then more."]),
    ("number", "He lives at No. 10 Janpath. It is big.", ["He lives at No. 10 Janpath.", "It is big."]),
    ("month", "They meet on Jan. 13 in Delhi. Fine.", ["They meet on Jan. 13 in Delhi.", "Fine."]),
    ("initials", "M. K. Stalin spoke. He left.", ["M. K. Stalin spoke.", "He left."]),
    ("india-dotted", "The I.N.D.I.A. bloc met. It agreed.", ["The I.N.D.I.A. bloc met.", "It agreed."]),
    ("question-exclaim", "Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
    ("quote-close", 'He said "we will win." Then he left.', ['He said "we will win."', "Then he left."]),
    ("lowercase-next", "It was approx. ten seats.", ["It was approx. ten seats."]),
    ("digits-next", "The bloc met. 28 parties came.", ["The bloc met.", "28 parties came."]),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_split(splitter: SentenceSplitter, text: str, expected: list[str]) -> None:
    assert [s.text for s in splitter.split(text)] == expected


def test_offsets_and_paragraphs(splitter: SentenceSplitter) -> None:
    text = "One here. Two here.\n\n  Three here.\n"
    out = splitter.split(text)
    assert [(s.text, s.paragraph) for s in out] == [("One here.", 0), ("Two here.", 0), ("Three here.", 1)]
    assert all(text[s.start:s.end] == s.text for s in out)


def test_abbreviations_are_data() -> None:
    custom = SentenceSplitter(["xyz"])
    assert [s.text for s in custom.split("See xyz. Now.")] == ["See xyz. Now."]
    assert len(custom.split("See Mr. Now.")) == 2


def test_paragraph_spans_skip_blank() -> None:
    assert paragraph_spans("\n\n a \n\n\n b") == [(3, 4), (9, 10)]
