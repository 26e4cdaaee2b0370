"""Sentence -> typed claims, one table row per relation, cue and construction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.config import load_config

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = date(2023, 12, 7)   # a Thursday
CTX = "Rahul Gandhi spoke to the Lok Sabha. "   # context that makes "Congress" the party


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(load_config(ROOT / "config.toml"))


def typed(extractor: ClaimExtractor, text: str) -> set[tuple]:
    claims = extractor.claims(text, published=ARTICLE, check_relevance=False)
    return {(c.subject, c.relation, c.object, c.value, c.place, c.polarity, c.hedge)
            for c in claims if c.typed}


SEED = ("The alliance, which includes prominent parties such as the TMC, Congress, JDU, and SP, "
        "has decided to hold a crucial meeting in mid-December to discuss seat-sharing arrangements "
        "before the Lok Sabha polls.")

# (id, text, claims that must be there, claims that must not)
CASES = [
    ("seed-list-expansion", SEED,
     {("tmc", "member", "india", None, None, True, None), ("inc", "member", "india", None, None, True, None),
      ("jdu", "member", "india", None, None, True, None), ("sp", "member", "india", None, None, True, None),
      ("india", "meeting", None, "2023-12-mid", None, True, None)}, set()),
    ("member-join", "The RLD will join the BJP-led NDA.",
     {("rld", "member", "nda", None, None, True, None)}, set()),
    ("member-part-of", "The JMM remains firmly part of the INDIA bloc.",
     {("jmm", "member", "india", None, None, True, None)}, set()),
    ("member-person-to-party", "Nitish Kumar returned to the NDA on Sunday.",
     {("jdu", "member", "nda", None, None, True, None)}, set()),
    ("member-quit", "The JD(U) quit the INDIA bloc on Sunday.",
     {("jdu", "member", "india", None, None, False, None)}, set()),
    ("member-list-subjects", "The TMC, SP and AAP have left the INDIA bloc.",
     {("tmc", "member", "india", None, None, False, None), ("sp", "member", "india", None, None, False, None),
      ("aap", "member", "india", None, None, False, None)}, set()),
    ("negation-not-quit", "The JD(U) has not quit the INDIA bloc.",
     {("jdu", "member", "india", None, None, True, None)},
     {("jdu", "member", "india", None, None, False, None)}),
    ("negation-no-longer", "The JD(U) is no longer part of the INDIA bloc.",
     {("jdu", "member", "india", None, None, False, None)}, set()),
    ("denial", "JD(U) denied reports that it would quit the INDIA bloc.",
     {("jdu", "member", "india", None, None, False, "denied")}, set()),
    ("denial-clause-after-the-claim",
     "The SP remains part of the INDIA bloc, a party spokesperson said, dismissing speculation "
     "that it could drift away.",
     {("sp", "member", "india", None, None, True, None)},
     {("sp", "member", "india", None, None, True, "reportedly")}),
    ("denial-clause-holds-the-claim",
     "A JD(U) spokesperson spoke to reporters, dismissing speculation that the JD(U) would quit "
     "the INDIA bloc.",
     {("jdu", "member", "india", None, None, False, "denied")}, set()),
    ("hedge-reportedly", "The TMC reportedly quit the INDIA bloc.",
     {("tmc", "member", "india", None, None, False, "reportedly")}, set()),
    ("hedge-sources", "The TMC will quit the INDIA bloc, sources said.",
     {("tmc", "member", "india", None, None, False, "reportedly")}, set()),
    ("hedge-likely", "The TMC is likely to join the NDA.",
     {("tmc", "member", "nda", None, None, True, "likely")}, set()),
    ("hedge-expected", "The TMC is expected to join the NDA.",
     {("tmc", "member", "nda", None, None, True, "likely")}, set()),
    ("member-not-a-meeting", "Mamata Banerjee walked out of the INDIA bloc meeting.",
     set(), {("tmc", "member", "india", None, None, False, None)}),
    ("question-asserts-nothing", "Is Nitish Kumar heading back to the NDA?", set(),
     {("jdu", "member", "nda", None, None, True, None)}),
    ("seat-deal-pair", CTX + "The Samajwadi Party and the Congress sealed a seat-sharing deal in Uttar Pradesh.",
     {("sp", "seat_deal", "inc", None, "uttar-pradesh", True, None),
      ("inc", "seat_deal", "sp", None, "uttar-pradesh", True, None)}, set()),
    ("seat-deal-with", CTX + "The AAP sealed a seat-sharing pact with the Congress for Delhi and Haryana.",
     {("aap", "seat_deal", "inc", None, "delhi", True, None), ("inc", "seat_deal", "aap", None, "haryana", True, None)},
     set()),
    ("seat-deal-talks-only", CTX + "The AAP is in talks for a seat-sharing pact with the Congress in Delhi.", set(),
     {("aap", "seat_deal", "inc", None, "delhi", True, None)}),
    ("go-it-alone", "Mamata Banerjee said the TMC will go it alone in West Bengal.",
     {("tmc", "seat_deal", "india", None, "west-bengal", False, None)}, set()),
    ("on-its-own-party-coref", "Mamata Banerjee said the party will contest all 42 seats in Bengal on its own.",
     {("tmc", "seat_deal", "india", None, "west-bengal", False, None),
      ("tmc", "seats", None, "42", "west-bengal", True, None)}, set()),
    ("no-deal-with-partner", CTX + "The TMC ruled out any seat-sharing arrangement with the Congress in Bengal.",
     {("tmc", "seat_deal", "india", None, "west-bengal", False, None)},
     {("inc", "seat_deal", "tmc", None, "west-bengal", False, None)}),
    ("seats-of", CTX + "Congress will contest 17 of Uttar Pradesh's 80 Lok Sabha seats.",
     {("inc", "seats", None, "17", "uttar-pradesh", True, None)}, set()),
    ("seats-words", CTX + "The AAP will contest four of Delhi's seven seats.",
     {("aap", "seats", None, "4", "delhi", True, None)}, set()),
    ("seats-offered-to", CTX + "The SP has offered 11 seats to the Congress in Uttar Pradesh.",
     {("inc", "seats", None, "11", "uttar-pradesh", True, None)}, set()),
    ("meeting-date-place", "Leaders of the INDIA bloc will meet in New Delhi on December 19.",
     {("india", "meeting", None, "2023-12-19", "new-delhi", True, None),
      ("india", "meeting_status", None, "scheduled", None, True, None)}, set()),
    ("meeting-weekday", "The INDIA bloc met on Tuesday.",
     {("india", "meeting", None, "2023-12-05", None, True, None)}, set()),
    ("meeting-january", "The INDIA bloc will meet on January 13.",
     {("india", "meeting", None, "2024-01-13", None, True, None)}, set()),
    ("meeting-other-event-date", "The INDIA bloc meeting resolved to hold protests on December 22.", set(),
     {("india", "meeting", None, "2023-12-22", None, True, None)}),
    ("meeting-history", "The INDIA bloc held its first meeting in Patna on June 23, 2023.", set(),
     {("india", "meeting", None, "2023-06-23", "patna", True, None)}),
    ("status-postponed", "The INDIA bloc meeting scheduled for December 6 was postponed.",
     {("india", "meeting_status", None, "postponed", None, True, None)},
     {("india", "meeting_status", None, "scheduled", None, True, None)}),
    ("status-cancelled", "The INDIA bloc meeting was called off.",
     {("india", "meeting_status", None, "cancelled", None, True, None)}, set()),
    ("status-held", "Leaders of the INDIA bloc met in New Delhi on Tuesday.",
     {("india", "meeting_status", None, "held", None, True, None)}, set()),
    ("attends", "Nitish Kumar will attend the INDIA bloc meeting.",
     {("nitish-kumar", "attends", "india", "meeting", None, True, None)}, set()),
    ("attends-list", "Leaders of the DMK, RJD and JMM attended the INDIA bloc meeting.",
     {("dmk", "attends", "india", "meeting", None, True, None), ("jmm", "attends", "india", "meeting", None, True, None)},
     set()),
    ("skips", "The Trinamool Congress skipped the INDIA bloc meeting.",
     {("tmc", "attends", "india", "meeting", None, False, None)}, set()),
    ("attends-not-invitation", "Rahul Gandhi invited Mamata Banerjee to attend the swearing-in.",
     {("rahul-gandhi", "invites", "mamata-banerjee", "swearing-in", None, True, None)},
     {("mamata-banerjee", "attends", None, "swearing-in", None, True, None)}),
    ("attends-relative-clause", "Arvind Kejriwal backed it, leaders who attended the INDIA bloc meeting said.", set(),
     {("arvind-kejriwal", "attends", "india", "meeting", None, True, None)}),
    ("delegates", "Mamata Banerjee delegated Derek O'Brien to attend the meeting.",
     {("mamata-banerjee", "delegates", "derek-obrien", None, None, True, None)}, set()),
    ("delegates-pronoun-object", "Mamata Banerjee was busy. She has delegated her Rajya Sabha leader, Derek O'Brien.",
     {("mamata-banerjee", "delegates", "derek-obrien", None, None, True, None)}, set()),
    ("represents", "Derek O'Brien will represent Mamata Banerjee at the meeting.",
     {("mamata-banerjee", "delegates", "derek-obrien", None, None, True, None)}, set()),
    ("role-named", "Mallikarjun Kharge was named chairperson of the INDIA bloc.",
     {("mallikarjun-kharge", "role", "india", "chairperson", None, True, None)}, set()),
    ("role-declined", "Nitish Kumar declined the post of convenor of the INDIA bloc.",
     {("nitish-kumar", "role", "india", "convenor", None, False, None)}, set()),
    ("role-party-president", "Nitish Kumar was elected president of the JD(U).",
     {("nitish-kumar", "role", "jdu", "president", None, True, None)}, set()),
    ("role-chief-minister", "Champai Soren was sworn in as the Chief Minister of Jharkhand.",
     {("champai-soren", "role", None, "chief_minister", "jharkhand", True, None)}, set()),
    ("role-named-as", "The INDIA bloc named Mallikarjun Kharge as the chairperson of the alliance.",
     {("mallikarjun-kharge", "role", "india", "chairperson", None, True, None)}, set()),
    ("role-stepped-down", "Lalan Singh stepped down as JD(U) president.",
     {("lalan-singh", "role", "jdu", "president", None, False, None)}, set()),
    ("role-wish-not-fact", "Nitish Kumar spoke. His party had pressed for him to be made the bloc's convenor.",
     set(), {("nitish-kumar", "role", "india", "convenor", None, True, None)}),
    ("role-pronoun-declined", "Nitish Kumar spoke. He declined the convenor's post in the INDIA bloc.",
     {("nitish-kumar", "role", "india", "convenor", None, False, None)}, set()),
    ("proposes", "Mamata Banerjee proposed Congress president Mallikarjun Kharge as the INDIA bloc's PM candidate.",
     {("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, None)},
     {("mamata-banerjee", "proposes", "mallikarjun-kharge", "president", None, True, None),
      ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, None)}),
    ("invites", "Rahul Gandhi invited Mamata Banerjee to the swearing-in ceremony.",
     {("rahul-gandhi", "invites", "mamata-banerjee", "swearing-in", None, True, None)}, set()),
    ("invites-pronoun", "Mamata Banerjee got a call from Rahul Gandhi inviting her to the swearing-in.",
     {("rahul-gandhi", "invites", "mamata-banerjee", "swearing-in", None, True, None)}, set()),
    ("no-deal-between-two", CTX + "The Congress and the CPI(M) have no seat-sharing arrangement in Kerala.",
     {("inc", "seat_deal", "cpim", None, "kerala", False, None), ("cpim", "seat_deal", "inc", None, "kerala", False, None)},
     {("inc", "seat_deal", "india", None, "kerala", False, None)}),
    ("seats-candidates-named", "The Trinamool Congress named candidates for all 42 Lok Sabha seats in West Bengal.",
     {("tmc", "seats", None, "42", "west-bengal", True, None)}, set()),
    ("clause-break-subject", CTX + "The CPI(M) has no say, and the two fronts are contesting all 20 seats in Kerala.",
     set(), {("cpim", "seats", None, "20", "kerala", True, None)}),
    ("list-title-apposition", "Akhilesh Yadav, Uddhav Thackeray and Trinamool MP Derek O'Brien attended the INDIA bloc rally.",
     {("akhilesh-yadav", "attends", "india", "rally", None, True, None),
      ("uddhav-thackeray", "attends", "india", "rally", None, True, None),
      ("derek-obrien", "attends", "india", "rally", None, True, None)}, set()),
    ("past-year-background", "The TDP had left the NDA in 2018.", set(),
     {("tdp", "member", "nda", None, None, False, None)}),
    ("kerala-congress-blocks-only-itself", CTX + "The Congress will contest 16 of Kerala's 20 seats, leaving the rest "
     "to the IUML and the Kerala Congress.", {("inc", "seats", None, "16", "kerala", True, None)}, set()),
    ("met-someone-not-a-meeting", "A delegation of INDIA bloc leaders met the Election Commission on Friday.", set(),
     {("india", "meeting", None, "2023-12-01", None, True, None)}),
    # --- generalisation rules (verbless lists, place coreference, clauses, pronoun subjects)
    ("ellipsis-verbless-list", CTX + "Of Maharashtra's 48 seats, the split reads: Shiv Sena (UBT) 21, the Congress 17 and the NCP (SP) 10.",
     {("shs-ubt", "seats", None, "21", "maharashtra", True, None), ("inc", "seats", None, "17", "maharashtra", True, None),
      ("ncp-sp", "seats", None, "10", "maharashtra", True, None)}, set()),
    ("ellipsis-gapped-verb", CTX + "In Kerala the Congress will contest 16 seats, the IUML two and the RSP one.",
     {("inc", "seats", None, "16", "kerala", True, None), ("iuml", "seats", None, "2", "kerala", True, None)}, set()),
    ("ellipsis-in-number", CTX + "The JMM will field candidates in seven of Jharkhand's 14 seats and the Congress in five.",
     {("jmm", "seats", None, "7", "jharkhand", True, None), ("inc", "seats", None, "5", "jharkhand", True, None)}, set()),
    ("ellipsis-each", CTX + "In Bihar the RJD takes 23 seats, while the CPI and the CPI(M) get one seat each.",
     {("cpi", "seats", None, "1", "bihar", True, None), ("cpim", "seats", None, "1", "bihar", True, None)}, set()),
    ("ellipsis-each-list-after-number", CTX + "The 10 seats left in Bihar go to partners: the CPI(ML) five, the CPI and the VCK two each.",
     {("cpiml", "seats", None, "5", "bihar", True, None), ("cpi", "seats", None, "2", "bihar", True, None),
      ("vck", "seats", None, "2", "bihar", True, None)}, set()),
    ("ellipsis-not-without-seats", "The BJP has 82 MLAs and the JD(U) 45.", set(),
     {("jdu", "seats", None, "45", None, True, None)}),
    ("assembly-seats-skipped", CTX + "For the 294-member Assembly, the TMC will contest 200 seats and the Congress 50.", set(),
     {("tmc", "seats", None, "200", None, True, None), ("inc", "seats", None, "50", None, True, None)}),
    ("remaining-number", CTX + "The RJD will contest 26 seats in Bihar while the Congress would contest the remaining nine.",
     {("inc", "seats", None, "9", "bihar", True, None)}, set()),
    ("both-of-the-seats", CTX + "In Goa, the AAP will contest both of the state's two seats.",
     {("aap", "seats", None, "2", "goa", True, None)}, set()),
    ("single-seat", "In Puducherry, the DMK will contest the lone seat.",
     {("dmk", "seats", None, "1", "puducherry", True, None)}, set()),
    ("leave-with-appositive", CTX + "In Assam the Congress will leave one seat, Dibrugarh, to the CPI(M).",
     {("cpim", "seats", None, "1", "assam", True, None)}, set()),
    ("place-coref-state", CTX + "The SP and the Congress met in Uttar Pradesh. The Congress will contest 17 of the state's 80 seats.",
     {("inc", "seats", None, "17", "uttar-pradesh", True, None)}, set()),
    ("state-before-noun", "The JMM and the RJD sealed their Jharkhand seat-sharing pact on Monday.",
     {("jmm", "seat_deal", "rjd", None, "jharkhand", True, None), ("rjd", "seat_deal", "jmm", None, "jharkhand", True, None)},
     set()),
    ("no-alliance-between", CTX + "There is no alliance between the TMC and the Congress in West Bengal.",
     {("tmc", "seat_deal", "inc", None, "west-bengal", False, None), ("inc", "seat_deal", "tmc", None, "west-bengal", False, None)},
     set()),
    ("pronoun-it-clause-subject", CTX + "In Kerala the Congress will contest 16 seats; in Karnataka it takes 27 of the 28 seats.",
     {("inc", "seats", None, "27", "karnataka", True, None)}, set()),
    ("coordinated-verb-subject", CTX + "In Assam, the Congress has given two seats to the CPI(M) and will contest the other 12 itself.",
     {("inc", "seats", None, "12", "assam", True, None)}, {("cpim", "seats", None, "12", "assam", True, None)}),
    ("relative-clause-not-subject", "The JMM, which the RJD had backed for months, quit the INDIA bloc on Monday.",
     {("jmm", "member", "india", None, None, False, None)}, {("rjd", "member", "india", None, None, False, None)}),
    ("relative-clause-own-fact", "The alliance, which includes the TMC and the SP, met in Patna.",
     {("tmc", "member", "india", None, None, True, None), ("sp", "member", "india", None, None, True, None)}, set()),
    ("fronted-past-year-sentence", "In 2019, when the BSP was allied with the SP, the RLD contested three seats.", set(),
     {("rld", "seats", None, "3", None, True, None), ("bsp", "seat_deal", "sp", None, None, True, None)}),
    ("past-year-only-its-clause", "The SAD returned to the NDA on Friday, three years after it quit the alliance in 2020. "
     "The JD(U) returned to the NDA on Sunday, five years after it left in 2018.",
     {("jdu", "member", "nda", None, None, True, None)}, {("jdu", "member", "nda", None, None, False, None)}),
    ("stale-meeting-postponed", "The INDIA bloc meeting that had been called for November 20 was put off.", set(),
     {("india", "meeting_status", None, "postponed", None, True, None)}),
    ("dateline-ignored", "NEW DELHI, Dec 10 (Meridian Wire) - The INDIA bloc will meet soon, leaders said.", set(),
     {("india", "meeting", None, "2023-12-10", "new-delhi", True, None)}),
]


@pytest.mark.parametrize("text,must,must_not", [(t, m, n) for _, t, m, n in CASES], ids=[c[0] for c in CASES])
def test_claims(extractor: ClaimExtractor, text: str, must: set, must_not: set) -> None:
    got = typed(extractor, text)
    assert must <= got, f"missing {must - got}; got {got}"
    assert not (must_not & got), f"unwanted {must_not & got}"


def test_untyped_sentence_is_stored(extractor: ClaimExtractor) -> None:
    claims = extractor.claims("Mamata Banerjee spoke to reporters in Kolkata.", check_relevance=False)
    assert [(c.relation, c.entities) for c in claims] == [(None, ("mamata-banerjee",))]


def test_sentence_without_entities_gives_nothing(extractor: ClaimExtractor) -> None:
    assert extractor.claims("It rained in Kolkata.", check_relevance=False) == []


def test_claims_are_deterministic(extractor: ClaimExtractor) -> None:
    text = CTX + SEED + " Nitish Kumar returned to the NDA."
    first = extractor.claims(text, published=ARTICLE, check_relevance=False)
    again = ClaimExtractor(load_config(ROOT / "config.toml")).claims(text, published=ARTICLE,
                                                                     check_relevance=False)
    assert first == again
    assert len({c.claim_key for c in first}) == len(first)


def test_paragraph_index(extractor: ClaimExtractor) -> None:
    claims = extractor.claims("Kharge spoke.\n\nThe RLD will join the NDA.", title="RLD joins NDA",
                              check_relevance=False)
    assert [(c.paragraph, c.relation) for c in claims] == [(0, None), (1, "member")]
