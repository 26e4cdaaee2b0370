"""Keyword prefilters: derived from the patterns, and never skip a pattern that matches."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.claims.entities import PhraseMatcher
from monitor.claims.prefilter import Vocabulary, fold, may_match, required_keywords
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
    keys = required_keywords(re.compile(pattern, re.IGNORECASE))
    assert keys is None
    assert may_match(keys, frozenset())


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


def test_every_lexicon_pattern_is_filtered(extractor: ClaimExtractor) -> None:
    """A trigger nobody can filter costs a regex scan per sentence: keep it rare."""
    lexicon = extractor.lexicon
    assert all(k is not None for r in lexicon.rules for k in r.trigger_prefilters)
    assert all(k is not None for k in lexicon.hedge_prefilters)


def test_vocabulary_knows_every_keyword_it_is_asked(extractor: ClaimExtractor) -> None:
    lexicon = extractor.lexicon
    vocabulary = extractor._relations._vocabulary
    asked = [r.prefilter for r in lexicon.rules]
    asked += [k for r in lexicon.rules for k in r.trigger_prefilters]
    asked += list(lexicon.hedge_prefilters)
    words = set(vocabulary._words)
    assert all(k <= words for k in asked if k is not None)


def test_triggers_and_hedges_never_filtered_when_they_match(
        extractor: ClaimExtractor, sentences: list[str]) -> None:
    lexicon = extractor.lexicon
    vocabulary = extractor._relations._vocabulary
    checked = 0
    for text in sentences:
        present = vocabulary.present(text)
        for rule in lexicon.rules:
            for trigger, keys in zip(rule.triggers, rule.trigger_prefilters, strict=True):
                if trigger.search(text):
                    checked += 1
                    assert may_match(keys, present), (trigger.pattern[:60], text)
                    assert may_match(rule.prefilter, present), (rule.relation, text)
        for (kind, pattern), keys in zip(lexicon.hedges, lexicon.hedge_prefilters, strict=True):
            if pattern.search(text):
                assert may_match(keys, present), (kind, text)
    assert checked > 100


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


def test_vocabulary_present() -> None:
    vocabulary = Vocabulary([frozenset({"seat", "deal"}), None, frozenset({"meet"})])
    assert vocabulary.present("The SEAT-sharing Deal") == {"seat", "deal"}
    assert vocabulary.present("nothing here") == frozenset()
