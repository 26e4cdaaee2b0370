"""Readable claim text with display names, and the lexicon as validated data."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.claims.lexicon import SHIPPED, load_lexicon, merge
from monitor.claims.schema import Cues, Frame
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
    ("deal-solo", claim(subject="tmc", relation="deal", object="india", place="west-bengal", polarity=False),
     "TMC goes it alone, no deal with the INDIA bloc in West Bengal"),
    ("deal-pair", claim(subject="sp", relation="deal", object="inc", place="uttar-pradesh"),
     "SP has a deal with Congress in Uttar Pradesh"),
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
    ("attends-event", claim(subject="tmc", relation="attends", object="india", value="swearing_in",
                            polarity=False), "TMC skips the INDIA bloc swearing-in"),
    ("hedged", claim(subject="jdu", relation="member", object="nda", modality="hedged", hedge="likely"),
     "JD(U) is a member of the NDA (reportedly or likely)"),
    ("proposed", claim(subject="inc", relation="seats", value="2", place="west-bengal", modality="proposed",
                       hedge="proposed"), "Congress contests 2 seats in West Bengal (proposed)"),
    ("vote", claim(subject="nitish-kumar", relation="vote", value="confidence"),
     "Nitish Kumar wins the confidence vote"),
    ("untyped", claim(entities=("tmc",)), ""),
]


@pytest.mark.parametrize("c,text", [x[1:] for x in CASES], ids=[x[0] for x in CASES])
def test_text(extractor: ClaimExtractor, c: Claim, text: str) -> None:
    assert extractor._normalizer.text(c) == text


def test_display(extractor: ClaimExtractor) -> None:
    assert extractor.display("jdu") == "JD(U)"
    assert extractor.display("mamata-banerjee") == "Mamata Banerjee"
    assert extractor.display("unknown-id") == "unknown-id"


def test_every_frame_relation_has_templates_and_the_comparison_reads_the_frames() -> None:
    lex = load_lexicon()
    relations = {f.relation for f in lex.frames}
    assert relations == {"member", "deal", "seats", "meeting", "meeting_status", "rally", "attends",
                         "role", "proposes", "supports", "vote", "faces_vote", "arrested", "invites", "delegates",
                         "election"}
    assert all(lex.templates(r).get("yes") for r in relations)
    assert lex.symmetric == {"deal"} and "meeting" in lex.loose_place


def test_shipped_lexicon_knows_no_country() -> None:
    """Places, seat rules and story words come from the config: the shipped data (its comments
    may give examples) names no country's places, houses or events."""
    data = tomllib.loads(SHIPPED.read_text("utf-8"))
    text = json.dumps(data).lower()
    for word in ("lok sabha", "bihar", "bengal", "delhi", "india", "yatra", "vidhan", "bundestag",
                 "nepal", "assembly"):
        assert word not in text, word


def test_merge_extends_lists_appends_frames_and_merges_tables() -> None:
    merged = merge({"frames": [{"id": "a"}], "cues": {"negators": ["not"], "hedge_modals": ["may"]}},
                   {"frames": [{"id": "b"}], "cues": {"negators": ["nope"]}})
    assert merged == {"frames": [{"id": "a"}, {"id": "b"}],
                      "cues": {"negators": ["not", "nope"], "hedge_modals": ["may"]}}


def _story(tmp_path: Path, lexicon: str, extra: dict | None = None) -> ClaimExtractor:
    (tmp_path / "story.toml").write_text(lexicon, encoding="utf-8")
    raw = {"entities": [{"id": "tmc", "kind": "party", "names": ["TMC"]},
                        {"id": "nda", "kind": "alliance", "names": ["NDA"]}],
           "claims": {"lexicon": "story.toml", **(extra or {})}}
    return ClaimExtractor(config_from_dict(raw, root=tmp_path))


def test_story_lexicon_adds_a_frame(tmp_path: Path) -> None:
    ex = _story(tmp_path, '[[frames]]\nid = "member-hop"\nrelation = "member"\n'
                          'triggers = [{ lemma = "hop", prep = "into" }]\n'
                          'subject = { kinds = ["party"], paths = ["subj"] }\n'
                          'object = { kinds = ["alliance"], paths = ["prep:into"] }\n')
    got = [(c.subject, c.relation, c.object) for c in ex.claims("TMC hops into the NDA.", check_relevance=False)]
    assert got == [("tmc", "member", "nda")]


def test_story_lexicon_switches_a_frame_off(tmp_path: Path) -> None:
    ex = _story(tmp_path, 'disable = ["member-join"]\n')
    assert [c.relation for c in ex.claims("TMC joined the NDA.", check_relevance=False)] == [None]


