"""Sentence -> typed claims on the dependency parse: one table row per frame, cue and construction.

Every sentence is our own. The rows named after the issue ("why-...") are the failures
measured on real articles with the word-window engine: each must stay fixed.
Tuples are (subject, relation, object, value, place, polarity, modality); a deal between
two parties is written once, either way round.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.claims import ClaimExtractor
from monitor.config import load_config
from tests.claims_tables import check, facts
from tests.claims_tables import typed as typed_claims

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = date(2023, 12, 7)   # a Thursday
CTX = "Rahul Gandhi spoke to the Lok Sabha. "   # context that makes "Congress" the party
A = "asserted"


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(load_config(ROOT / "config.toml"))


def typed(extractor: ClaimExtractor, text: str, published: date = ARTICLE) -> set[tuple]:
    return typed_claims(extractor, text, published)


SEED = ("The alliance, which includes prominent parties such as the TMC, Congress, JDU, and SP, "
        "has decided to hold a crucial meeting in mid-December to discuss seat-sharing arrangements "
        "before the Lok Sabha polls.")

# (id, text, facts that must be there, facts that must not)
CASES = [
    # --- membership ---------------------------------------------------------------------
    ("seed-list-expansion", SEED,
     facts(("tmc", "member", "india", None, None, True, A), ("inc", "member", "india", None, None, True, A),
           ("jdu", "member", "india", None, None, True, A), ("sp", "member", "india", None, None, True, A),
           ("india", "meeting", None, "2023-12-mid", None, True, A)), set()),
    ("member-join", "The RLD will join the BJP-led NDA.",
     facts(("rld", "member", "nda", None, None, True, A)), set()),
    ("member-part-of", "The JMM remains firmly part of the INDIA bloc.",
     facts(("jmm", "member", "india", None, None, True, A)), set()),
    ("member-person-to-party", "Nitish Kumar returned to the NDA on Sunday.",
     facts(("jdu", "member", "nda", None, None, True, A)), set()),
    ("member-quit", "The JD(U) quit the INDIA bloc on Sunday.",
     facts(("jdu", "member", "india", None, None, False, A)), set()),
    ("member-list-subjects", "The TMC, SP and AAP have left the INDIA bloc.",
     facts(("tmc", "member", "india", None, None, False, A), ("sp", "member", "india", None, None, False, A),
           ("aap", "member", "india", None, None, False, A)), set()),
    ("member-appositive-ally", "The TDP, an NDA ally, met the Governor.",
     facts(("tdp", "member", "nda", None, None, True, A)), set()),
    # (the seats a regional party gives are in its home: West Bengal)
    ("member-partner-title-is-no-news", CTX + "The TMC offered two seats to its INDIA bloc partner, the Congress.",
     facts(("inc", "seats", None, "2", "west-bengal", True, "proposed")),
     facts(("tmc", "member", "india", None, None, True, A), ("tmc", "member", "india", None, None, True, "proposed"))),
    ("past-results-without-a-year", CTX + "The Congress was given 25 seats in Maharashtra; it won 18 of them.", set(),
     facts(("inc", "seats", None, "25", "maharashtra", True, A))),
    ("predicted-wins-are-no-seats", CTX + "We will win all 40 seats of Tamil Nadu, the Congress leader said.", set(),
     facts(("inc", "seats", None, "40", "tamil-nadu", True, A))),
    ("gapped-number-belongs-to-the-second-party", CTX + "As per the deal, AAP will contest four seats and Congress "
     "three seats in Delhi.", facts(("aap", "seats", None, "4", "delhi", True, A), ("inc", "seats", None, "3", "delhi", True, A)),
     facts(("aap", "seats", None, "3", "delhi", True, A))),
    ("counted-members-are-not-the-party", "Three RJD MLAs joined the NDA on Monday.", set(),
     facts(("rjd", "member", "nda", None, None, True, A))),
    ("meeting-place-not-the-speakers", "In the INDIA bloc meeting on Wednesday, leaders from Bengal said they were unsure.",
     facts(("india", "meeting", None, "2023-12-06", None, True, A)),
     facts(("india", "meeting", None, "2023-12-06", "west-bengal", True, A))),
    ("member-not-a-meeting", "Mamata Banerjee walked out of the INDIA bloc meeting.",
     set(), facts(("tmc", "member", "india", None, None, False, A))),
    ("member-person-leaves-party", CTX + "Ashok Chavan quit the Congress and joined the BJP on Monday.",
     set(), facts(("inc", "member", "bjp", None, None, True, A))),
    ("relative-clause-not-subject", "The JMM, which the RJD had backed for months, quit the INDIA bloc on Monday.",
     facts(("jmm", "member", "india", None, None, False, A)), facts(("rjd", "member", "india", None, None, False, A))),
    ("relative-clause-own-fact", "The alliance, which includes the TMC and the SP, met in Patna.",
     facts(("tmc", "member", "india", None, None, True, A), ("sp", "member", "india", None, None, True, A)), set()),
    # --- negation and modality ------------------------------------------------------------
    ("negation-not-quit", "The JD(U) has not quit the INDIA bloc.",
     facts(("jdu", "member", "india", None, None, True, A)), facts(("jdu", "member", "india", None, None, False, A))),
    ("negation-no-longer", "The JD(U) is no longer part of the INDIA bloc.",
     facts(("jdu", "member", "india", None, None, False, A)), set()),
    # (talks still going on: neither a deal nor none, see tests/corpus-real/README.md)
    ("yet-to-is-not-yet", CTX + "In Punjab the Congress has yet to agree on a seat-sharing formula with the AAP.",
     set(), facts(("aap", "deal", "inc", None, "punjab", True, A), ("aap", "deal", "inc", None, "punjab", False, A))),
    ("threat-is-conditional", "The RLD has threatened to walk out of the INDIA bloc.",
     facts(("rld", "member", "india", None, None, False, "conditional")),
     facts(("rld", "member", "india", None, None, False, A))),
    ("until-under-a-negation-is-a-condition", CTX + "Akhilesh Yadav will not join the Bharat Jodo Nyay Yatra "
     "until the seats in Uttar Pradesh are settled.", set(),
     facts(("akhilesh-yadav", "attends", "india", "yatra", None, False, A),
           ("akhilesh-yadav", "attends", "inc", "yatra", None, False, A))),
    ("until-in-the-past-only-tells-when", "The JD(U) stayed in the INDIA bloc until it left in January.",
     facts(("jdu", "member", "india", None, None, True, A)),
     facts(("jdu", "member", "india", None, None, True, "conditional"))),
    ("proposal-for-someone-to-become", "A JD(U) minister said there was a proposal for Nitish Kumar to become "
     "the convenor of the INDIA bloc.",
     facts(("nitish-kumar", "role", "india", "convenor", None, True, "proposed")),
     facts(("nitish-kumar", "role", "india", "convenor", None, True, A))),
    ("value-inside-an-offer", CTX + "The SP has given the Congress a last offer of 17 seats in Uttar Pradesh.",
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, "proposed")),
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, A))),
    ("round-guess-is-no-count", CTX + "The Congress state chief said the party should get around two dozen seats "
     "in Uttar Pradesh.", set(),
     facts(("inc", "seats", None, "2", "uttar-pradesh", True, A), ("inc", "seats", None, "2", "uttar-pradesh", True, "proposed"))),
    ("place-describing-a-word-is-no-place", CTX + "In Haryana the Congress will contest nine seats and leave one "
     "of the Delhi-bordering seats to the AAP.",
     facts(("aap", "seats", None, "1", "haryana", True, A)), facts(("aap", "seats", None, "1", "delhi", True, A))),
    ("assembly-election-seats-are-not-the-storys", CTX + "For the upcoming Maharashtra Assembly elections, the "
     "Congress and the Shiv Sena (UBT) will contest 85 seats each.", set(),
     facts(("inc", "seats", None, "85", "maharashtra", True, A), ("inc", "seats", None, "85", None, True, A))),
    ("lok-sabha-election-seats-are", CTX + "In the Lok Sabha elections the Congress will contest 17 seats in Maharashtra.",
     facts(("inc", "seats", None, "17", "maharashtra", True, A)), set()),
    ("seats-carried-from-the-sentence-before", CTX + "In Bihar the RJD will fight 26 constituencies. The "
     "Congress gets nine, and the Left parties five between them.",
     facts(("rjd", "seats", None, "26", "bihar", True, A), ("inc", "seats", None, "9", "bihar", True, A)),
     facts(("inc", "seats", None, "5", "bihar", True, A))),
    ("seats-not-carried-to-a-number-of-days", CTX + "The RJD will fight 26 seats in Bihar. The Congress met for "
     "two hours on Sunday and took nine days to decide.", facts(("rjd", "seats", None, "26", "bihar", True, A)),
     facts(("inc", "seats", None, "2", "bihar", True, A), ("inc", "seats", None, "9", "bihar", True, A))),
    ("apposition-names-the-subject", CTX + "In Bihar the alliance's biggest party in the state, the Rashtriya "
     "Janata Dal, will fight 26 constituencies.", facts(("rjd", "seats", None, "26", "bihar", True, A)), set()),
    ("day-of-a-month-is-no-count", CTX + "The TMC wanted the seat arrangement wrapped up by December 31.", set(),
     facts(("tmc", "seats", None, "31", None, True, "proposed"))),
    ("passive-second-clause-keeps-its-own-seats", CTX + "In Uttar Pradesh, Congress will contest 17 Lok Sabha seats "
     "and the remaining 63 seats will be contested by the Samajwadi Party and other alliance partners.",
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, A), ("sp", "seats", None, "63", "uttar-pradesh", True, A)),
     facts(("inc", "seats", None, "63", "uttar-pradesh", True, A))),
    ("the-three-are-parties-not-seats", CTX + "Sources said the three have reached an agreement for the BJP and the "
     "TDP to contest eight seats out of 25 in Andhra Pradesh.", set(),
     facts(("bjp", "seats", None, "3", "andhra-pradesh", True, "hedged"))),
    ("demand-to-contest-is-proposed", CTX + "The RJD stands firm on its demand to contest from two key seats in "
     "Jharkhand.", facts(("rjd", "seats", None, "2", "jharkhand", True, "proposed")),
     facts(("rjd", "seats", None, "2", "jharkhand", True, A))),
    ("in-favour-of-someone-contesting", CTX + "The RJD is in favour of the Congress contesting nine seats in Bihar.",
     facts(("inc", "seats", None, "9", "bihar", True, "proposed")), facts(("rjd", "seats", None, "9", "bihar", True, "proposed"))),
    ("in-favour-of-naming-is-proposed", "Lalu Prasad said both parties were in favour of naming Nitish Kumar as the "
     "prime ministerial candidate.", facts(("nitish-kumar", "role", "india", "pm_candidate", None, True, "proposed")),
     facts(("nitish-kumar", "role", "india", "pm_candidate", None, True, A))),
    ("contest-separately-is-no-deal-between-the-two", CTX + "The Aam Aadmi Party and the Congress sealed a "
     "seat-sharing deal for Delhi and Haryana but decided to contest separately in Punjab.",
     facts(("aap", "deal", "inc", None, "delhi", True, A), ("aap", "deal", "inc", None, "punjab", False, A)),
     facts(("aap", "deal", "india", None, "punjab", False, A), ("inc", "deal", "india", None, "punjab", False, A))),
    ("paving-the-way-is-a-prospect", "Nitish Kumar resigned as chief minister after a party meet in Patna, paving "
     "the way for his return to the BJP-led NDA.", facts(("jdu", "member", "nda", None, None, True, "hedged")),
     facts(("jdu", "member", "nda", None, None, True, A))),
    ("decision-of-someone-to-join", "Amit Shah said he welcomed the decision of N Chandrababu Naidu to join the "
     "NDA family.", facts(("tdp", "member", "nda", None, None, True, A)), set()),
    ("cong-in-a-headline", CTX + "DMK gives Cong 9 seats in TN.", facts(("inc", "seats", None, "9", "tamil-nadu", True, A)),
     set()),
    ("going-alone-is-at-home", "The Trinamool Congress is likely to contest alone in the Lok Sabha elections, "
     "Derek O'Brien hinted.", facts(("tmc", "deal", "india", None, "west-bengal", False, "hedged")),
     facts(("tmc", "deal", "india", None, None, False, "hedged"))),
    ("the-state-just-named-beats-home", CTX + "In Jharkhand the JMM will fight 14 seats. The RJD will contest two.",
     facts(("rjd", "seats", None, "2", "jharkhand", True, A)), facts(("rjd", "seats", None, "2", "bihar", True, A))),
    ("home-beats-the-dateline", "PATNA — Mamata Banerjee said the TMC would go it alone.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, A)), facts(("tmc", "deal", "india", None, "bihar", False, A))),
    ("a-described-past-result-does-not-stop-the-sentence", CTX + "The RJD, which had not won a single seat in the "
     "2019 Lok Sabha polls, will contest 26 of Bihar's 40 seats while the Congress has got nine.",
     facts(("rjd", "seats", None, "26", "bihar", True, A), ("inc", "seats", None, "9", "bihar", True, A)),
     facts(("rjd", "seats", None, "1", "bihar", True, A))),
    ("indicated-is-a-hint", "Mamata Banerjee and Arvind Kejriwal have indicated they would be going it alone in "
     "their respective states.", facts(("tmc", "deal", "india", None, "west-bengal", False, "hedged"),
                                       ("aap", "deal", "india", None, None, False, "hedged")),
     facts(("tmc", "deal", "india", None, "west-bengal", False, A), ("aap", "deal", "india", None, "west-bengal", False, "hedged"))),
    ("hinted-after-the-clause", "The Trinamool Congress will contest alone in the Lok Sabha elections, hinted the "
     "party's MP Derek O'Brien on Friday.", facts(("tmc", "deal", "india", None, "west-bengal", False, "hedged")),
     facts(("tmc", "deal", "india", None, "west-bengal", False, A))),
    ("a-switch-he-had-hinted-at-is-done", "The Rashtriya Lok Dal formally became part of the BJP-led NDA on Saturday, "
     "completing a switch its chief Jayant Chaudhary had been hinting at since early February.",
     facts(("rld", "member", "nda", None, None, True, A)), facts(("rld", "member", "nda", None, None, True, "hedged"))),
    # (talks toward a deal are no deal, not even a likely one: no claim)
    ("met-to-work-out-a-formula-is-the-aim", CTX + "The AAP and the Congress met on Monday to work out a "
     "seat-sharing formula for Delhi.", set(),
     facts(("aap", "deal", "inc", None, "delhi", True, A), ("aap", "deal", "inc", None, "delhi", True, "hedged"))),
    ("gathered-to-protest-an-arrest-keeps-the-arrest", "Bloc members will gather at the BJP headquarters to protest "
     "Arvind Kejriwal's arrest.", set(), facts(("arvind-kejriwal", "arrested", None, None, None, True, "hedged"))),
    ("three-unnamed-sides-make-an-alliance-deal", CTX + "The seat-sharing between the RJD, the Congress and three "
     "Left parties was announced in Patna.",
     facts(("rjd", "deal", "india", None, "bihar", True, A), ("inc", "deal", "india", None, "bihar", True, A)),
     facts(("rjd", "deal", "inc", None, "bihar", True, A))),
    ("left-with-a-total-then-its-parts", CTX + "In Bihar the RJD will contest 26 seats while the Congress has got "
     "nine and the Left parties have been left with five - three for the CPIML and one each for CPI and CPM.",
     facts(("rjd", "seats", None, "26", "bihar", True, A), ("inc", "seats", None, "9", "bihar", True, A),
           ("cpiml", "seats", None, "3", "bihar", True, A), ("cpi", "seats", None, "1", "bihar", True, A),
           ("cpim", "seats", None, "1", "bihar", True, A)),
     facts(("cpi", "seats", None, "9", "bihar", True, A), ("cpiml", "seats", None, "5", "bihar", True, A))),
    ("the-state-never-named-is-the-partys-home", CTX + "The DMK signed an agreement with the Congress, which would "
     "contest nine constituencies in the State and the lone Puducherry seat. Of the remaining 30 seats, the DMK will "
     "field candidates in 21, the VCK 5 and the CPI 4.",
     facts(("inc", "seats", None, "9", "tamil-nadu", True, A), ("inc", "seats", None, "1", "puducherry", True, A),
           ("dmk", "seats", None, "21", "tamil-nadu", True, A), ("vck", "seats", None, "5", "tamil-nadu", True, A)),
     facts(("dmk", "seats", None, "30", "tamil-nadu", True, A), ("dmk", "seats", None, "21", "puducherry", True, A))),
    ("turned-down-the-prime-ministerial-suggestion", "Mallikarjun Kharge turned down the prime ministerial "
     "suggestion, Thirumavalavan said.", facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, False, A)),
     set()),
    ("emerged-as-chairperson", CTX + "Congress president Mallikarjun Kharge emerged as the INDIA bloc's chairperson.",
     facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, A)), set()),
    ("took-charge-of-a-party", "For the second time, Nitish Kumar has taken charge of the Janata Dal (United).",
     facts(("nitish-kumar", "role", "jdu", "president", None, True, A)), set()),
    ("took-charge-of-no-party", "Nitish Kumar took charge of the campaign.", set(),
     facts(("nitish-kumar", "role", None, "president", None, True, A))),
    ("a-preference-for-someone-as-a-role", CTX + "The TMC has repeated its preference for Congress president "
     "Mallikarjun Kharge as convenor of the alliance.",
     facts(("tmc", "proposes", "mallikarjun-kharge", "convenor", None, True, A),
           ("mallikarjun-kharge", "role", "india", "convenor", None, True, "proposed")),
     facts(("mallikarjun-kharge", "role", "india", "convenor", None, True, A))),
    ("make-someone-its-convenor", CTX + "Some reports now suggest the bloc may make Nitish Kumar its convenor.",
     facts(("nitish-kumar", "role", "india", "convenor", None, True, "hedged")), set()),
    ("size-of-a-state-is-no-count", CTX + "In Haryana, which has 10 Lok Sabha seats, the Congress will contest "
     "nine seats.",
     facts(("inc", "seats", None, "9", "haryana", True, A)), facts(("inc", "seats", None, "10", "haryana", True, A))),
    ("propose-someone-to-fight-is-proposed", "Mamata Banerjee said: We propose the Congress party to fight on "
     "2 seats in Bengal.",
     facts(("inc", "seats", None, "2", "west-bengal", True, "proposed")),
     facts(("inc", "seats", None, "2", "west-bengal", True, A), ("tmc", "seats", None, "2", "west-bengal", True, "proposed"))),
    ("denial-of-reports", "The JD(U) denied reports that it would quit the INDIA bloc.",
     facts(("jdu", "member", "india", None, None, False, "denied")), set()),
    ("denial-clause-after-the-claim",
     "The SP remains part of the INDIA bloc, a party spokesperson said, dismissing speculation "
     "that it could drift away.",
     facts(("sp", "member", "india", None, None, True, A)), facts(("sp", "member", "india", None, None, True, "hedged"))),
    ("denial-clause-holds-the-claim",
     "A JD(U) spokesperson spoke to reporters, dismissing speculation that the JD(U) would quit the INDIA bloc.",
     facts(("jdu", "member", "india", None, None, False, "denied")), set()),
    ("hedge-reportedly", "The TMC reportedly quit the INDIA bloc.",
     facts(("tmc", "member", "india", None, None, False, "hedged")), set()),
    ("hedge-sources-after", "The TMC will quit the INDIA bloc, sources said.",
     facts(("tmc", "member", "india", None, None, False, "hedged")), set()),
    ("hedge-said-the-sources-inverted", "The JD(U) will leave the INDIA bloc within days, said the sources.",
     facts(("jdu", "member", "india", None, None, False, "hedged")), facts(("jdu", "member", "india", None, None, False, A))),
    ("hedge-likely", "The TMC is likely to join the NDA.",
     facts(("tmc", "member", "nda", None, None, True, "hedged")), set()),
    ("hedge-expected", "The TMC is expected to join the NDA.",
     facts(("tmc", "member", "nda", None, None, True, "hedged")), set()),
    ("hedge-reports-that", "The RLD chief was asked about reports that his party will join the NDA.",
     facts(("rld", "member", "nda", None, None, True, "hedged")), facts(("rld", "member", "nda", None, None, True, A))),
    ("question-direct", "Is Nitish Kumar heading back to the NDA?", set(),
     facts(("jdu", "member", "nda", None, None, True, A))),
    ("refusal-is-a-negative-fact", "Nitish Kumar does not want to be the INDIA bloc's convenor.",
     facts(("nitish-kumar", "role", "india", "convenor", None, False, A)), set()),
    ("rival-claim-is-hedged", "The BJP claimed that the JD(U) would quit the INDIA bloc soon.",
     facts(("jdu", "member", "india", None, None, False, "hedged")), facts(("jdu", "member", "india", None, None, False, A))),
    # --- deals, going alone ----------------------------------------------------------------
    ("deal-pair", CTX + "The Samajwadi Party and the Congress sealed a seat-sharing deal in Uttar Pradesh.",
     facts(("sp", "deal", "inc", None, "uttar-pradesh", True, A)), set()),
    ("deal-with-places", CTX + "The AAP sealed a seat-sharing pact with the Congress for Delhi and Haryana.",
     facts(("aap", "deal", "inc", None, "delhi", True, A), ("aap", "deal", "inc", None, "haryana", True, A)), set()),
    ("deal-talks-only", CTX + "The AAP is in talks for a seat-sharing pact with the Congress in Delhi.", set(),
     facts(("aap", "deal", "inc", None, "delhi", True, A))),
    ("deal-wanted-is-proposed", CTX + "The TMC wants a seat-sharing pact with the Congress in Bengal.",
     facts(("tmc", "deal", "inc", None, "west-bengal", True, "proposed")), facts(("tmc", "deal", "inc", None, "west-bengal", True, A))),
    ("wants-another-to-act-is-proposed", CTX + "In return the TMC wants the Congress to cede seats to the Trinamool in Assam.",
     facts(("inc", "deal", "tmc", None, "assam", True, "proposed")), facts(("inc", "deal", "tmc", None, "assam", True, A))),
    ("go-it-alone", "Mamata Banerjee said the TMC will go it alone in West Bengal.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, A)), set()),
    ("on-its-own-party-coref", "Mamata Banerjee said the party will contest all 42 seats in Bengal on its own.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, A), ("tmc", "seats", None, "42", "west-bengal", True, A)), set()),
    ("we-go-alone-speaker", "We will fight alone in Punjab, Bhagwant Mann said.",
     facts(("aap", "deal", "india", None, "punjab", False, A)), set()),
    ("no-deal-ruled-out", CTX + "The TMC ruled out any seat-sharing arrangement with the Congress in Bengal.",
     facts(("tmc", "deal", "inc", None, "west-bengal", False, A)), facts(("tmc", "deal", "inc", None, "west-bengal", True, A))),
    ("no-deal-between-two", CTX + "The Congress and the CPI(M) have no seat-sharing arrangement in Kerala.",
     facts(("inc", "deal", "cpim", None, "kerala", False, A)), facts(("inc", "deal", "india", None, "kerala", False, A))),
    ("no-alliance-between", CTX + "There is no alliance between the TMC and the Congress in West Bengal.",
     facts(("tmc", "deal", "inc", None, "west-bengal", False, A)), set()),
    ("deal-compound", CTX + "The SP-Congress alliance will contest all 80 seats in Uttar Pradesh.",
     facts(("sp", "deal", "inc", None, "uttar-pradesh", True, A)), set()),
    ("deal-without", CTX + "The TMC will contest every one of Bengal's 42 seats without the Congress.",
     facts(("tmc", "deal", "inc", None, "west-bengal", False, A), ("tmc", "seats", None, "42", "west-bengal", True, A)),
     facts(("tmc", "seats", None, "1", "west-bengal", True, A))),
    ("deal-three-parties-in-an-alliance", CTX + "The RJD, the Congress and the CPI(ML), partners in Bihar's "
     "Mahagathbandhan, announced their seat-sharing pact on Friday.",
     facts(("rjd", "deal", "mgb", None, "bihar", True, A), ("inc", "deal", "mgb", None, "bihar", True, A),
           ("cpiml", "deal", "mgb", None, "bihar", True, A)), facts(("rjd", "deal", "inc", None, "bihar", True, A))),
    ("state-before-noun", "The JMM and the RJD sealed their seat-sharing pact in Jharkhand on Monday.",
     facts(("jmm", "deal", "rjd", None, "jharkhand", True, A)), set()),
    ("fronted-past-year-sentence", "In 2019, when the BSP was allied with the SP, the RLD contested three seats.", set(),
     facts(("rld", "seats", None, "3", None, True, A), ("bsp", "deal", "sp", None, None, True, A))),
    # --- seats ------------------------------------------------------------------------------
    ("seats-of", CTX + "Congress will contest 17 of Uttar Pradesh's 80 Lok Sabha seats.",
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, A)), set()),
    ("seats-words", CTX + "The AAP will contest four of Delhi's seven seats.",
     facts(("aap", "seats", None, "4", "delhi", True, A)), set()),
    ("seats-offered-to-is-proposed", CTX + "The SP has offered 11 seats to the Congress in Uttar Pradesh.",
     facts(("inc", "seats", None, "11", "uttar-pradesh", True, "proposed")),
     facts(("inc", "seats", None, "11", "uttar-pradesh", True, A))),
    ("seats-candidates-named", "The Trinamool Congress will field candidates in all 42 Lok Sabha seats in West Bengal.",
     facts(("tmc", "seats", None, "42", "west-bengal", True, A)), set()),
    ("seats-over-two-places-have-none", "Arvind Kejriwal ruled out a pact with the Congress and said his party "
     "would contest all 14 seats of Punjab and Chandigarh on its own.",
     facts(("aap", "seats", None, "14", None, True, A)),
     facts(("aap", "seats", None, "14", "punjab", True, A), ("inc", "seats", None, "14", None, True, A))),
    ("compete-in-constituencies", CTX + "In Gujarat, where 26 seats are up for grabs, the Congress will compete in "
     "24 constituencies, reserving two for the AAP.",
     facts(("inc", "seats", None, "24", "gujarat", True, A), ("aap", "seats", None, "2", "gujarat", True, A)), set()),
    ("place-of-a-conjoined-noun-is-not-the-first's", CTX + "In Tamil Nadu the Congress will contest nine seats and "
     "the single seat in Puducherry has also gone to the party.",
     facts(("inc", "seats", None, "9", "tamil-nadu", True, A)), facts(("inc", "seats", None, "9", "puducherry", True, A))),
    ("ellipsis-verbless-list", CTX + "Of Maharashtra's 48 seats, the Shiv Sena (UBT) will contest 21, the Congress 17 "
     "and the NCP (SP) 10.",
     facts(("shs-ubt", "seats", None, "21", "maharashtra", True, A), ("inc", "seats", None, "17", "maharashtra", True, A),
           ("ncp-sp", "seats", None, "10", "maharashtra", True, A)), set()),
    ("ellipsis-gapped-verb", CTX + "In Kerala the Congress will contest 16 seats, the IUML two and the RSP one.",
     facts(("inc", "seats", None, "16", "kerala", True, A), ("iuml", "seats", None, "2", "kerala", True, A)), set()),
    ("ellipsis-in-number", CTX + "The JMM will field candidates in seven of Jharkhand's 14 seats and the Congress in five.",
     facts(("jmm", "seats", None, "7", "jharkhand", True, A)), set()),
    ("ellipsis-each", CTX + "In Bihar the RJD takes 23 seats, while the CPI and the CPI(M) get one seat each.",
     facts(("cpi", "seats", None, "1", "bihar", True, A), ("cpim", "seats", None, "1", "bihar", True, A)), set()),
    ("ellipsis-not-without-seats", "The BJP has 82 MLAs and the JD(U) 45.", set(),
     facts(("jdu", "seats", None, "45", None, True, A))),
    ("assembly-seats-skipped", CTX + "For the 294-member Assembly, the TMC will contest 200 Assembly seats and the Congress 50.",
     set(), facts(("tmc", "seats", None, "200", None, True, A), ("inc", "seats", None, "50", None, True, A))),
    ("remaining-number", CTX + "The RJD will contest 26 seats in Bihar while the Congress would contest the remaining nine.",
     facts(("inc", "seats", None, "9", "bihar", True, A)), set()),
    ("both-of-the-seats", CTX + "In Goa, the AAP will contest both of the state's two seats.",
     facts(("aap", "seats", None, "2", "goa", True, A)), set()),
    ("single-seat", "In Puducherry, the DMK will contest the lone seat.",
     facts(("dmk", "seats", None, "1", "puducherry", True, A)), set()),
    ("leave-with-appositive", CTX + "In Assam the Congress will leave one seat, Dibrugarh, to the CPI(M).",
     facts(("cpim", "seats", None, "1", "assam", True, A)), set()),
    ("place-coref-state", CTX + "The SP and the Congress met in Uttar Pradesh. The Congress will contest 17 of the state's 80 seats.",
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, A)), set()),
    ("place-from-clause-above", CTX + "In Madhya Pradesh the roles are reversed, with the Congress contesting 28 of "
     "the 29 seats.", facts(("inc", "seats", None, "28", "madhya-pradesh", True, A)), set()),
    ("pronoun-it-clause-subject", CTX + "In Kerala the Congress will contest 16 seats; in Karnataka it takes 27 of the 28 seats.",
     facts(("inc", "seats", None, "27", "karnataka", True, A)), set()),
    ("coordinated-verb-subject", CTX + "In Assam, the Congress has given two seats to the CPI(M) and will contest the other 12 itself.",
     facts(("inc", "seats", None, "12", "assam", True, A)), facts(("cpim", "seats", None, "12", "assam", True, A))),
    ("clause-break-subject", CTX + "The CPI(M) has no say, and the two fronts are contesting all 20 seats in Kerala.",
     set(), facts(("cpim", "seats", None, "20", "kerala", True, A))),
    ("kerala-congress-blocks-only-itself", CTX + "The Congress will contest 16 of Kerala's 20 seats, leaving the rest "
     "to the IUML and the Kerala Congress.", facts(("inc", "seats", None, "16", "kerala", True, A)), set()),
    ("past-results-are-background", CTX + "In the 2019 election the TMC won 22 seats in Bengal and the BJP 18.", set(),
     facts(("tmc", "seats", None, "22", "west-bengal", True, A))),
    # --- meetings, attendance, events -------------------------------------------------------
    ("meeting-date-place", "Leaders of the INDIA bloc will meet in New Delhi on December 19.",
     facts(("india", "meeting", None, "2023-12-19", "new-delhi", True, A)), set()),
    ("meeting-weekday", "The INDIA bloc met on Tuesday.",
     facts(("india", "meeting", None, "2023-12-05", None, True, A)), set()),
    ("meeting-january", "The INDIA bloc will meet on January 13.",
     facts(("india", "meeting", None, "2024-01-13", None, True, A)), set()),
    ("meeting-written-date-over-weekday", "The INDIA bloc will meet on Sunday, December 17.",
     facts(("india", "meeting", None, "2023-12-17", None, True, A)), set()),
    ("meeting-other-event-date", "The INDIA bloc meeting resolved to hold protests on December 22.", set(),
     facts(("india", "meeting", None, "2023-12-22", None, True, A))),
    ("meeting-history", "The INDIA bloc held its first meeting in Patna on June 23, 2023.", set(),
     facts(("india", "meeting", None, "2023-06-23", "patna", True, A))),
    ("meeting-of-someone-else", "Nitish Kumar held a meeting with JD(U) MLAs on Sunday.", set(),
     facts(("india", "meeting", None, "2023-12-03", None, True, A))),
    ("met-someone-not-a-meeting", "A delegation of INDIA bloc leaders met the Election Commission on Friday.", set(),
     facts(("india", "meeting", None, "2023-12-01", None, True, A))),
    ("status-postponed", "The INDIA bloc meeting was postponed.",
     facts(("india", "meeting_status", None, "postponed", None, True, A)), set()),
    ("status-cancelled", "The INDIA bloc meeting was called off.",
     facts(("india", "meeting_status", None, "cancelled", None, True, A)), set()),
    ("attends", "Nitish Kumar will attend the INDIA bloc meeting.",
     facts(("nitish-kumar", "attends", "india", "meeting", None, True, A)), set()),
    ("attends-list", "Leaders of the DMK, RJD and JMM attended the INDIA bloc meeting.",
     facts(("dmk", "attends", "india", "meeting", None, True, A), ("jmm", "attends", "india", "meeting", None, True, A)),
     set()),
    ("skips", "The Trinamool Congress skipped the INDIA bloc meeting.",
     facts(("tmc", "attends", "india", "meeting", None, False, A)), set()),
    ("attends-not-invitation", "Rahul Gandhi invited Mamata Banerjee to attend the swearing-in.",
     facts(("rahul-gandhi", "invites", "mamata-banerjee", "swearing_in", None, True, A)),
     facts(("mamata-banerjee", "attends", None, "swearing_in", None, True, A))),
    ("invites", "Rahul Gandhi invited Mamata Banerjee to the swearing-in ceremony.",
     facts(("rahul-gandhi", "invites", "mamata-banerjee", "swearing_in", None, True, A)), set()),
    ("attended-by-in-a-relative-clause-on-the-owner", "This was the fourth meeting of the INDIA bloc, which was "
     "attended by Rahul Gandhi, Mamata Banerjee and Nitish Kumar.",
     facts(("rahul-gandhi", "attends", "india", "meeting", None, True, A),
           ("mamata-banerjee", "attends", "india", "meeting", None, True, A),
           ("nitish-kumar", "attends", "india", "meeting", None, True, A)), set()),
    ("a-long-list-the-parser-broke-off", "This was the fourth meeting of the INDIA bloc, which was attended by Rahul "
     "Gandhi, Mamata Banerjee, Arvind Kejriwal, Farooq Abdullah, Nitish Kumar, Rajiv Ranjan, Lalu Prasad Yadav, "
     "Tejashwi Yadav, Uddhav Thackeray, Sanjay Raut, MK Stalin, Sharad Pawar, Akhilesh Yadav and Ram Gopal Yadav.",
     facts(*[(p, "attends", "india", "meeting", None, True, A) for p in (
         "rahul-gandhi", "mamata-banerjee", "arvind-kejriwal", "farooq-abdullah", "nitish-kumar", "lalu-prasad",
         "tejashwi-yadav", "uddhav-thackeray", "sanjay-raut", "mk-stalin", "sharad-pawar", "akhilesh-yadav")]), set()),
    ("a-name-before-a-clause-owns-no-event", "The INDIA bloc met in Delhi. Uddhav Thackeray could not attend the "
     "meeting. Sonia Gandhi and Rahul Gandhi were present in the meeting.",
     facts(("sonia-gandhi", "attends", "india", "meeting", None, True, A)),
     facts(("sonia-gandhi", "attends", "shs-ubt", "meeting", None, True, A))),
    ("the-meeting-of-a-story-about-a-rally-is-the-rally", "The INDIA bloc held a mega rally at Ramlila Maidan on "
     "Sunday. Among those who attended the meeting were Sharad Pawar and Farooq Abdullah.",
     facts(("sharad-pawar", "attends", "india", "rally", None, True, A)),
     facts(("sharad-pawar", "attends", "india", "meeting", None, True, A))),
    ("the-ceremony-of-the-yatra-is-the-yatra", CTX + "I will not be able to attend the concluding ceremony of the "
     "Yatra, Akhilesh Yadav said in his letter.", facts(("akhilesh-yadav", "attends", "inc", "yatra", None, False, A)),
     facts(("akhilesh-yadav", "attends", "inc", "swearing_in", None, False, A))),
    ("a-public-meeting-is-not-the-alliances", "Mamata Banerjee was addressing a public meeting at Deganga.", set(),
     facts(("mamata-banerjee", "attends", "india", "meeting", None, True, A))),
    ("led-faction-of-a-party", "The Uddhav Thackeray-led Shiv Sena is now part of the MVA, which includes the "
     "Sharad Pawar-led Nationalist Congress Party (NCP).",
     facts(("shs-ubt", "member", "mva", None, None, True, A), ("ncp-sp", "member", "mva", None, None, True, A)),
     facts(("shs", "member", "mva", None, None, True, A), ("ncp", "member", "mva", None, None, True, A))),
    ("postponed-from-a-date-is-no-meeting-then", "The INDIA bloc meeting was postponed from December 17 to December 19.",
     facts(("india", "meeting", None, "2023-12-17", None, False, A), ("india", "meeting", None, "2023-12-19", None, True, A)),
     facts(("india", "meeting", None, "2023-12-17", None, True, A))),
    ("postponed-from-then-held-on", "The INDIA bloc meeting, postponed from December 17, will be held on December 19.",
     facts(("india", "meeting", None, "2023-12-17", None, False, A), ("india", "meeting", None, "2023-12-19", None, True, A)),
     set()),
    ("skipping-a-meeting-does-not-cancel-it", "Mamata Banerjee will not attend the INDIA bloc meeting on Saturday.",
     facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A), ("india", "meeting", None, "2023-12-09", None, True, A)),
     facts(("india", "meeting", None, "2023-12-09", None, False, A))),
    ("not-part-of-a-meeting-does-not-cancel-it", "Mamata Banerjee will not be part of the virtual meeting of the "
     "INDIA bloc on Saturday.", facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A)),
     facts(("india", "meeting", None, "2023-12-09", None, False, A))),
    ("no-meeting-held-is-no-meeting", "The INDIA bloc will not hold a meeting on Saturday.",
     facts(("india", "meeting", None, "2023-12-09", None, False, A)), set()),
    ("skipping-a-rally-does-not-cancel-it", "Akhilesh Yadav will not attend the INDIA bloc rally in Mumbai on Sunday.",
     facts(("india", "rally", None, "2023-12-10", "mumbai", True, A)), facts(("india", "rally", None, "2023-12-10", "mumbai", False, A))),
    ("a-named-events-configured-owner", CTX + "Akhilesh Yadav is to walk with Rahul Gandhi on the Bharat Jodo Nyay "
     "Yatra when it reaches Agra.", facts(("akhilesh-yadav", "attends", "inc", "yatra", None, True, A)),
     facts(("akhilesh-yadav", "attends", "india", "yatra", None, True, A))),
    ("sets-off-on-the-yatra", "Rahul Gandhi sets off from Thoubal on Sunday on the Bharat Jodo Nyay Yatra.",
     facts(("rahul-gandhi", "attends", "inc", "yatra", None, True, A)), set()),
    ("from-a-state-came-a-leader", "The INDIA bloc held a rally at Ramlila Maidan. From Maharashtra came Sharad Pawar "
     "and Uddhav Thackeray.", facts(("sharad-pawar", "attends", "india", "rally", None, True, A)), set()),
    ("attends-rally-of-its-organiser", "Lalu Prasad will address the rally, which has been organised by the RJD, "
     "in Patna on Sunday.",
     facts(("lalu-prasad", "attends", "rjd", "rally", None, True, A)), facts(("lalu-prasad", "attends", "india", "rally", None, True, A))),
    ("attends-yatra-of-a-person", "Akhilesh Yadav will join Rahul Gandhi's Bharat Jodo Nyay Yatra in Agra on Sunday.",
     facts(("akhilesh-yadav", "attends", "inc", "yatra", None, True, A)), set()),
    ("list-title-apposition", "Akhilesh Yadav, Uddhav Thackeray and Trinamool MP Derek O'Brien attended the INDIA bloc rally.",
     facts(("akhilesh-yadav", "attends", "india", "rally", None, True, A),
           ("uddhav-thackeray", "attends", "india", "rally", None, True, A),
           ("derek-obrien", "attends", "india", "rally", None, True, A)), set()),
    ("attends-those-who-attended-were", "Among those who attended the INDIA bloc meeting were Sharad Pawar and Farooq Abdullah.",
     facts(("sharad-pawar", "attends", "india", "meeting", None, True, A),
           ("farooq-abdullah", "attends", "india", "meeting", None, True, A)), set()),
    ("attends-those-present-included", "The INDIA bloc met on Monday. Those present included Sharad Pawar and Farooq Abdullah.",
     facts(("sharad-pawar", "attends", "india", "meeting", None, True, A),
           ("farooq-abdullah", "attends", "india", "meeting", None, True, A)), set()),
    ("skips-those-who-stayed-away", "The INDIA bloc met on Monday. Leaders who stayed away included Sharad Pawar.",
     facts(("sharad-pawar", "attends", "india", "meeting", None, False, A)),
     facts(("sharad-pawar", "attends", "india", "meeting", None, True, A))),
    ("skips-listed-after-a-colon", "The INDIA bloc met on Saturday. Two leaders were missing: Akhilesh Yadav, "
     "the Samajwadi Party president, and Trinamool Congress chief Mamata Banerjee.",
     facts(("akhilesh-yadav", "attends", "india", "meeting", None, False, A),
           ("mamata-banerjee", "attends", "india", "meeting", None, False, A)), set()),
    ("attends-other-list-is-not-the-group", "Among those who attended the INDIA bloc meeting were leaders of "
     "five parties, and Sharad Pawar criticised the BJP.",
     set(), facts(("sharad-pawar", "attends", "india", "meeting", None, True, A))),
    ("delegates", "Mamata Banerjee delegated Derek O'Brien to attend the meeting.",
     facts(("mamata-banerjee", "delegates", "derek-obrien", None, None, True, A)), set()),
    ("rally-date-place", "The INDIA bloc will hold a rally at Ramlila Maidan in Delhi on March 31.",
     facts(("india", "rally", None, "2024-03-31", "delhi", True, A)), set()),
    # --- roles, proposals -------------------------------------------------------------------
    ("role-named", "Mallikarjun Kharge was named chairperson of the INDIA bloc.",
     facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, A)), set()),
    ("role-declined", "Nitish Kumar declined the post of convenor of the INDIA bloc.",
     facts(("nitish-kumar", "role", "india", "convenor", None, False, A)), set()),
    ("role-party-president", "Nitish Kumar was elected president of the JD(U).",
     facts(("nitish-kumar", "role", "jdu", "president", None, True, A)), set()),
    ("role-chief-minister", "Champai Soren was sworn in as the Chief Minister of Jharkhand.",
     facts(("champai-soren", "role", None, "chief_minister", "jharkhand", True, A)), set()),
    ("role-stepped-down", "Lalan Singh stepped down as JD(U) president.",
     facts(("lalan-singh", "role", "jdu", "president", None, False, A)), set()),
    ("role-respectively", "Mallikarjun Kharge and Nitish Kumar were picked as chairperson and convenor respectively.",
     facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, A),
           ("nitish-kumar", "role", "india", "convenor", None, True, A)),
     facts(("nitish-kumar", "role", "india", "chairperson", None, True, A))),
    ("role-title-place-is-not-the-role", "Bihar Chief Minister Nitish Kumar was named convenor of the INDIA bloc.",
     facts(("nitish-kumar", "role", "india", "convenor", None, True, A)),
     facts(("nitish-kumar", "role", "india", "convenor", "bihar", True, A))),
    ("role-wish-not-fact", "Nitish Kumar spoke. His party had pressed for him to be made the bloc's convenor.",
     set(), facts(("nitish-kumar", "role", "india", "convenor", None, True, A))),
    ("role-until-is-over", CTX + "Tejashwi Yadav, who was deputy chief minister until January, spoke in Patna.",
     set(), facts(("tejashwi-yadav", "role", None, "deputy_chief_minister", None, True, A))),
    ("proposes", "Mamata Banerjee proposed Congress president Mallikarjun Kharge as the INDIA bloc's PM candidate.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, "proposed")),
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "president", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, A))),
    ("title-coreference", "Bihar Chief Minister Nitish Kumar met the press. The Chief Minister said he "
     "would quit the INDIA bloc.", facts(("jdu", "member", "india", None, None, False, A)), set()),
    ("post-offered-to-someone", "Sharad Pawar is said to have offered Nitish Kumar the convenor's post.",
     facts(("sharad-pawar", "proposes", "nitish-kumar", "convenor", None, True, "hedged"),
           ("nitish-kumar", "role", "india", "convenor", None, True, "proposed")), set()),
    ("is-with-an-alliance", "TDP chief N Chandrababu Naidu said the TDP was with the NDA.",
     facts(("tdp", "member", "nda", None, None, True, A)), set()),
    ("is-with-a-person-is-no-membership", "Rahul Gandhi was with Sharad Pawar in Mumbai.", set(),
     facts(("rahul-gandhi", "member", "ncp-sp", None, None, True, A), ("inc", "member", "ncp-sp", None, None, True, A))),
    # --- votes, arrests, elections ------------------------------------------------------------
    ("vote-won", "Nitish Kumar won the confidence vote in the Bihar Assembly on Monday.",
     facts(("nitish-kumar", "vote", None, "confidence", None, True, A)), set()),
    ("vote-government-of", "Nitish Kumar's government won the trust vote by 129 votes.",
     facts(("nitish-kumar", "vote", None, "confidence", None, True, A)), set()),
    ("arrested", "Arvind Kejriwal was arrested by the Enforcement Directorate on Thursday.",
     facts(("arvind-kejriwal", "arrested", None, None, None, True, A)), set()),
    # --- the failures measured on real articles with the word-window engine -------------------
    ("why-attachment-by-distance",
     CTX + "Mamata Banerjee told TMC workers to get ready to fight alone in Bengal after the Congress turned "
     "down her offer of two seats.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, "proposed")),
     facts(("inc", "deal", "india", None, "west-bengal", False, A), ("inc", "deal", "india", None, "west-bengal", False, "proposed"))),
    ("why-alliance-against-is-no-deal-with",
     "The BSP is reluctant to build an alliance against the BJP with the other opposition parties.", set(),
     facts(("bsp", "deal", "bjp", None, None, True, A), ("bsp", "deal", "bjp", None, None, True, "hedged"),
           ("bsp", "deal", "bjp", None, None, True, "proposed"))),
    ("why-fighting-each-other-is-no-deal", CTX + "The CPI(M) and the Congress will fight each other in Kerala.",
     facts(("inc", "deal", "cpim", None, "kerala", False, A)), facts(("inc", "deal", "cpim", None, "kerala", True, A))),
    ("why-suggestion-is-a-proposal",
     "Banerjee suggested that Mallikarjun Kharge be made the alliance's prime ministerial face, sources said.",
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, "proposed")),
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, A))),
    ("why-if-clause-is-conditional", "If Mallikarjun Kharge becomes the alliance's PM candidate, the TMC will back him.",
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, "conditional")),
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, A))),
    ("why-not-quit-is-no-nda",
     "JD(U) spokesperson K C Tyagi said the party has not quit the INDIA bloc, adding that Nitish Kumar "
     "built the opposition's unity.",
     facts(("jdu", "member", "india", None, None, True, A)),
     facts(("jdu", "member", "nda", None, None, True, A), ("jdu", "member", "india", None, None, False, A))),
    ("why-coordinated-alliances", "Nitish Kumar left the Mahagathbandhan and the I.N.D.I.A bloc to join the NDA on Sunday.",
     facts(("jdu", "member", "mgb", None, None, False, A), ("jdu", "member", "india", None, None, False, A),
           ("jdu", "member", "nda", None, None, True, A)), set()),
    ("why-respectively", CTX + "The SP and the Congress will contest 63 and 17 seats respectively in Uttar Pradesh.",
     facts(("sp", "seats", None, "63", "uttar-pradesh", True, A), ("inc", "seats", None, "17", "uttar-pradesh", True, A)),
     facts(("sp", "seats", None, "17", "uttar-pradesh", True, A))),
    ("why-elliptical-list", CTX + "The SP will contest 62 seats and the Congress 17.",
     facts(("sp", "seats", None, "62", "uttar-pradesh", True, A), ("inc", "seats", None, "17", "uttar-pradesh", True, A)),
     set()),
    ("why-hyphenated-party-name", CTX + "The NCP-Sharadchandra Pawar will contest ten seats in Maharashtra.",
     facts(("ncp-sp", "seats", None, "10", "maharashtra", True, A)), facts(("ncp", "seats", None, "10", "maharashtra", True, A))),
    ("why-place-of-the-seats-not-of-the-speech",
     "Speaking at a rally in Assam, Mamata Banerjee said the TMC would contest all 42 of West Bengal's seats.",
     facts(("tmc", "seats", None, "42", "west-bengal", True, A)), facts(("tmc", "seats", None, "42", "assam", True, A))),
    ("dateline-ignored", "NEW DELHI, Dec 10 (Meridian Wire) - The INDIA bloc will meet soon, leaders said.", set(),
     facts(("india", "meeting", None, "2023-12-10", "new-delhi", True, A))),
    # --- context: clefts, opening conditions, places from around the sentence -----------------
    ("cleft-subject-not-a-question",
     "Mamata Banerjee spoke on Wednesday. It was she, the Chief Minister said, who had put forward "
     "Mallikarjun Kharge as the INDIA bloc's face.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, "proposed")),
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, "question"))),
    ("opening-condition-covers-the-main-clause",
     CTX + "If the Congress sweeps Seemanchal, he wrote, it will form the government and make Rahul Gandhi "
     "prime minister.",
     facts(("rahul-gandhi", "role", None, "prime_minister", None, True, "conditional")),
     facts(("rahul-gandhi", "role", None, "prime_minister", None, True, A))),
    ("modifier-does-not-swallow-a-parenthesis",
     "Rahul Gandhi spoke at Purnea. Now, he wrote, even sitting chief ministers are being arrested.", set(),
     facts(("rahul-gandhi", "arrested", None, None, None, True, A))),
    ("semicolon-ends-the-hedge", "Nitish Kumar wins trust vote in Patna; Tejashwi Yadav likely to quit",
     facts(("nitish-kumar", "vote", None, "confidence", None, True, A)),
     facts(("nitish-kumar", "vote", None, "confidence", None, True, "hedged"))),
    ("the-state-named-in-the-same-sentence",
     CTX + "Delhi saw talks on Monday. The Trinamool, which rules Bengal, wants a pact with the Congress in the state.",
     facts(("tmc", "deal", "inc", None, "west-bengal", True, "proposed")),
     facts(("tmc", "deal", "inc", None, "delhi", True, "proposed"))),
    ("regional-alliance-home-is-the-place",
     CTX + "The Maha Vikas Aghadi announced its seat shares on Tuesday. The Congress has got 17 seats.",
     facts(("inc", "seats", None, "17", "maharashtra", True, A)), set()),
    ("dateline-city-gives-the-state",
     CTX + "\n\nPATNA — The seat list is out. The RJD will contest 26 seats.",
     facts(("rjd", "seats", None, "26", "bihar", True, A)), set()),
    ("date-hung-on-the-verb", "The INDIA bloc has received the go-ahead from the police for its rally at Ramlila "
     "Maidan on December 17.", facts(("india", "rally", None, "2023-12-17", "delhi", True, A)), set()),
    ("venue-stands-for-its-city", "The INDIA bloc holds a rally at Shivaji Park on Sunday, December 10.",
     facts(("india", "rally", None, "2023-12-10", "mumbai", True, A)), set()),
    ("someone-elses-event-is-not-the-story's", "Nitish Kumar will attend the swearing-in ceremony of Joe Biden.",
     set(), facts(("nitish-kumar", "attends", "india", "swearing_in", None, True, A))),
    ("faced-vote-is-history", "Nitish Kumar faced a trust vote last week and won it.", set(),
     facts(("nitish-kumar", "faces_vote", None, "confidence", None, True, A))),
    ("proposed-a-name", "Mamata Banerjee and Arvind Kejriwal put forward Mallikarjun Kharge's name as the INDIA "
     "bloc's PM candidate.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("arvind-kejriwal", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, "proposed")), set()),
    ("a-name-backed", "Mallikarjun Kharge's name was backed by several leaders as the INDIA bloc's PM face.",
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, "proposed")),
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, A))),
    ("not-present-at-the-meeting", "Mamata Banerjee, who was not present at the INDIA bloc meeting, will be briefed.",
     facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A)),
     facts(("mamata-banerjee", "attends", "india", "meeting", None, True, A))),
    ("an-alliance-and-its-listed-members", CTX + "The Maha Vikas Aghadi, which comprises the Sena (UBT), the "
     "Congress and the NCP (SP), finalised its seat-sharing formula on Tuesday.",
     facts(("shs-ubt", "deal", "mva", None, "maharashtra", True, A), ("inc", "deal", "mva", None, "maharashtra", True, A),
           ("ncp-sp", "deal", "mva", None, "maharashtra", True, A)), set()),
    ("the-two-parties-just-named", CTX + "Punjab is another matter. The AAP and the Congress met there on "
     "Monday. There the two parties will run against each other.",
     facts(("aap", "deal", "inc", None, "punjab", False, A)), set()),
    ("they-are-the-pair", CTX + "The AAP and the Congress will fight together in Delhi. They have also shared "
     "out seats in Gujarat and Goa.",
     facts(("aap", "deal", "inc", None, "gujarat", True, A), ("aap", "deal", "inc", None, "goa", True, A)), set()),
    ("a-kind-of-pair-is-not-the-pair", CTX + "The AAP and the Congress met in Delhi. The two communist parties "
     "will fight each other in Kerala.", set(), facts(("aap", "deal", "inc", None, "kerala", False, A))),
    ("stayed-away-from-the-event-just-named", "The INDIA bloc's leaders met by video link on Saturday. Sharad "
     "Pawar dialled in from Mumbai. Mamata Banerjee stayed away, citing a state programme.",
     facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A)), set()),
    ("attended-by-a-list", "The INDIA bloc held a rally in Ranchi on Sunday. The rally was attended by Sharad "
     "Pawar, Farooq Abdullah and Akhilesh Yadav.",
     facts(("sharad-pawar", "attends", "india", "rally", None, True, A),
           ("farooq-abdullah", "attends", "india", "rally", None, True, A),
           ("akhilesh-yadav", "attends", "india", "rally", None, True, A)), set()),
    ("to-be-addressed-by", "The INDIA bloc holds a rally in Ranchi on Sunday. It will also be addressed by SP chief "
     "Akhilesh Yadav.", set(), facts(("akhilesh-yadav", "attends", "bjp", "rally", None, True, A))),
    ("not-part-of-the-meeting", "The INDIA bloc met online on Saturday. Mamata Banerjee was not part of the "
     "virtual meeting.",
     facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A)),
     facts(("mamata-banerjee", "member", "india", None, None, False, A))),
    ("shared-the-stage-at", "The INDIA bloc held a rally in Ranchi on Sunday. Sharad Pawar and Farooq Abdullah "
     "shared the stage at the rally.",
     facts(("sharad-pawar", "attends", "india", "rally", None, True, A),
           ("farooq-abdullah", "attends", "india", "rally", None, True, A)), set()),
    ("the-rally-just-named-is-its-owner's", "Rahul Gandhi will address the Congress's first big rally in Bihar "
     "at Purnea on Tuesday. Both Lalu Prasad and Tejashwi Yadav would have attended the rally but for the summonses.",
     facts(("lalu-prasad", "attends", "inc", "rally", None, False, A), ("tejashwi-yadav", "attends", "inc", "rally", None, False, A)),
     facts(("lalu-prasad", "attends", "india", "rally", None, False, A))),
    ("stayed-away-from-something-else", "Nitish Kumar stayed away from politics for a while.", set(),
     facts(("nitish-kumar", "attends", "india", "meeting", None, False, A))),
    ("did-not-attend-the-event-just-named", "The INDIA bloc met by video link on Saturday. Mamata Banerjee "
     "did not attend.", facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A)), set()),
    ("were-there-and-as-was", "The INDIA bloc held a rally in Ranchi on Sunday. Sharad Pawar and Farooq Abdullah "
     "were there. Rahul Gandhi was present, as was Akhilesh Yadav.",
     facts(("sharad-pawar", "attends", "india", "rally", None, True, A),
           ("farooq-abdullah", "attends", "india", "rally", None, True, A),
           ("rahul-gandhi", "attends", "india", "rally", None, True, A),
           ("akhilesh-yadav", "attends", "india", "rally", None, True, A)), set()),
    ("there-is-no-attendance", "The INDIA bloc met on Saturday. There were no disagreements, Rahul Gandhi said.",
     set(), facts(("rahul-gandhi", "attends", "india", "meeting", None, True, A))),
    ("as-did-another", "The JD(U) quit the INDIA bloc, as did the RLD.",
     facts(("jdu", "member", "india", None, None, False, A), ("rld", "member", "india", None, None, False, A)),
     set()),
    ("as-was-said-is-no-subject", "The JD(U) quit the INDIA bloc, as was expected by the TMC.",
     facts(("jdu", "member", "india", None, None, False, A)), facts(("tmc", "member", "india", None, None, False, A))),
    ("constituencies-named-after-the-place", "Arvind Kejriwal spoke. In Delhi, the AAP will contest four of the "
     "seven seats: West Delhi, South Delhi, North East Delhi and New Delhi.",
     facts(("aap", "seats", None, "4", "delhi", True, A)), facts(("aap", "seats", None, "4", None, True, A))),
    ("a-difference-is-no-count", CTX + "The DMK will fight on 21 out of the state's 39 seats in Tamil Nadu, two "
     "lower than what it contested in 2019. The Congress will contest 17 seats, three more seats than last time.",
     facts(("dmk", "seats", None, "21", "tamil-nadu", True, A), ("inc", "seats", None, "17", "tamil-nadu", True, A)),
     facts(("dmk", "seats", None, "2", "tamil-nadu", True, A), ("inc", "seats", None, "3", "tamil-nadu", True, A))),
    # --- seat lists read along the words ---------------------------------------------------
    ("list-on-each", CTX + "Under the pact the RJD will fight on 26 seats, the Congress on nine, the CPI(ML) on three "
     "seats, and the CPI and the CPI(M) one seat each.",
     facts(("rjd", "seats", None, "26", "bihar", True, A), ("inc", "seats", None, "9", "bihar", True, A),
           ("cpiml", "seats", None, "3", "bihar", True, A), ("cpi", "seats", None, "1", "bihar", True, A),
           ("cpim", "seats", None, "1", "bihar", True, A)),
     facts(("rjd", "seats", None, "9", "bihar", True, A), ("cpiml", "seats", None, "1", "bihar", True, A))),
    ("list-total-and-parts", CTX + "The Sena (UBT) will contest 21 of Maharashtra's 48 seats, including four in "
     "Mumbai, the Congress 17 and the NCP (SP) 10.",
     facts(("shs-ubt", "seats", None, "21", "maharashtra", True, A), ("inc", "seats", None, "17", "maharashtra", True, A),
           ("ncp-sp", "seats", None, "10", "maharashtra", True, A)),
     facts(("shs-ubt", "seats", None, "48", "maharashtra", True, A), ("shs-ubt", "seats", None, "4", "maharashtra", True, A))),
    ("list-given-to-each", CTX + "Akhilesh Yadav said the SP had given 11 seats to the Congress (in UP) and seven "
     "seats to the RLD.",
     facts(("inc", "seats", None, "11", "uttar-pradesh", True, A), ("rld", "seats", None, "7", "uttar-pradesh", True, A)),
     facts(("sp", "seats", None, "11", "uttar-pradesh", True, A))),
    ("list-receiver-at-the-end", CTX + "The DMK, which rules Tamil Nadu, allotted nine seats in the state and one "
     "in Puducherry to the Congress.",
     facts(("inc", "seats", None, "9", "tamil-nadu", True, A), ("inc", "seats", None, "1", "puducherry", True, A)),
     facts(("dmk", "seats", None, "9", "tamil-nadu", True, A))),
    ("list-sum-before-a-colon", CTX + "The Congress gets ten seats under its pact with the DMK: nine in Tamil Nadu "
     "and one in Puducherry.",
     facts(("inc", "seats", None, "9", "tamil-nadu", True, A), ("inc", "seats", None, "1", "puducherry", True, A)),
     facts(("inc", "seats", None, "10", None, True, A), ("dmk", "seats", None, "9", "tamil-nadu", True, A))),
    ("list-places-after-numbers", "The AAP is eyeing one seat in Gujarat, three in Haryana and one in Goa, reports said.",
     facts(("aap", "seats", None, "1", "gujarat", True, "proposed"), ("aap", "seats", None, "3", "haryana", True, "proposed"),
           ("aap", "seats", None, "1", "goa", True, "proposed")),
     facts(("aap", "seats", None, "3", "gujarat", True, "proposed"))),
    ("list-each-in-two-places", CTX + "In Gujarat the Congress will leave two seats to the AAP, and in Haryana and "
     "Assam the two sides agreed on one seat each for the AAP.",
     facts(("aap", "seats", None, "2", "gujarat", True, A), ("aap", "seats", None, "1", "haryana", True, A),
           ("aap", "seats", None, "1", "assam", True, A)),
     facts(("aap", "seats", None, "1", "gujarat", True, A))),
    # Read by the verbless-list reader of frames (values.listed), not by seatlist: a verb
    # gapped in a list after the sentence that named the place.
    ("list-gapped-after-while", CTX + "In Bihar the RJD will contest 26 seats. The Congress receives nine and the "
     "CPI(ML) three, while the CPI and the CPI(M) are left with one seat each, Arrah and Ujiarpur respectively.",
     facts(("inc", "seats", None, "9", "bihar", True, A), ("cpiml", "seats", None, "3", "bihar", True, A),
           ("cpi", "seats", None, "1", "bihar", True, A), ("cpim", "seats", None, "1", "bihar", True, A)),
     facts(("inc", "seats", None, "3", "bihar", True, A))),
    ("list-offer-without-receiver", CTX + "The TMC offered two seats, a figure the Congress found far too low, and "
     "one that it rejected.", set(), facts(("tmc", "seats", None, "2", None, True, "proposed"))),
    ("list-sole-and-both", CTX + "Both seats in Goa and the sole constituency in Chandigarh will be contested by the Congress.",
     facts(("inc", "seats", None, "2", "goa", True, A), ("inc", "seats", None, "1", "chandigarh", True, A)), set()),
    ("list-divided-total", CTX + "In Delhi the two parties divided the seven seats between them: four for the AAP "
     "and three for the Congress.",
     facts(("aap", "seats", None, "4", "delhi", True, A), ("inc", "seats", None, "3", "delhi", True, A)),
     facts(("inc", "seats", None, "7", "delhi", True, A), ("aap", "seats", None, "7", "delhi", True, A))),
    ("one-named-seat-contested", CTX + "The Congress will also contest the Puducherry Lok Sabha constituency.",
     facts(("inc", "seats", None, "1", "puducherry", True, A)), set()),
    ("one-named-seat-got-is-a-part", CTX + "The NCP (SP) got the Bhiwandi seat that every partner wanted.", set(),
     facts(("ncp-sp", "seats", None, "1", None, True, A), ("ncp-sp", "seats", None, "1", "maharashtra", True, A))),
    ("receiver-hung-inside-the-object", CTX + "The DMK, which rules Tamil Nadu, allotted nine seats in the state "
     "and one in neighbouring Puducherry to the Congress.",
     facts(("dmk", "deal", "inc", None, "tamil-nadu", True, A)), set()),
    ("offer-of-a-post-turned-down", "Nitish Kumar has turned down the offer to be the convenor of the INDIA bloc.",
     facts(("nitish-kumar", "role", "india", "convenor", None, False, A)), set()),
    ("resignation-tendered-as", "Before his arrest, Hemant Soren tendered his resignation as Jharkhand chief "
     "minister to the Governor.", facts(("hemant-soren", "role", None, "chief_minister", "jharkhand", False, A)), set()),
    ("a-title-of-the-one-proposed-is-no-role", "The JMM, the Congress and the RJD have put forward the state's "
     "Transport Minister, Champai Soren, to succeed him.", set(),
     facts(("champai-soren", "role", None, "minister", None, True, "proposed"))),
    ("motion-in-a-government-passed", "The motion of confidence in Nitish Kumar's government passed on Monday "
     "with 129 votes.", facts(("nitish-kumar", "vote", None, "confidence", None, True, A)), set()),
    ("the-title-resigned", "Bihar Chief Minister Nitish Kumar spoke on Saturday. The Bihar Chief Minister resigned "
     "on Sunday.", facts(("nitish-kumar", "role", None, "chief_minister", "bihar", False, A)), set()),
    ("called-on-to-step-down", "Mamata Banerjee spoke. The TMC called on Chief Minister Nitish Kumar to step down.",
     facts(("nitish-kumar", "role", None, "chief_minister", None, False, "proposed")),
     facts(("nitish-kumar", "role", None, "chief_minister", None, True, "proposed"))),
    ("faces-vote-ahead", "Nitish Kumar will face a trust vote on Monday.",
     facts(("nitish-kumar", "faces_vote", None, "confidence", None, True, A)), set()),
    # a noun in an adjunct phrase, however deeply nested, is taken for granted: the clause's
    # speaker does not attribute it (a cue noun on the way still counts)
    ("presupposed-in-nested-phrase", CTX + "Hard on the heels of the Congress's pact with the Samajwadi Party, "
     "the AAP will go alone in Punjab, sources said.",
     facts(("inc", "deal", "sp", None, "uttar-pradesh", True, A), ("aap", "deal", "india", None, "punjab", False, "hedged")),
     facts(("inc", "deal", "sp", None, "uttar-pradesh", True, "hedged"))),
    ("presupposed-has-its-own-place", CTX + "After the Congress's pact with the SP in Uttar Pradesh, the AAP "
     "will go alone in Punjab.", facts(("inc", "deal", "sp", None, "uttar-pradesh", True, A)),
     facts(("inc", "deal", "sp", None, "punjab", True, A))),
    ("place-parsed-into-the-list-is-no-side", CTX + "After Uttar Pradesh, the Samajwadi Party and the Congress have "
     "now sealed a seat pact in Madhya Pradesh.", facts(("sp", "deal", "inc", None, "madhya-pradesh", True, A)),
     facts(("sp", "deal", "india", None, "uttar-pradesh", True, A), ("sp", "deal", "inc", None, "uttar-pradesh", True, A))),
    ("together-in-some-states-but-not-another", CTX + "The AAP and the Congress will fight the Lok Sabha polls "
     "together in Delhi and Goa but not in Punjab.",
     facts(("aap", "deal", "inc", None, "delhi", True, A), ("aap", "deal", "inc", None, "goa", True, A),
           ("aap", "deal", "inc", None, "punjab", False, A)), facts(("aap", "deal", "inc", None, "punjab", True, A))),
    ("together-barring-a-state", CTX + "The Congress and the CPI(M) will fight the polls together, barring Kerala.",
     facts(("inc", "deal", "cpim", None, "kerala", False, A)), facts(("inc", "deal", "cpim", None, "kerala", True, A))),
    ("a-count-is-not-left-out", CTX + "The SP will contest 62 seats in Uttar Pradesh but not in Uttarakhand.",
     facts(("sp", "seats", None, "62", "uttar-pradesh", True, A)),
     facts(("sp", "seats", None, "62", "uttarakhand", False, A))),
    ("reached-the-venue-of-the-event-just-named", "The INDIA bloc holds a rally in Mumbai on Sunday. Akhilesh "
     "Yadav has reached the venue, and Tejashwi Yadav will join the event later.",
     facts(("akhilesh-yadav", "attends", "india", "rally", None, True, A),
           ("tejashwi-yadav", "attends", "india", "rally", None, True, A)), set()),
    ("leaders-including-are-the-ones-listed", "The INDIA bloc holds a rally in Mumbai on Sunday. Several MVA "
     "leaders, including Uddhav Thackeray and Sharad Pawar, have joined the gathering.",
     facts(("uddhav-thackeray", "attends", "india", "rally", None, True, A),
           ("sharad-pawar", "attends", "india", "rally", None, True, A)),
     facts(("uddhav-thackeray", "attends", "mva", "rally", None, True, A), ("mva", "attends", "india", "rally", None, True, A))),
    ("organiser-named-after-the-attendance", "Rahul Gandhi flew to Patna on Sunday to attend the Jan Vishwas "
     "rally. The rally, organised by Lalu Prasad's RJD, drew a large crowd.",
     facts(("rahul-gandhi", "attends", "rjd", "rally", None, True, A)),
     facts(("rahul-gandhi", "attends", "india", "rally", None, True, A))),
    ("receiver-named-right-after-its-noun", CTX + "The DMK has allotted a single seat to its ally MDMK.",
     facts(("mdmk", "seats", None, "1", "tamil-nadu", True, A), ("dmk", "deal", "mdmk", None, "tamil-nadu", True, A)),
     set()),
    ("receivers-listed-after-a-label-have-no-deal-with-each-other", CTX + "The DMK has given two seats each to "
     "the two Left parties, the CPI and the CPI(M).",
     facts(("cpi", "seats", None, "2", "tamil-nadu", True, A), ("cpim", "seats", None, "2", "tamil-nadu", True, A),
           ("dmk", "deal", "cpi", None, "tamil-nadu", True, A), ("dmk", "deal", "cpim", None, "tamil-nadu", True, A)),
     facts(("cpi", "deal", "cpim", None, None, True, A), ("cpi", "deal", "cpim", None, "tamil-nadu", True, A),
           ("dmk", "seats", None, "2", "tamil-nadu", True, A))),
    ("unnamed-insiders-described-not-named", CTX + "The Shiv Sena (UBT) will field candidates in 21 seats in "
     "Maharashtra, leaders involved in the talks revealed.",
     facts(("shs-ubt", "seats", None, "21", "maharashtra", True, "hedged")),
     facts(("shs-ubt", "seats", None, "21", "maharashtra", True, A))),
    ("told-as-per-a-proposed-plan", CTX + "Under the proposed formula, the AAP would get four of Delhi's seven "
     "seats and the Congress three.",
     facts(("aap", "seats", None, "4", "delhi", True, "proposed"), ("inc", "seats", None, "3", "delhi", True, "proposed")),
     facts(("aap", "seats", None, "4", "delhi", True, A), ("aap", "seats", None, "4", "delhi", True, "hedged"))),
    ("told-as-per-an-agreed-plan", CTX + "According to the agreed formula, the Congress will contest both seats in "
     "Goa.", facts(("inc", "seats", None, "2", "goa", True, A)), set()),
    ("not-possible-for-her-to-attend", "Mamata Banerjee said it would not be possible for her to attend the "
     "INDIA bloc meeting.", facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A)),
     facts(("mamata-banerjee", "attends", "india", "meeting", None, True, A))),
    ("instead-of-going-alone", CTX + "The Congress and the AAP stand a better chance in Delhi together, instead "
     "of going it alone.", set(),
     facts(("aap", "deal", "india", None, "delhi", False, A), ("inc", "deal", "india", None, "delhi", False, A),
           ("aap", "deal", "india", None, None, False, A))),
    ("rather-than-going-alone", CTX + "The AAP will ally with the Congress rather than go it alone.",
     facts(("aap", "deal", "inc", None, None, True, A)), facts(("aap", "deal", "india", None, None, False, A))),
    ("met-in-the-past-without-a-date-is-the-articles-day", "A day after the results, the INDIA bloc leaders met "
     "at Mallikarjun Kharge's home in New Delhi.", facts(("india", "meeting", None, "2023-12-07", "new-delhi", True, A)),
     set()),
    ("met-in-a-description-is-no-news", "The INDIA bloc leaders, who met in Patna last summer, are divided.", set(),
     facts(("india", "meeting", None, "2023-12-07", "patna", True, A))),
    ("opposition-in-a-state-with-no-government-configured", CTX + "The Congress is the main opposition to the AAP "
     "government in Punjab.", set(), facts(("inc", "member", None, None, None, False, A))),
    ("each-named-to-their-own-role", "The leaders of the INDIA bloc picked Mallikarjun Kharge as chairperson and "
     "Nitish Kumar as convenor.", facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, A),
                           ("nitish-kumar", "role", "india", "convenor", None, True, A)),
     facts(("mallikarjun-kharge", "role", "india", "convenor", None, True, A),
           ("nitish-kumar", "role", "india", "chairperson", None, True, A))),
    ("attended-along-with", "The INDIA bloc met in New Delhi on Wednesday. Akhilesh Yadav attended the meeting "
     "along with Sharad Pawar and MK Stalin.",
     facts(("akhilesh-yadav", "attends", "india", "meeting", None, True, A),
           ("sharad-pawar", "attends", "india", "meeting", None, True, A),
           ("mk-stalin", "attends", "india", "meeting", None, True, A)), set()),
    ("absence-of-the-ones-named", "The INDIA bloc met in New Delhi on Saturday. The BJP jeered at the absence of "
     "Mamata Banerjee and MK Stalin.",
     facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A),
           ("mk-stalin", "attends", "india", "meeting", None, False, A)), set()),
    ("not-come-out-of-the-alliance-is-no-attendance", "The INDIA bloc met in New Delhi on Saturday. The Trinamool "
     "fought alone in Bengal but did not come out of the alliance.", set(),
     facts(("tmc", "attends", "india", "meeting", None, False, A))),
    ("flew-in-for-the-rally", "Rahul Gandhi and Congress president Mallikarjun Kharge flew into Patna on Sunday "
     "for the INDIA bloc's rally.",
     facts(("rahul-gandhi", "attends", "india", "rally", None, True, A),
           ("mallikarjun-kharge", "attends", "india", "rally", None, True, A)), set()),
    ("represented-at-the-meeting", "The INDIA bloc meets in New Delhi on Saturday. MK Stalin said T R Baalu would "
     "represent the DMK at the meeting.", facts(("dmk", "attends", "india", "meeting", None, True, A)), set()),
    ("leaders-gathered-is-a-meeting", "Leaders of the INDIA bloc's parties gathered at Mallikarjun Kharge's home in "
     "New Delhi on Saturday.", facts(("india", "meeting", None, "2023-12-02", "new-delhi", True, A)), set()),
    ("fought-as-allies-in-some-states", CTX + "The AAP and the Congress will fight the polls as allies in Delhi and "
     "Goa.", facts(("aap", "deal", "inc", None, "delhi", True, A), ("aap", "deal", "inc", None, "goa", True, A)), set()),
    ("a-bound-is-not-a-count", CTX + "A senior Congress leader said the party would not accept fewer than 18 "
     "seats in Maharashtra.", set(),
     facts(("inc", "seats", None, "18", "maharashtra", False, "hedged"), ("inc", "seats", None, "18", "maharashtra", False, A))),
    ("remains-to-be-seen-if-asks", CTX + "It remains to be seen if the AAP will leave three seats for the Congress "
     "in Delhi.", facts(("inc", "seats", None, "3", "delhi", True, "question")),
     facts(("inc", "seats", None, "3", "delhi", True, "conditional"))),
    ("decided-that-it-should", CTX + "After long talks it was decided that the Congress should contest both seats "
     "in Goa.", facts(("inc", "seats", None, "2", "goa", True, A)), facts(("inc", "seats", None, "2", "goa", True, "proposed"))),
    ("persuaded-to-cede", CTX + "The Congress is working to persuade the Shiv Sena (UBT) to cede the Sangli seat to it.",
     set(), facts(("shs-ubt", "deal", "inc", None, "maharashtra", True, A))),
    ("part-of-the-blocs-delegation-is-no-membership", "Mamata Banerjee said two MPs of her party would be part of the "
     "INDIA bloc delegation to the Election Commission.", set(), facts(("tmc", "member", "india", None, None, True, A))),
    ("a-meeting-with-someone-else", "The INDIA bloc met in New Delhi on Monday. The TMC will be represented by Derek "
     "O'Brien at this week's meeting with the Election Commission.", set(),
     facts(("tmc", "attends", "india", "meeting", None, True, A))),
    ("one-state-story-far-back", "The CPI(M) is fielding heavyweights across Kerala. " + "Its leaders say the "
     "campaign is going well. " * 12 + "Of the 20 seats, the CPI(M) is contesting 15 and the CPI four, with the "
     "remaining one allocated to the Kerala Congress (M).",
     facts(("cpim", "seats", None, "15", "kerala", True, A), ("cpi", "seats", None, "4", "kerala", True, A)),
     facts(("cpi", "seats", None, "1", "kerala", True, A), ("cpim", "seats", None, "15", None, True, A))),
    ("walked-away-from-the-alliance", "Nitish Kumar resigned on Sunday and walked away from the Mahagathbandhan.",
     facts(("jdu", "member", "mgb", None, None, False, A)), set()),
    ("a-pair-of-its-allies-named-after", CTX + "The DMK gave one seat each to a pair of its allies, the IUML and "
     "the MDMK.", facts(("iuml", "seats", None, "1", "tamil-nadu", True, A), ("mdmk", "seats", None, "1", "tamil-nadu", True, A)),
     facts(("dmk", "seats", None, "1", "tamil-nadu", True, A))),
    ("the-left-lower-case-is-a-side", CTX + "Under the deal the RJD will contest 26 seats in Bihar, the Congress "
     "nine, and the left will fight five seats.",
     facts(("rjd", "seats", None, "26", "bihar", True, A), ("inc", "seats", None, "9", "bihar", True, A)),
     facts(("inc", "seats", None, "5", "bihar", True, A))),
    ("a-total-in-brackets", CTX + "Ajay Rai, the Congress' Uttar Pradesh unit chief, had said the party should "
     "get around two dozen seats (of 80 seats) it had won in 2009.", set(), facts(("inc", "seats", None, "80", "uttar-pradesh", True, "proposed"),
                 ("inc", "seats", None, "80", None, True, "proposed"))),
    ("proposed-that-another-can", CTX + "At the meeting the TMC proposed that the Congress can contest 300 seats "
     "across the country.", facts(("inc", "seats", None, "300", None, True, "proposed")),
     facts(("inc", "seats", None, "300", None, True, A))),
    ("an-offer-of-seats-is-no-deal", CTX + "On Monday the SP offered 17 seats in Uttar Pradesh to the Congress.",
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, "proposed")),
     facts(("sp", "deal", "inc", None, "uttar-pradesh", True, "proposed"))),
    ("the-number-hung-on-the-receivers-name", CTX + "On Monday, the SP offered the Congress 17 Lok Sabha seats in "
     "Uttar Pradesh.", facts(("inc", "seats", None, "17", "uttar-pradesh", True, "proposed")), set()),
    ("quit-the-bloc-in-one-state", "The TMC quit the INDIA bloc in West Bengal in January but stayed part of it "
     "nationally.", facts(("tmc", "deal", "india", None, "west-bengal", False, A)),
     facts(("tmc", "member", "india", None, None, False, A))),
    ("will-have-to-is-a-need", CTX + "In Delhi, the Congress will have to strike an alliance with the AAP.",
     facts(("inc", "deal", "aap", None, "delhi", True, "hedged")), facts(("inc", "deal", "aap", None, "delhi", True, A))),
    ("switched-allegiance-to-rejoin", "The JD(U) switched allegiance from the grand alliance to rejoin the NDA on "
     "Sunday.", facts(("jdu", "member", "nda", None, None, True, A)), set()),
    ("was-to-contest-is-a-plan", CTX + "Under the arrangement reached earlier, the Congress was to contest seven "
     "seats in Jharkhand and the JMM five, with one each from the JMM quota for the RJD and the Left.",
     facts(("inc", "seats", None, "7", "jharkhand", True, A), ("jmm", "seats", None, "5", "jharkhand", True, A)),
     facts(("jmm", "seats", None, "5", None, True, A))),
    ("the-swearing-in-of-a-government-is-not-the-blocs", "Mamata Banerjee spoke on Saturday. She said the TMC "
     "would not attend the swearing-in ceremony of the new government.", set(),
     facts(("tmc", "attends", "india", "swearing_in", None, False, A))),
    ("said-no-to-the-job", "Nitish Kumar, however, said no to the convener's job.",
     facts(("nitish-kumar", "role", "india", "convenor", None, False, A)),
     facts(("nitish-kumar", "role", "india", "convenor", None, True, A))),
    ("among-them-are-the-attendees", "The AAP held a rally at Ramlila Maidan on Sunday. Leaders from many parties "
     "graced the event. Among them are Mallikarjun Kharge, Rahul Gandhi and Sharad Pawar of the NCP.",
     facts(("mallikarjun-kharge", "attends", "aap", "rally", None, True, A),
           ("sharad-pawar", "attends", "aap", "rally", None, True, A)),
     facts(("mallikarjun-kharge", "attends", "india", "rally", None, True, A))),
    ("while-addressing-the-rally", "The INDIA bloc held a rally in Mumbai on Sunday. While addressing the rally, "
     "MK Stalin said the people would vote for change.", facts(("mk-stalin", "attends", "india", "rally", None, True, A)),
     set()),
    ("speaking-at-the-event", "The INDIA bloc held a rally in Mumbai on Sunday. Farooq Abdullah, speaking at the "
     "event, urged voters to guard their votes.", facts(("farooq-abdullah", "attends", "india", "rally", None, True, A)),
     set()),
    ("whether-as-subject-asks", CTX + "Whether the AAP will actually leave three seats to the Congress in Delhi "
     "remains to be seen.", facts(("inc", "seats", None, "3", "delhi", True, "question")),
     facts(("inc", "seats", None, "3", "delhi", True, A))),
    ("a-role-whose-name-goes-on-with-of", "Congress MP Rahul Gandhi was named as Leader of Opposition in the Lok "
     "Sabha.", facts(("rahul-gandhi", "role", None, "leader_of_opposition", None, True, A)), set()),
    ("the-arithmetic-spelt-out", CTX + "The SP has offered the Congress 11 of Uttar Pradesh's 80 Lok Sabha seats. "
     "Its spokesperson spelt out the arithmetic: the Congress 11, the Rashtriya Lok Dal seven and the SP itself 62.",
     facts(("rld", "seats", None, "7", "uttar-pradesh", True, A), ("sp", "seats", None, "62", "uttar-pradesh", True, A)),
     set()),
    ("seats-in-a-states-assembly", CTX + "The AAP swept Punjab in 2022, winning 92 seats in the 117-member "
     "Assembly, and now hopes to take all 13 Lok Sabha seats.", set(),
     facts(("aap", "seats", None, "92", "punjab", True, A))),
]


@pytest.mark.parametrize("text,must,must_not", [(t, m, n) for _, t, m, n in CASES], ids=[c[0] for c in CASES])
def test_claims(extractor: ClaimExtractor, text: str, must: set, must_not: set) -> None:
    check(typed(extractor, text), must, must_not)


def test_every_claim_has_modality_speaker_and_confidence(extractor: ClaimExtractor) -> None:
    claims = extractor.claims("The JD(U) will quit the INDIA bloc, Lalan Singh said.", published=ARTICLE,
                              check_relevance=False)
    (claim,) = [c for c in claims if c.typed]
    assert (claim.modality, claim.speaker) == ("asserted", "lalan-singh")
    assert 0.5 < claim.confidence <= 1.0
    hedged = [c for c in extractor.claims("The JD(U) may quit the INDIA bloc.", check_relevance=False) if c.typed]
    assert hedged[0].modality == "hedged" and hedged[0].confidence < claim.confidence


# (id, text, facts that must be there): the opening attributes the news to sources, so its
# details are as sourced as it is, unless a detail names its own speaker; other facts keep
# their own modality, and a sentence naming another party recalls something else
SOURCED_CASES = [
    ("details-of-a-sourced-story",
     CTX + "The AAP and the Congress have reached a seat-sharing deal in Delhi, sources said.\n\n"
     "Under the deal the AAP will contest four seats in Delhi.\n\n"
     "The Congress will contest three seats in Delhi, Jairam Ramesh said.\n\n"
     "The AAP is a member of the INDIA bloc.",
     facts(("aap", "seats", None, "4", "delhi", True, "hedged"), ("inc", "seats", None, "3", "delhi", True, A),
           ("aap", "member", "india", None, None, True, A))),
    ("only-its-own-parties",
     CTX + "The AAP and the Congress have agreed on seats in Delhi, people familiar with the talks "
     "said, days after the Congress's pact with the Samajwadi Party.\n\n"
     "The AAP will contest four seats in Delhi.\n\n"
     "In Madhya Pradesh the SP will contest one seat.",
     facts(("aap", "seats", None, "4", "delhi", True, "hedged"), ("sp", "seats", None, "1", "madhya-pradesh", True, A))),
    ("a-party-named-only-in-an-adjunct-is-not-the-sourced-storys",
     CTX + "Hard on the heels of the Congress's pact with the Samajwadi Party in Uttar Pradesh, the AAP and the "
     "grand old party have reached an understanding on seats in Delhi, people familiar with the talks said.\n\n"
     "In Madhya Pradesh the Congress will contest 28 of the 29 seats and the SP one.",
     facts(("sp", "seats", None, "1", "madhya-pradesh", True, A))),
]


@pytest.mark.parametrize("text,must", [(t, m) for _, t, m in SOURCED_CASES], ids=[c[0] for c in SOURCED_CASES])
def test_details_of_a_sourced_story_are_sourced(extractor: ClaimExtractor, text: str, must: set) -> None:
    got = typed(extractor, text)
    assert must <= got, f"missing {must - got}; got {got}"


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


RECAP_CASES = [
    ("dated-weeks-before", "On January 28, the JD(U) left the INDIA bloc and returned to the NDA.", True),
    ("last-month", "Last month the RLD quit the INDIA bloc.", True),
    ("days-before-is-news", "The RLD quit the INDIA bloc on February 18.", False),
    ("undated-past-is-news", "The RLD has quit the INDIA bloc.", False),
    ("december-in-a-february-story-is-a-recap-not-background",
     "On December 19 the TMC said it would contest all 42 seats in Bengal.", True),
    ("dated-future-is-no-recap", "The SP will leave the INDIA bloc on March 28.", False),
]


@pytest.mark.parametrize("published,expected", [
    (date(2024, 3, 1), facts(("tmc", "seats", None, "29", "west-bengal", True, A))),
    (date(2024, 6, 5), set()),
], ids=["before-the-results-day-a-share", "after-the-results-day-a-result"])
def test_seats_got_after_the_results_day_are_results(extractor: ClaimExtractor, published: date,
                                                     expected: set) -> None:
    got = typed(extractor, CTX + "Mamata Banerjee's TMC has got 29 seats in West Bengal.", published)
    assert {f for f in got if f[1] == "seats"} == expected


@pytest.mark.parametrize("text,recap", [c[1:] for c in RECAP_CASES], ids=[c[0] for c in RECAP_CASES])
def test_recap_is_a_past_told_of_weeks_before(extractor: ClaimExtractor, text: str, recap: bool) -> None:
    claims = [c for c in extractor.claims(text, published=date(2024, 2, 20), check_relevance=False) if c.typed]
    assert claims and {c.recap for c in claims} == {recap}


EVENT_DATE_CASES = [
    ("date-in-the-sentence", "Mamata Banerjee will skip the January 13 meeting of the INDIA bloc.",
     ("mamata-banerjee", False, "2024-01-13")),
    ("date-of-the-meeting-told-before", "The INDIA bloc met in Delhi on December 19. The meeting was attended "
     "by Mamata Banerjee.", ("mamata-banerjee", True, "2023-12-19")),
    ("date-told-later-in-the-paragraph", "Mamata Banerjee attended the INDIA bloc meeting. The bloc met in Delhi "
     "on December 19.", ("mamata-banerjee", True, "2023-12-19")),
    ("past-with-no-date-is-of-the-articles-day", "Mamata Banerjee attended the INDIA bloc meeting.",
     ("mamata-banerjee", True, "2023-12-20")),
    ("future-with-no-date-is-unknown", "Mamata Banerjee will attend the INDIA bloc meeting.", ("mamata-banerjee", True, None)),
    ("the-articles-dated-meeting-wins-over-its-day", "The INDIA bloc met in Delhi on December 19. Mamata "
     "Banerjee attended the meeting.", ("mamata-banerjee", True, "2023-12-19")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in EVENT_DATE_CASES], ids=[c[0] for c in EVENT_DATE_CASES])
def test_attendance_knows_its_event(extractor: ClaimExtractor, text: str, expected: tuple) -> None:
    """Which meeting an attendance is about, so that skipping one and attending another
    are two facts (see tests/test_compare.py)."""
    found = {(c.subject, c.polarity, c.event_date) for c in
             extractor.claims(text, published=date(2023, 12, 20), check_relevance=False) if c.relation == "attends"}
    assert found == {expected}
