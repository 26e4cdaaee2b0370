"""Readable claim text with display names, and the lexicon as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.claims.lexicon import load_lexicon, merge
from monitor.config import config_from_dict, load_config
from monitor.errors import ConfigError
from monitor.types import Claim

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(load_config(ROOT / "config.toml"))


def claim(**kw) -> Claim:
    return Claim(sentence="s", **kw)


CASES = [
    ("member-left", claim(subject="jdu", relation="member", object="india", polarity=False), "JD(U) left the INDIA bloc"),
    ("member-in", claim(subject="jdu", relation="member", object="nda"), "JD(U) is a member of the NDA"),
    ("seats", claim(subject="inc", relation="seats", value="17", place="uttar-pradesh"),
     "Congress contests 17 seats in Uttar Pradesh"),
    ("meeting", claim(subject="india", relation="meeting", value="2023-12-19", place="new-delhi"),
     "INDIA bloc meeting on 2023-12-19 in New Delhi"),
    ("seat-deal-solo", claim(subject="tmc", relation="seat_deal", object="india", place="west-bengal", polarity=False),
     "TMC goes it alone, no seat-sharing deal with the INDIA bloc in West Bengal"),
    ("role", claim(subject="mallikarjun-kharge", relation="role", object="india", value="chairperson"),
     "Mallikarjun Kharge is chairperson of the INDIA bloc"),
    ("role-no-object", claim(subject="champai-soren", relation="role", value="chief_minister"),
     "Champai Soren is chief minister"),
    ("role-of-a-state", claim(subject="nitish-kumar", relation="role", value="chief_minister",
                              place="bihar"), "Nitish Kumar is chief minister of Bihar"),
    ("role-left-a-state", claim(subject="hemant-soren", relation="role", value="chief_minister",
                                place="jharkhand", polarity=False),
     "Hemant Soren is not chief minister of Jharkhand"),
    ("one-seat", claim(subject="sp", relation="seats", value="1", place="madhya-pradesh"),
     "SP contests 1 seat in Madhya Pradesh"),
    ("proposes", claim(subject="mamata-banerjee", relation="proposes", object="mallikarjun-kharge",
                       value="pm_candidate"), "Mamata Banerjee proposes Mallikarjun Kharge as PM candidate"),
    ("hedge", claim(subject="jdu", relation="member", object="nda", hedge="likely"),
     "JD(U) is a member of the NDA (likely)"),
    ("untyped", claim(entities=("tmc",)), ""),
]


@pytest.mark.parametrize("c,text", [x[1:] for x in CASES], ids=[x[0] for x in CASES])
def test_text(extractor: ClaimExtractor, c: Claim, text: str) -> None:
    assert extractor._normalizer.text(c) == text


def test_display(extractor: ClaimExtractor) -> None:
    assert extractor.display("jdu") == "JD(U)"
    assert extractor.display("mamata-banerjee") == "Mamata Banerjee"
    assert extractor.display("unknown-id") == "unknown-id"


def test_every_vocabulary_relation_has_rules_and_templates() -> None:
    lex = load_lexicon()
    relations = {"member", "seat_deal", "seats", "meeting", "meeting_status", "attends", "delegates",
                 "role", "proposes", "invites"}
    assert {r.relation for r in lex.rules} == relations
    assert relations <= set(lex.templates)


def test_merge_appends_rules_and_merges_tables() -> None:
    merged = merge({"rules": [1], "hedges": {"likely": ["a"], "order": ["likely"]}},
                   {"rules": [2], "hedges": {"likely": ["b"]}})
    assert merged == {"rules": [1, 2], "hedges": {"likely": ["b"], "order": ["likely"]}}


def test_config_lexicon_extends(tmp_path: Path) -> None:
    (tmp_path / "extra.toml").write_text(
        '[[rules]]\nrelation = "member"\ntriggers = ["hops? into"]\nsubject = ["party"]\n'
        'object = ["alliance"]\n', encoding="utf-8")
    raw = {"entities": [{"id": "tmc", "kind": "party", "names": ["TMC"]},
                        {"id": "nda", "kind": "alliance", "names": ["NDA"]}],
           "claims": {"lexicon": "extra.toml"}}
    ex = ClaimExtractor(config_from_dict(raw, root=tmp_path))
    got = [(c.subject, c.relation, c.object) for c in ex.claims("TMC hops into the NDA.", check_relevance=False)]
    assert got == [("tmc", "member", "nda")]


def test_bad_lexicon_is_config_error(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('[[rules]]\nrelation = "member"\ntriggers = ["(unclosed"]\n')
    raw = {"claims": {"lexicon": "bad.toml"}}
    with pytest.raises(ConfigError, match="invalid lexicon"):
        ClaimExtractor(config_from_dict(raw, root=tmp_path))
