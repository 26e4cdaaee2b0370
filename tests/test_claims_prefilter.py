"""Keyword prefilters: derived from the patterns, and never skip a pattern that matches."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.claims.entities import PhraseMatcher
from monitor.claims.prefilter import fold, required_keywords
from monitor.config import load_config
from monitor.extract import extract

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([*(ROOT / "tests" / "corpus" / "pages").glob("*.html"),
                *(ROOT / "tests" / "corpus-heldout" / "pages").glob("*.html")])


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(load_config(ROOT / "config.toml"))


@pytest.fixture(scope="module")
def sentences(extractor: ClaimExtractor) -> list[str]:
    out = []
    for path in PAGES:
        article = extract(path.read_text("utf-8"), f"https://corpus.example/{path.name}")
        out += [s.text for s in extractor._splitter.split(article.text)]
    assert len(out) > 300
    return out


KEYWORD_CASES = [
    ("literal", r"join", {"join"}),
    ("optional-suffix", r"join(?:s|ed|ing)?", {"join"}),
    ("longest-run-wins", r"go(?:es)?\s+solo\s+run", {"solo"}),
    ("alternation", r"(?:seal|clinch)\s+(?:deal|pact)", {"seal", "clinch"}),
    ("superstring-dropped", r"(?:report|reportedly)", {"report"}),
    ("repeat-at-least-once", r"(?:abc)+x", {"abc"}),
    ("case-sensitive-part", r"(?-i:May)", {"may"}),
    ("lookahead-ignored", r"x(?=meeting)", {"x"}),
    ("non-ascii-breaks-run", r"party’s", {"party"}),
]


@pytest.mark.parametrize(("pattern", "expected"), [(p, e) for _, p, e in KEYWORD_CASES],
                         ids=[i for i, _, _ in KEYWORD_CASES])
def test_required_keywords(pattern: str, expected: set[str]) -> None:
    assert required_keywords(re.compile(pattern, re.IGNORECASE)) == expected


NO_KEYWORD = [
    ("optional-only", r"(?:abc)?"),
    ("class-only", r"[a-z]+\d"),
    ("one-branch-empty", r"(?:abc|\d+)"),
    ("lookaround-only", r"(?<=x)\d(?!y)"),
]


@pytest.mark.parametrize("pattern", [p for _, p in NO_KEYWORD], ids=[i for i, _ in NO_KEYWORD])
def test_no_required_keyword_means_no_filter(pattern: str) -> None:
    assert required_keywords(re.compile(pattern, re.IGNORECASE)) is None


def test_keep_case_only_without_ignorecase() -> None:
    assert required_keywords(re.compile("UP|TN"), keep_case=True) == {"UP", "TN"}
    assert required_keywords(re.compile("UP", re.IGNORECASE), keep_case=True) is None
    assert required_keywords(re.compile("(?i:UP)"), keep_case=True) is None


def test_fold_covers_every_ascii_case_equivalent() -> None:
    # Every non-ASCII character that IGNORECASE matches to an ASCII letter or digit.
    ascii_class = re.compile(r"[a-z0-9]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if ascii_class.fullmatch(char):
            folded = fold(char)
            assert folded.isascii() and re.fullmatch(folded, char, re.IGNORECASE), hex(code)


def test_fold_keeps_keywords_findable() -> None:
    assert "india" in fold("İNDIA bloc")
    assert "seats" in fold("ſeats")
    assert "kharge" in fold("\u212aharge")


def test_trigger_prefilter_never_drops_a_sentence_a_frame_reads(
        extractor: ClaimExtractor, sentences: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipping the parse of sentences without a trigger word form must change no claim."""
    from test_claims_frames import CASES

    texts = sentences[:400] + [text for _id, text, _must, _not in CASES]
    filtered = [extractor.claims(t, check_relevance=False) for t in texts]
    monkeypatch.setattr(type(extractor), "_could_claim", lambda self, text, mentions=(): True)
    unfiltered = [extractor.claims(t, check_relevance=False) for t in texts]
    assert filtered == unfiltered
    assert sum(1 for claims in filtered for c in claims if c.typed) > 100


def test_phrase_matcher_same_hits_with_and_without_prefilter(
        extractor: ClaimExtractor, sentences: list[str]) -> None:
    matchers: list[PhraseMatcher] = [extractor._entities._phrases, extractor._places._matcher,
                                     *extractor._entities._context.values()]
    text = "\n".join(sentences)
    for matcher in matchers:
        unfiltered = PhraseMatcher.__new__(PhraseMatcher)
        unfiltered.__dict__.update(matcher.__dict__, _keys=(None, None))
        for sample in (text, *sentences[:200]):
            assert matcher.find(sample) == unfiltered.find(sample)