BAD_LEXICONS = [
    ("unknown-key", '[[frames]]\nid = "x-frame"\nrelation = "member"\ntriggers = [{ lemma = "hop" }]\n'
     'subject = { kinds = ["party"], paths = ["subj"] }\nsubjekt = 1\n', "frames[x-frame].subjekt", "unknown key"),
    ("bad-enum", '[[frames]]\nid = "x-frame"\nrelation = "member"\ntriggers = [{ lemma = "hop", pos = "verbb" }]\n'
     'subject = { kinds = ["party"], paths = ["subj"] }\n', "frames[x-frame].triggers[0].pos", "'verbb'"),
    ("bad-path", '[[frames]]\nid = "x-frame"\nrelation = "member"\ntriggers = [{ lemma = "hop" }]\n'
     'subject = { kinds = ["party"], paths = ["subj", "subjekt"] }\n', "frames[x-frame].subject.paths",
     "unknown path 'subjekt'"),
    ("string-for-list", '[[frames]]\nid = "x-frame"\nrelation = "member"\ntriggers = [{ lemma = "hop" }]\n'
     'subject = { kinds = "party", paths = ["subj"] }\n', "frames[x-frame].subject.kinds", "expected a list"),
    ("string-for-complement-list", '[[frames]]\nid = "x-frame"\nrelation = "member"\n'
     'triggers = [{ lemma = "back", unless_xcomp = "lead" }]\nsubject = { kinds = ["party"], paths = ["subj"] }\n',
     "frames[x-frame].triggers[0].unless_xcomp", "expected a list"),
    ("invalid-regex", '[place_coref]\nphrases = ["the state(?"]\n', "place_coref.phrases", "invalid regular expression"),
    ("unknown-relation", '[[frames]]\nid = "x-frame"\nrelation = "marries"\ntriggers = [{ lemma = "wed" }]\n'
     'subject = { kinds = ["party"], paths = ["subj"] }\n', "frames[x-frame].relation", "'marries'"),
    ("disable-unknown-id", 'disable = ["no-such-frame"]\n', "disable", "no-such-frame"),
    ("details-unknown-relation", '[relations.deal]\ndetails = ["seatz"]\n', "relations.deal.details",
     "unknown relation seatz"),
    ("proposed-by-unknown-relation", '[relations.role]\nproposed_by = "propozes"\n', "relations.role.proposed_by",
     "unknown relation 'propozes'"),
    ("subject-word-not-a-list", '[[frames]]\nid = "x-frame"\nrelation = "member"\n'
     'triggers = [{ lemma = "quit", subj = "ministers" }]\nsubject = { kinds = ["party"], paths = ["subj"] }\n',
     "frames[x-frame].triggers[0].subj", "expected a list"),
    ("role-leads-not-a-list", '[role_leads]\nprime_minister = "government"\n', "role_leads.prime_minister",
     "expected a list"),
    ("respelling-longer-than-the-word", 'respell = { boss = "leader" }\n', "respell",
     "the stand-in 'leader' is longer than the word"),
    ("respelling-not-a-word", 'respell = { "supremo." = "leader" }\n', "respell", "lower-case letters only"),
    ("respelling-a-hyphen-at-the-edge", 'respell = { "-appoint" = "appoint" }\n', "respell", "hyphens inside"),
    ("not-toml", '[[frames\n', "", "not a valid lexicon file"),
]


@pytest.mark.parametrize("text,key,message", [c[1:] for c in BAD_LEXICONS], ids=[c[0] for c in BAD_LEXICONS])
def test_bad_lexicon_names_file_frame_and_key(tmp_path: Path, text: str, key: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _story(tmp_path, text)
    error = str(caught.value)
    assert "story.toml" in error and key in error and message in error, error


@pytest.mark.slow
@pytest.mark.parametrize("text,key,message", [c[1:] for c in BAD_LEXICONS[:4]], ids=[c[0] for c in BAD_LEXICONS[:4]])
def test_bad_lexicon_exits_2_naming_it(tmp_path: Path, text: str, key: str, message: str) -> None:
    (tmp_path / "story.toml").write_text(text, encoding="utf-8")
    (tmp_path / "config.toml").write_text(
        '[claims]\nlexicon = "story.toml"\n[storage]\nurl = "sqlite:///m.db"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "monitor", "--config", str(tmp_path / "config.toml"), "flags"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "story.toml" in done.stderr and key in done.stderr and message in done.stderr, done.stderr
    assert not (tmp_path / "m.db").exists()


def test_missing_model_is_a_config_error(tmp_path: Path) -> None:
    raw = {"claims": {"model": "xx_no_such_pipeline"}}
    with pytest.raises(ConfigError) as caught:
        ClaimExtractor(config_from_dict(raw, root=tmp_path))
    assert "claims.model" in str(caught.value) and "pip install" in str(caught.value)


def test_readme_lexicon_examples_are_valid() -> None:
    """The frames and cues the README shows are checked by the same schema as a lexicon."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    claims = readme[readme.index("## Claims"):readme.index("## Running as a daemon")]
    blocks = re.findall(r"```toml\n(.*?)```", claims, flags=re.S)
    assert len(blocks) >= 2
    shipped = load_lexicon()
    for block in blocks:
        raw = tomllib.loads(block)
        for frame in raw.get("frames", []):
            checked = Frame.model_validate(frame)
            assert checked.relation in shipped.data.relations
        if "cues" in raw:
            Cues.model_validate(raw["cues"])
