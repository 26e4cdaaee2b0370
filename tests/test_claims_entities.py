"""Entity matching: case rules, longest match, ambiguous names, coreference."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.claims.entities import PhraseMatcher
from monitor.config import load_config

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(load_config(ROOT / "config.toml"))


def found(extractor: ClaimExtractor, text: str) -> list[tuple[str, str]]:
    sentences = extractor._splitter.split(text)
    return [(m.surface, m.entity) for m in extractor._entities.find(text, sentences)]


CASES = [
    ("acronym-upper", "The SP and AAP met the CPI.", [("SP", "sp"), ("AAP", "aap"), ("CPI", "cpi")]),
    ("acronym-lower-sp", "He was sp and cpi in the aap.", []),
    ("acronym-titlecase-aap", "Aap kaise hain, said Sp.", []),
    ("full-name-any-case", "the samajwadi party said", [("samajwadi party", "sp")]),
    ("longest-trinamool", "The Trinamool Congress said.", [("Trinamool Congress", "tmc")]),
    ("longest-ncp-sp", "The NCP (SP) and NCP-SP said.", [("NCP (SP)", "ncp-sp"), ("NCP-SP", "ncp-sp")]),
    ("longest-ysr", "YSR Congress Party leaders met.", [("YSR Congress Party", "ysrcp")]),
    ("word-boundary", "SPAIN and BJPs are not parties.", []),
    ("another-first-name-is-another-person", "Their wives, Sunita Kejriwal and Kalpana Soren, spoke. On Sunday "
     "Kejriwal wrote from jail.", [("Kalpana Soren", "kalpana-soren"), ("Kejriwal", "arvind-kejriwal")]),
    ("against-or-former-is-not-the-party", "The anti-BJP front, non-Congress parties, pro-NDA groups and an "
     "ex-Congress MLA met the TMC.", [("TMC", "tmc")]),
    ("apostrophe-variants", "Derek O'Brien and Derek O’Brien.", [("Derek O'Brien", "derek-obrien"),
                                                                 ("Derek O’Brien", "derek-obrien")]),
    ("congress-with-context", "Rahul Gandhi said the Congress will fight.",
     [("Rahul Gandhi", "rahul-gandhi"), ("Congress", "inc")]),
    ("congress-no-context", "Congress passed the bill on Friday.", []),
    # a Jammu and Kashmir story names no INDIA-bloc word the Congress is known by but its partners
    ("congress-beside-the-national-conference", "The Congress and the National Conference sealed a pact.",
     [("Congress", "inc"), ("National Conference", "nc")]),
    ("us-congress-blocked", "Rahul Gandhi spoke. The US Congress and the Senate passed a bill.",
     [("Rahul Gandhi", "rahul-gandhi")]),
    ("senate-sentence-blocks", "Kharge spoke. Congress and the Senate agreed on funding.",
     [("Kharge", "mallikarjun-kharge")]),
    ("banerjee-after-mamata", "Mamata Banerjee spoke. Banerjee left.",
     [("Mamata Banerjee", "mamata-banerjee"), ("Banerjee", "mamata-banerjee")]),
    ("banerjee-before-mamata", "Banerjee spoke. Later Mamata Banerjee left.",
     [("Mamata Banerjee", "mamata-banerjee")]),
    ("banerjee-alone", "Banerjee spoke at the rally.", []),
    ("banerjee-is-abhishek", "Abhishek Banerjee spoke. Banerjee left.",
     [("Abhishek Banerjee", "abhishek-banerjee"), ("Banerjee", "abhishek-banerjee")]),
    ("banerjee-spoken-of-most", "Mamata Banerjee spoke. Banerjee said the TMC would go alone. Her nephew "
     "Abhishek Banerjee agreed. Banerjee later left for Kolkata.",
     [("Mamata Banerjee", "mamata-banerjee"), ("Banerjee", "mamata-banerjee"), ("TMC", "tmc"),
      ("Her", "mamata-banerjee"), ("Abhishek Banerjee", "abhishek-banerjee"), ("Banerjee", "mamata-banerjee")]),
    ("mr-surname", "Nitish Kumar spoke. Mr. Kumar left.", [("Nitish Kumar", "nitish-kumar"),
                                                          ("Mr. Kumar", "nitish-kumar")]),
    ("surname-unknown", "Mr. Kumar left.", []),
    ("she-female", "Rahul Gandhi met Mamata Banerjee. She left.",
     [("Rahul Gandhi", "rahul-gandhi"), ("Mamata Banerjee", "mamata-banerjee"), ("She", "mamata-banerjee")]),
    ("he-male", "Mamata Banerjee met Rahul Gandhi. He left.",
     [("Mamata Banerjee", "mamata-banerjee"), ("Rahul Gandhi", "rahul-gandhi"), ("He", "rahul-gandhi")]),
    ("the-party", "The JD(U) met in Patna. The party chose.", [("JD(U)", "jdu"), ("The party", "jdu")]),
    ("the-party-of-speaker", "Leaders met. Mamata Banerjee said the party would fight.",
     [("Mamata Banerjee", "mamata-banerjee"), ("the party", "tmc")]),
    ("the-alliance-last", "The TDP joined the NDA. The alliance grew.", [("TDP", "tdp"), ("NDA", "nda"),
                                                                         ("The alliance", "nda")]),
    ("the-alliance-context", "Lok Sabha polls are near. The alliance met.",
     [("Lok Sabha polls", "ls-2024"), ("The alliance", "india")]),
    ("the-alliance-no-context", "The alliance met.", []),
    ("pronoun-window", "Rahul Gandhi spoke. It rained. It snowed. It was cold. He left.", [("Rahul Gandhi", "rahul-gandhi")]),
    ("his-party-is-the-man's", "Arvind Kejriwal ruled out a pact with the RJD; his party goes alone.",
     [("Arvind Kejriwal", "arvind-kejriwal"), ("RJD", "rjd"), ("his party", "aap")]),
    ("her-party-is-the-woman's", "Mamata Banerjee told Arvind Kejriwal that her party stays.",
     [("Mamata Banerjee", "mamata-banerjee"), ("Arvind Kejriwal", "arvind-kejriwal"), ("her party", "tmc")]),
    ("his-party-not-a-man-named-before", "Rahul Gandhi spoke. Vaiko of the MDMK said his party signed.",
     [("Rahul Gandhi", "rahul-gandhi"), ("MDMK", "mdmk"), ("his party", "mdmk")]),
    ("surname-in-someone-else's-name", "Mamata Banerjee spoke. Then Sudip Banerjee left.",
     [("Mamata Banerjee", "mamata-banerjee")]),
    # the first word of a sentence or a line is a given name unless it opens sentences
    ("surname-in-someone-else's-name-opening-a-line", "Mamata Banerjee spoke.\nSudip Banerjee (TMC) - MP",
     [("Mamata Banerjee", "mamata-banerjee"), ("TMC", "tmc")]),
    ("surname-in-someone-else's-name-opening-a-sentence", "Mamata Banerjee spoke. Sudip Banerjee left.",
     [("Mamata Banerjee", "mamata-banerjee")]),
    ("surname-after-a-sentence-opener", "Mamata Banerjee spoke. Yesterday Banerjee left.",
     [("Mamata Banerjee", "mamata-banerjee"), ("Banerjee", "mamata-banerjee")]),
    ("surname-after-a-title", "Mamata Banerjee spoke. Then Chief Minister Banerjee left.",
     [("Mamata Banerjee", "mamata-banerjee"), ("Banerjee", "mamata-banerjee")]),
    ("surname-after-a-possessive", "Mamata Banerjee spoke. The TMC's Banerjee left.",
     [("Mamata Banerjee", "mamata-banerjee"), ("TMC", "tmc"), ("Banerjee", "mamata-banerjee")]),
    ("the-former-and-the-latter", "The SP and the RJD met; the former gets 63 and the latter 17.",
     [("SP", "sp"), ("RJD", "rjd"), ("the former", "sp"), ("the latter", "rjd")]),
    ("the-former-a-title", "Nitish Kumar met Lalu Prasad. The former chief minister left.",
     [("Nitish Kumar", "nitish-kumar"), ("Lalu Prasad", "lalu-prasad")]),
    ("the-latter-of-one-kind-only", "The SP met Lalu Prasad. The latter said so.",
     [("SP", "sp"), ("Lalu Prasad", "lalu-prasad")]),
    # A party named next to its own leader is the leader's faction of it.
    ("faction-by-possessive", "Sharad Pawar's NCP stays.", [("Sharad Pawar", "sharad-pawar"), ("NCP", "ncp-sp")]),
    ("faction-by-title", "NCP chief Sharad Pawar spoke.", [("NCP", "ncp-sp"), ("Sharad Pawar", "sharad-pawar")]),
    ("surname-after-a-sentence-ending-in-a-capitalised-word", "Nitish Kumar resigned on Sunday. Kumar then took oath.",
     [("Nitish Kumar", "nitish-kumar"), ("Kumar", "nitish-kumar")]),
    ("the-bloc-in-capitals-alone", "Kharge spoke. Nitish Kumar ditched the Mahagathbandhan and the Opposition bloc INDIA.",
     [("Kharge", "mallikarjun-kharge"), ("Nitish Kumar", "nitish-kumar"), ("Mahagathbandhan", "mgb"),
      ("Opposition bloc", "india"), ("INDIA", "india")]),
    ("the-country-is-not-the-bloc", "Kharge spoke. India will host the summit.", [("Kharge", "mallikarjun-kharge")]),
    ("faction-of-the-party", "The Sharad Pawar faction of the NCP could get nine seats.",
     [("Sharad Pawar", "sharad-pawar"), ("NCP", "ncp-sp")]),
    ("faction-not-for-another-party", "Sharad Pawar's JD(U) friends.",
     [("Sharad Pawar", "sharad-pawar"), ("JD(U)", "jdu")]),
    ("faction-not-far-away", "NCP leaders met. Sharad Pawar spoke.", [("NCP", "ncp"), ("Sharad Pawar", "sharad-pawar")]),
    ("a-space-before-a-names-bracket", "The CPI (M) and the Shiv Sena ( UBT ) met.",
     [("CPI (M)", "cpim"), ("Shiv Sena ( UBT )", "shs-ubt")]),
    ("a-dash-for-a-names-hyphen", "The CPI(ML\u2013L) met.", [("CPI(ML\u2013L)", "cpiml")]),
    ("faction-carried-to-the-plain-name-later", "Shiv Sena (UBT) leader Sanjay Raut spoke. Shiv Sena will "
     "contest 23 seats.", [("Shiv Sena (UBT)", "shs-ubt"), ("Sanjay Raut", "sanjay-raut"), ("Shiv Sena", "shs-ubt")]),
    ("faction-carried-from-a-leaders-possessive", "Sharad Pawar's NCP met. The NCP wants ten seats.",
     [("Sharad Pawar", "sharad-pawar"), ("NCP", "ncp-sp"), ("NCP", "ncp-sp")]),
    ("faction-not-carried-to-the-undivided-party", "Shiv Sena (UBT) leader Sanjay Raut spoke. The undivided "
     "Shiv Sena won 18 seats in 2019.", [("Shiv Sena (UBT)", "shs-ubt"), ("Sanjay Raut", "sanjay-raut"),
                                         ("Shiv Sena", "shs")]),
    ("faction-not-carried-beside-itself", "The Shiv Sena (UBT) and the Shiv Sena fought each other.",
     [("Shiv Sena (UBT)", "shs-ubt"), ("Shiv Sena", "shs")]),
    # a watched party's name at the end of another party's longer name is that other party
    ("end-of-a-longer-name", "The All India Anna Dravida Munnetra Kazhagam and the Marumalarchi Dravida "
     "Munnetra Kazhagam met.", []),
    ("after-a-place-or-a-title", "Bihar's Rashtriya Janata Dal, Tamil Nadu Dravida Munnetra Kazhagam leaders "
     "and INDIA bloc partner Samajwadi Party met.", [("Rashtriya Janata Dal", "rjd"),
                                                   ("Dravida Munnetra Kazhagam", "dmk"), ("INDIA bloc", "india"),
                                                   ("Samajwadi Party", "sp")]),
    ("a-bracketed-part-hyphenated", "Communist Party of India-Marxist-Leninist-Liberation and the Communist Party "
     "of India-Marxist met.", [("Communist Party of India-Marxist-Leninist-Liberation", "cpiml"),
                               ("Communist Party of India-Marxist", "cpim")]),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_mentions(extractor: ClaimExtractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(extractor, text) == expected


def test_phrase_matcher_exact_duplicates() -> None:
    matcher = PhraseMatcher([("Grand Alliance", "a"), ("grand alliance", "b")])
    assert [h.payloads for h in matcher.find("the Grand Alliance and the grand alliance")] == [("a",), ("b",)]


def test_person_maps_to_party_in_claims(extractor: ClaimExtractor) -> None:
    claims = extractor.claims("Nitish Kumar returned to the NDA.", check_relevance=False)
    assert [(c.subject, c.relation, c.object) for c in claims if c.typed] == [("jdu", "member", "nda")]
