"""Events, attendance, arrests, names and plans read in real coverage, as table rows in our own words.

Like ``test_claims_frames_coverage.py``: each row is a failure found on real articles kept
outside the project and fixed in the engine. Tuples are (subject, relation, object, value,
place, polarity, modality); a deal between two parties is written once, either way round.
"""

from __future__ import annotations

from datetime import date

from monitor.claims import ClaimExtractor
from tests.claims_tables import check, facts, rows, typed

A = "asserted"
H = "hedged"
P = "proposed"


# (id, text, facts that must be there, facts that must not); published 2024-01-24 (a Wednesday)
INDIA = [
    ("a-meeting-called-off-in-the-passive-is-the-alliances", "Rahul Gandhi had invited the leaders to the "
     "INDIA bloc meeting. The Wednesday meeting was called off as several leaders had other engagements.",
     facts(("india", "meeting_status", None, "cancelled", None, True, A),
           ("india", "meeting", None, "2024-01-24", None, False, A)), set()),
    ("a-plan-in-the-past-undone-by-but-did-not-happen", "Rahul Gandhi was supposed to attend the INDIA bloc "
     "rally in Ranchi but fell ill and had to cancel his trip.",
     facts(("rahul-gandhi", "attends", "india", "rally", None, False, A)),
     facts(("rahul-gandhi", "attends", "india", "rally", None, True, A))),
    ("a-plan-in-the-past-not-undone-stands", "Rahul Gandhi was supposed to attend the INDIA bloc rally in Ranchi.",
     set(), facts(("rahul-gandhi", "attends", "india", "rally", None, False, A))),
    ("an-arrest-a-plea-is-against-has-happened", "The Supreme Court will hear a plea against Hemant Soren's "
     "arrest on Friday.", facts(("hemant-soren", "arrested", None, None, None, True, A)),
     facts(("hemant-soren", "arrested", None, None, None, True, P))),
    ("a-release-demanded-is-proposed-for-each-person", "At the rally, Priyanka Gandhi demanded the release of "
     "Arvind Kejriwal and Hemant Soren.", facts(("arvind-kejriwal", "arrested", None, None, None, False, P),
                                                ("hemant-soren", "arrested", None, None, None, False, P)),
     facts(("priyanka-gandhi", "arrested", None, None, None, False, A),
           ("arvind-kejriwal", "arrested", None, None, None, False, A))),
    ("a-release-of-a-manifesto-is-no-ones-release", "Rahul Gandhi attended the release of the Congress "
     "manifesto.", set(), facts(("rahul-gandhi", "arrested", None, None, None, False, A))),
    ("wanting-no-arrangement-is-still-a-refusal", "The NC refused: it wanted no arrangement with the PDP.",
     facts(("nc", "deal", "pdp", None, "jammu-kashmir", False, A)), set()),
    ("as-per-the-proposal-above-an-infinitive-is-proposed", "As per the proposal Lalu Prasad laid out, in "
     "exchange for nine seats in Bihar, the Congress would be required to allocate two seats to the RJD in "
     "Jharkhand.", facts(("rjd", "seats", None, "2", "jharkhand", True, P)),
     facts(("rjd", "seats", None, "2", "jharkhand", True, A))),
    ("under-the-formula-is-asserted", "Under the formula, the Sena (UBT) will contest 21 of Maharashtra's 48 "
     "seats.", facts(("shs-ubt", "seats", None, "21", "maharashtra", True, A)), set()),
    ("according-to-the-agreed-formula-is-asserted", "According to the agreed formula, the AAP will contest four "
     "seats in Delhi.", facts(("aap", "seats", None, "4", "delhi", True, A)), set()),
    ("a-number-standing-for-a-noun-before-it-is-no-share", "Chennai: The DMK settled its differences with its "
     "allies in the State and signed two agreements, one with its main partner, the Congress, by accepting its "
     "demand for 10 seats, and another with the MNM, promising it a Rajya Sabha seat next year.", set(),
     facts(("dmk", "seats", None, "1", "tamil-nadu", True, A))),
    ("the-story-alliance-after-another-houses-seat-brings-back-the-story", "The DMK promised the MNM a Rajya "
     "Sabha seat in 2025, firming up the INDIA bloc in the state. Of the remaining 30 seats, the DMK will "
     "contest 21, the VCK 2 and the CPI 2.", facts(("dmk", "seats", None, "21", "tamil-nadu", True, A),
                                                   ("vck", "seats", None, "2", "tamil-nadu", True, A)), set()),
    ("the-parties-are-the-pair-just-named", "Neither Sena (UBT) nor NCP (SP) has named its candidates yet. The "
     "parties will contest 22 and 10 seats respectively.", facts(("shs-ubt", "seats", None, "22", "maharashtra", True, A),
                                                                ("ncp-sp", "seats", None, "10", "maharashtra", True, A)),
     set()),
    ("the-party-in-what-a-party-states-is-that-party", "The JD(U), brushing aside talk of its return to the "
     "BJP-led NDA, stated that the party was firmly with the INDIA bloc.",
     facts(("jdu", "member", "india", None, None, True, A)), facts(("bjp", "member", "india", None, None, True, A))),
    ("a-move-asked-about-and-called-a-rumour-is-denied", "KC Tyagi of the JD(U) spoke to reporters. Asked about "
     "the party's return to the NDA, the JD(U) leader said: \"These are rumours spread by people with an agenda\".",
     facts(("jdu", "member", "nda", None, None, True, "denied")),
     facts(("jdu", "member", "nda", None, None, True, A), ("inc", "member", "nda", None, None, True, A))),
    ("a-move-asked-about-is-a-question", "Asked about the JD(U)'s return to the NDA, KC Tyagi said the party "
     "would decide soon.", facts(("jdu", "member", "nda", None, None, True, "question")),
     facts(("jdu", "member", "nda", None, None, True, A))),
    ("a-move-amid-indications-is-hedged", "The INDIA bloc was in crisis, with the JD(U) saying the alliance was "
     "falling apart amid indications that Nitish Kumar would go back to the NDA.",
     facts(("jdu", "member", "nda", None, None, True, H)), facts(("jdu", "member", "nda", None, None, True, A))),
    ("signs-of-an-agreement-are-hedged", "There have been signs of an agreement between the Samajwadi Party and "
     "the Congress in Uttar Pradesh.", facts(("inc", "deal", "sp", None, "uttar-pradesh", True, H)),
     facts(("inc", "deal", "sp", None, "uttar-pradesh", True, A))),
    ("a-verbs-doing-is-no-hedge-noun", "After signing of the agreement with the Samajwadi Party, the Congress "
     "will contest 17 seats in Uttar Pradesh.", facts(("inc", "seats", None, "17", "uttar-pradesh", True, A)), set()),
    ("met-at-a-residence-of-a-named-leader-is-a-meeting", "The INDIA bloc's leaders on Wednesday met at the "
     "residence of Congress chief Mallikarjun Kharge here amid efforts for the formation of a government.",
     facts(("india", "meeting", None, "2024-01-24", None, True, A)), set()),
    ("a-meeting-a-leader-convened-is-the-alliances-and-the-list-runs-across-titles", "INDIA bloc leaders met at "
     "Kharge's home on Wednesday. The meeting convened by Kharge was attended by Congress Parliamentary Party "
     "chairperson Sonia Gandhi and party leaders Rahul Gandhi and KC Venugopal, SP chief Akhilesh Yadav, Jharkhand "
     "CM and JMM leader Champai Soren and TMC leader Abhishek Banerjee.",
     facts(*[(p, "attends", "india", "meeting", None, True, A) for p in (
         "sonia-gandhi", "rahul-gandhi", "kc-venugopal", "akhilesh-yadav", "champai-soren", "abhishek-banerjee")]),
     facts(("sonia-gandhi", "attends", "inc", "meeting", None, True, A))),
    ("among-those-a-clause-defines-are-not-at-the-event-just-named", "A delegation of INDIA bloc leaders met the "
     "Election Commission on Friday to protest against the arrest. Congress leaders KC Venugopal and Abhishek "
     "Singhvi, CPI(M) leader Sitaram Yechury and TMC MP Derek O'Brien were among those who met the Election "
     "Commission.", set(), facts(("derek-obrien", "attends", "india", "rally", None, True, A))),
    ("among-those-who-attended-still-attended", "The INDIA bloc held a rally in Patna on Sunday. Among those who "
     "attended were Sharad Pawar and Akhilesh Yadav.", facts(("sharad-pawar", "attends", "india", "rally", None, True, A),
                                                             ("akhilesh-yadav", "attends", "india", "rally", None, True, A)),
     set()),
    ("a-long-list-of-titled-names-with-an-unwatched-one", "INDIA bloc leaders met at Kharge's home on Wednesday. "
     "The meeting convened by Kharge was attended by Congress Parliamentary Party chairperson Sonia Gandhi and party "
     "leaders Rahul Gandhi and KC Venugopal, SP chief Akhilesh Yadav, TMC leader Abhishek Banerjee, NCP-SP president "
     "Sharad Pawar, RJD leader Tejashwi Yadav, AAP leader Sanjay Singh, J&K NC leader Omar Abdullah and CPI leader "
     "D Raja, among others.",
     facts(*[(p, "attends", "india", "meeting", None, True, A) for p in (
         "sonia-gandhi", "akhilesh-yadav", "sharad-pawar", "tejashwi-yadav", "omar-abdullah", "d-raja")]), set()),
    ("a-speakers-whereabouts-between-commas-is-not-the-scene", "LUCKNOW: Seat talks between the SP and the "
     "Congress in Uttar Pradesh made no headway on Tuesday. Congress leader KC Venugopal, in Delhi, said the talks "
     "were in the last leg. Akhilesh Yadav had offered 17 seats to the Congress on Monday.",
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, P)), facts(("inc", "seats", None, "17", "delhi", True, P))),
    ("a-meeting-held-between-two-parties-is-theirs", "Sena (UBT) leader Sanjay Raut spoke. This came after a crucial "
     "meeting held between Shiv Sena (UBT) and NCP (SP) on Monday.", set(),
     facts(("india", "meeting", None, "2024-01-22", None, True, A))),
    ("let-them-do-it-is-proposed-and-in-the-country-is-national", "Mamata Banerjee said the TMC will go it alone "
     "in Bengal. \"Let the Congress fight 300 seats on its own (in the country).\"",
     facts(("inc", "seats", None, "300", None, True, P)), facts(("inc", "seats", None, "300", "west-bengal", True, A))),
    ("asking-someone-to-attend-is-an-invitation", "Mamata Banerjee said Rahul Gandhi had phoned her up on Monday, "
     "asking her to attend the INDIA bloc meeting on Wednesday.",
     facts(("rahul-gandhi", "invites", "mamata-banerjee", "meeting", None, True, A)),
     facts(("rahul-gandhi", "invites", "mamata-banerjee", "meeting", None, True, P))),
    ("an-item-listed-after-demands-is-demanded", "At the rally Priyanka Gandhi read out the bloc's demands: a fair "
     "election, an end to raids on opposition leaders, the release of Arvind Kejriwal and Hemant Soren, and a probe "
     "into electoral bonds.", facts(("arvind-kejriwal", "arrested", None, None, None, False, P),
                                    ("hemant-soren", "arrested", None, None, None, False, P)),
     facts(("arvind-kejriwal", "arrested", None, None, None, False, A))),
    ("the-parties-a-clause-defines-are-no-pair", "Bihar: RJD 26, Congress 9. Two months after Nitish Kumar walked "
     "out, the parties left in the opposition alliance announced their seat-sharing formula in Patna on Friday.",
     set(), facts(("inc", "deal", "rjd", None, "bihar", True, A))),
    ("confidence-that-it-will-happen-is-a-hope", "The Congress exuded confidence that both Nitish Kumar and Mamata "
     "Banerjee would remain part of the INDIA bloc.", facts(("jdu", "member", "india", None, None, True, H),
                                                          ("tmc", "member", "india", None, None, True, H)),
     facts(("jdu", "member", "india", None, None, True, A))),
    ("contesting-head-on-is-no-deal", "The Congress and the CPI(M) are now contesting head-on at all the seats in "
     "Kerala.", facts(("cpim", "deal", "inc", None, "kerala", False, A)), set()),
    ("no-one-of-a-party-attending-is-the-party-not-attending", "Mamata Banerjee spoke about the INDIA bloc meeting. "
     "She said no TMC leader would attend the meeting.", facts(("tmc", "attends", "india", "meeting", None, False, A)),
     facts(("tmc", "attends", "india", "meeting", None, True, A))),
    ("no-deal-as-subject-is-still-one-negation", "No deal was reached between the SP and the Congress in Uttar "
     "Pradesh.", facts(("inc", "deal", "sp", None, "uttar-pradesh", False, A)), set()),
    ("pressed-on-a-move-and-answered-rumours-is-denied", "Pressed on the JD(U)'s return to the NDA, KC Tyagi "
     "replied that such stories were rumours.", facts(("jdu", "member", "nda", None, None, True, "denied")),
     facts(("jdu", "member", "nda", None, None, True, A))),
    ("demands-among-them-a-release", "Speaking for the INDIA bloc at its rally in Delhi on Sunday, Priyanka Gandhi "
     "read out five demands, among them the immediate release of Arvind Kejriwal, the Chief Minister of Delhi.",
     facts(("arvind-kejriwal", "arrested", None, None, None, False, P)),
     facts(("arvind-kejriwal", "arrested", None, None, None, False, A))),
    ("the-congress-beside-a-partner-named-by-its-initials", "The SP formed an alliance with the Congress.",
     facts(("sp", "deal", "inc", None, "uttar-pradesh", True, A)), set()),
    ("a-citys-seats-are-no-share-of-the-state", "The MVA announced its seat deal for Maharashtra. Of Mumbai's "
     "six seats, Uddhav Thackeray's party takes four and the Congress two.", set(),
     facts(("shs-ubt", "seats", None, "4", "maharashtra", True, A),
           ("inc", "seats", None, "2", "maharashtra", True, A))),
    ("a-part-in-a-city-named-apart-leaves-the-states-share", "The Sena (UBT) will contest 21 seats in "
     "Maharashtra, including four in Mumbai.", facts(("shs-ubt", "seats", None, "21", "maharashtra", True, A)),
     facts(("shs-ubt", "seats", None, "4", "maharashtra", True, A))),
    ("a-member-in-apposition-is-what-the-party-belongs-to", "The DMK has sealed its deals with the IUML and the "
     "KMDK. Tamil Nadu's ruling party, a key member of the INDIA bloc, signed the agreements with leaders of the "
     "two partners.", facts(("dmk", "deal", "iuml", None, "tamil-nadu", True, A)),
     facts(("india", "deal", "dmk", None, "tamil-nadu", True, A), ("india", "deal", "iuml", None, "tamil-nadu", True, A))),
    ("a-list-of-candidates-is-no-seat-share", "The Samajwadi Party on Tuesday announced 16 candidates for the Lok "
     "Sabha elections.", set(), facts(("sp", "seats", None, "16", "uttar-pradesh", True, A))),
    ("candidates-named-so-far-are-no-seat-share", "The NCP (SP) has named seven candidates in Maharashtra so far.",
     set(), facts(("ncp-sp", "seats", None, "7", "maharashtra", True, A))),
    ("candidates-for-some-seats-a-list-covers-are-no-share", "The SP announced candidates for 16 seats in Uttar "
     "Pradesh.", set(), facts(("sp", "seats", None, "16", "uttar-pradesh", True, A))),
    ("in-case-is-a-condition", "Nitish Kumar has kept everyone guessing. In case the JD(U) decides to return to "
     "the NDA fold, the bloc will take a big hit.", facts(("jdu", "member", "nda", None, None, True, "conditional")),
     facts(("jdu", "member", "nda", None, None, True, A))),
    ("not-till-a-step-is-taken-is-a-condition", "The Samajwadi Party will not participate in the Bharat Jodo Nyay "
     "Yatra till seat-sharing with the Congress in Uttar Pradesh is finalised.",
     facts(("sp", "attends", "inc", "yatra", None, False, "conditional")),
     facts(("sp", "attends", "inc", "yatra", None, False, A))),
    ("not-till-a-day-only-tells-when", "The Samajwadi Party will not join the Bharat Jodo Nyay Yatra till next week.",
     facts(("sp", "attends", "inc", "yatra", None, False, A)), set()),
    ("a-yatra-the-text-names-no-owner-of-is-the-storys", "Akhilesh Yadav did not join the yatra in Raebareli on "
     "Tuesday.", facts(("akhilesh-yadav", "attends", "inc", "yatra", None, False, A)),
     facts(("akhilesh-yadav", "attends", "india", "yatra", None, False, A))),
    ("the-yatra-after-anothers-named-yatra-is-that-ones", "Tejashwi Yadav's Jan Vishwas Yatra ended in Patna on "
     "Friday. Rahul Gandhi had joined the yatra.", facts(("rahul-gandhi", "attends", "rjd", "yatra", None, True, A)),
     facts(("rahul-gandhi", "attends", "inc", "yatra", None, True, A))),
    ("a-share-in-a-clause-of-its-own-is-not-under-the-hedge", "In Gujarat, the Congress is likely to give two seats "
     "to AAP, while in Haryana and Assam, an agreement has been made on 1 seat each.",
     facts(("aap", "seats", None, "2", "gujarat", True, H), ("aap", "seats", None, "1", "haryana", True, A)),
     facts(("aap", "seats", None, "1", "haryana", True, H))),
    ("readiness-signalled-is-a-hint", "In Punjab, Chief Minister Bhagwant Mann signalled the AAP's readiness to "
     "contest all 13 seats on its own.", facts(("aap", "seats", None, "13", "punjab", True, H)),
     facts(("aap", "seats", None, "13", "punjab", True, A))),
    ("a-list-after-the-agent-hung-on-the-verb-is-the-agents", "The INDIA bloc held a rally in Ranchi on Sunday. "
     "The rally was attended by several leaders of the INDIA bloc, including Punjab Chief Minister Bhagwant Mann, "
     "RJD chief Lalu Yadav and Farooq Abdullah.",
     facts(("bhagwant-mann", "attends", "india", "rally", None, True, A),
           ("farooq-abdullah", "attends", "india", "rally", None, True, A)), set()),
    ("an-events-day-in-a-clause-at-the-same-time", "Two empty chairs stood out on the stage at the INDIA bloc's "
     "rally in Ranchi as the opposition put up a show of strength on Sunday.",
     facts(("india", "rally", None, "2024-01-21", "ranchi", True, A)), set()),
    ("those-among-the-leaders-who-will-attend-are-named", "MK Stalin, Sharad Pawar and Uddhav Thackeray are among "
     "the leaders of the INDIA bloc who will attend the concluding rally of the Rahul Gandhi-led Bharat Jodo Nyay "
     "Yatra in Mumbai on Sunday.", facts(("mk-stalin", "attends", "inc", "rally", None, True, A),
                                        ("uddhav-thackeray", "attends", "inc", "rally", None, True, A)),
     facts(("mk-stalin", "attends", "inc", "yatra", None, True, A))),
    ("those-among-the-leaders-who-will-attend-as-sources-said-is-hedged", "The INDIA bloc will hold a rally at "
     "Ramlila Maidan on March 31. Sharad Pawar and Uddhav Thackeray are among the leaders who will attend, AAP "
     "sources said on Friday.", facts(("sharad-pawar", "attends", "india", "rally", None, True, H)),
     facts(("sharad-pawar", "attends", "india", "rally", None, True, A))),
    ("a-hope-of-what-another-will-do-for-us-is-a-request", "The AAP named three candidates in Assam. \"I hope "
     "that the alliance will allot these three seats to the AAP,\" he said.",
     facts(("aap", "seats", None, "3", "assam", True, P)), facts(("aap", "seats", None, "3", "assam", True, H))),
    ("the-attendees-include-at-the-event-just-named", "Uddhav Thackeray will attend the concluding rally of the "
     "Bharat Jodo Nyay Yatra in Mumbai on Sunday. Vijay Wadettiwar said the attendees would also include Congress "
     "president Mallikarjun Kharge and SP chief Akhilesh Yadav.",
     facts(("mallikarjun-kharge", "attends", "inc", "rally", None, True, A),
           ("akhilesh-yadav", "attends", "inc", "rally", None, True, A)),
     facts(("akhilesh-yadav", "attends", "india", "yatra", None, True, A))),
    ("a-wire-citing-people-aware-is-hedged", "Mamata Banerjee will not be part of the virtual meeting of the "
     "INDIA bloc on Saturday as she is preoccupied with prior engagements, reported PTI citing people aware of the "
     "development.", facts(("mamata-banerjee", "attends", "india", "meeting", None, False, H)),
     facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A))),
    ("a-party-leader-titled-then-he-is-that-leader", "The Congress linked Jharkhand Mukti Morcha leader Hemant "
     "Soren's arrest to the yatra. Senior party leader Jairam Ramesh flagged several recent events. The JMM leader "
     "was arrested on Wednesday night. He resigned as Chief Minister prior to his arrest.",
     facts(("hemant-soren", "role", None, "chief_minister", "jharkhand", False, A)),
     facts(("jairam-ramesh", "role", None, "chief_minister", "jharkhand", False, A),
           ("jairam-ramesh", "arrested", None, None, None, True, A))),
    ("an-opposition-meeting-is-not-the-rivals-named-before", "Referring to the NDA meeting called by the BJP in "
     "Delhi today, Kharge spoke. The parties that attended the Opposition meeting included the Congress, the RJD "
     "and the DMK.",
     facts(("dmk", "attends", "india", "meeting", None, True, A)),
     facts(("dmk", "attends", "nda", "meeting", None, True, A))),
    ("a-long-list-hung-on-an-apposition-is-all-attendees", "The INDIA bloc met at Kharge's residence on Saturday. "
     "The meeting was attended by Congress Parliamentary Party chairperson Sonia Gandhi, Rahul Gandhi, Priyanka Gandhi, KC Venugopal, "
     "NCP chief Sharad Pawar, NCP leader Jitendra Awhad, SP chief Akhilesh Yadav, Delhi Chief Minister Arvind "
     "Kejriwal, Punjab Chief Minister Bhagwant Mann and several others.",
     facts(("sharad-pawar", "attends", "india", "meeting", None, True, A),
           ("arvind-kejriwal", "attends", "india", "meeting", None, True, A)), set()),
    ("a-fronted-phrase-has-its-own-places", "After Mamata Banerjee's decision to go alone in the polls, and after the "
     "government change in Bihar, the INDIA bloc has crumbled, Nadda said.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, A)),
     facts(("tmc", "deal", "india", None, "bihar", False, A))),
    ("a-meeting-placed-by-its-own-words-is-not-the-rivals-just-named", "Referring to the NDA meeting called by the "
     "BJP in Delhi today, Kharge spoke. Rahul Gandhi, who also attended the meeting in Bengaluru, said the fight "
     "is for India.", facts(("rahul-gandhi", "attends", "india", "meeting", None, True, A)),
     facts(("rahul-gandhi", "attends", "nda", "meeting", None, True, A))),
    ("a-meeting-called-is-organised-for-the-day-ahead", "The BJP has called a meeting of the National Democratic "
     "Alliance in Delhi on Thursday.", facts(("nda", "meeting", None, "2024-01-25", "delhi", True, A)),
     facts(("nda", "meeting", None, "2024-01-18", "delhi", True, A),
           ("nda", "meeting", None, "2024-01-25", "delhi", True, P))),
    ("he-hoped-the-alliance-would-allot-is-a-request", "The AAP named three candidates in Assam. The AAP stands "
     "with the INDIA alliance, Pathak said, and he hoped the alliance would allot the three seats to the party.",
     facts(("aap", "seats", None, "3", "assam", True, P)), facts(("aap", "seats", None, "3", "assam", True, A))),
    ("a-source-opening-the-sentence-is-every-clauses", "According to the sources, Lalu Yadav's RJD is slated to "
     "contest 26 seats in Bihar, while the Congress will field candidates in nine seats.",
     facts(("inc", "seats", None, "9", "bihar", True, H)), facts(("inc", "seats", None, "9", "bihar", True, A))),
    ("what-a-consensus-indicates-is-hedged", "In Bihar, early consensus indicates JD (U) and RJD contesting 17 seats "
     "each, Congress on 4 seats, and Left parties on 2 seats.", facts(("jdu", "seats", None, "17", "bihar", True, H)),
     facts(("jdu", "seats", None, "17", "bihar", True, A))),
    ("the-party-after-a-while-clause-is-that-clauses-party", "While the Congress sealed alliances with the SP and "
     "AAP after prolonged talks, the party is still hoping to ally with TMC in West Bengal.",
     facts(("inc", "deal", "tmc", None, "west-bengal", True, H)),
     facts(("aap", "deal", "tmc", None, "west-bengal", True, H), ("sp", "deal", "india", None, "west-bengal", True, A))),
    ("one-more-item-of-a-states-seat-list-is-in-that-state", "The Congress and the JMM have finalised their "
     "seat-sharing formula for the Lok Sabha polls in Jharkhand. Under the agreement, the Congress gets 7 of the 14 "
     "seats, while the JMM will contest 5. Additionally, the RJD and the CPI (ML) will each receive one seat.",
     facts(("rjd", "seats", None, "1", "jharkhand", True, A)), facts(("rjd", "seats", None, "1", "bihar", True, A))),
    ("alliances-with-two-parties-are-a-deal-with-each", "The Congress sealed alliances with the SP and the AAP "
     "after prolonged talks.", facts(("inc", "deal", "sp", None, "uttar-pradesh", True, A),
                                     ("inc", "deal", "aap", None, None, True, A)),
     facts(("aap", "deal", "india", None, "uttar-pradesh", True, A), ("inc", "deal", "aap", None, "uttar-pradesh", True, A))),
    ("seats-a-party-was-victorious-in-are-results", "The move comes in the wake of the 2019 Lok Sabha elections, "
     "where BJP emerged victorious in 11 seats, while AJSU secured one seat.", set(),
     facts(("bjp", "seats", None, "11", None, True, A))),
    ("an-alliances-partners-meeting-is-the-alliances", "According to information, INDIA bloc partners are likely to "
     "meet in Bhopal on Saturday to chalk out a strategy.",
     facts(("india", "meeting", None, "2024-01-27", "bhopal", True, H)), set()),
    ("a-partys-own-leader-claiming-is-its-account", "KC Tyagi of the JD(U) claimed that the JD(U) had quit the "
     "INDIA bloc because of the Congress.", facts(("jdu", "member", "india", None, None, False, A)),
     facts(("jdu", "member", "india", None, None, False, H))),
    ("a-rivals-claim-stays-hedged", "BJP president JP Nadda claimed that the INDIA bloc had crumbled and the JD(U) "
     "had quit it.", facts(("jdu", "member", "india", None, None, False, H)),
     facts(("jdu", "member", "india", None, None, False, A))),
    ("a-seat-plan-being-claimed-implies-no-deal", "It is being claimed that the JD(U) and the RJD intend to fight "
     "16 seats each in Bihar, leaving the rest to the Congress.",
     facts(("jdu", "seats", None, "16", "bihar", True, H)),
     facts(("jdu", "deal", "rjd", None, "bihar", True, H), ("jdu", "deal", "india", None, "bihar", True, H))),
    ("a-hedged-seat-list-of-a-settled-deal-implies-it", "The JD(U) and the RJD have reportedly finalised their "
     "seat-sharing arrangement, with each to fight 16 seats in Bihar.",
     facts(("jdu", "deal", "rjd", None, "bihar", True, H)), set()),
    ("those-called-to-do-something-do-it", "Kharge called Mamata Banerjee to attend the INDIA bloc meeting.",
     facts(("mamata-banerjee", "attends", "india", "meeting", None, True, P)),
     facts(("mallikarjun-kharge", "attends", "india", "meeting", None, True, P))),
    ("an-ambition-to-be-is-no-role", "Nitish Kumar also reportedly had ambitions to be the prime ministerial "
     "candidate of the INDIA bloc.", set(), facts(("nitish-kumar", "role", "india", "pm_candidate", None, True, A),
                                                 ("nitish-kumar", "role", "india", "pm_candidate", None, True, H))),
    ("the-major-chunk-of-seats-is-a-share", "The MVA announced its seat-sharing formula with the Shiv Sena (UBT) "
     "getting the major chunk of 21 seats, while the Congress will contest 17 and the NCP (SP) 10 seats.",
     facts(("shs-ubt", "seats", None, "21", "maharashtra", True, A)), set()),
    ("a-meeting-held-on-a-day-ahead-of-the-article-is-last-years", "The second INDIA bloc meeting took place in "
     "Bengaluru on July 17.", set(), facts(("india", "meeting", None, "2024-07-17", "bengaluru", True, A))),
    ("attendance-lists-far-below-the-lede-are-of-its-meeting", "Leaders of 20 parties gathered at Mallikarjun "
     "Kharge's house on Monday for a meeting of the INDIA bloc. The talks went on for three hours.\n\n"
     "Kharge spoke first, then Rahul Gandhi. The mood was upbeat.\n\nTejashwi Yadav of the RJD and Farooq Abdullah also attended.",
     facts(("tejashwi-yadav", "attends", "india", "meeting", None, True, A),
           ("farooq-abdullah", "attends", "india", "meeting", None, True, A)), set()),
    ("attendance-a-lede-of-two-kinds-of-event-decides-nothing", "Kharge chaired a meeting of the INDIA bloc on "
     "Monday, a day after Rahul Gandhi's rally in Patna. Talks went on late.\n\nKharge spoke first, then Rahul "
     "Gandhi.\n\nTejashwi Yadav also attended.", set(),
     facts(("tejashwi-yadav", "attends", "india", "meeting", None, True, A))),
    ("attendance-a-party-represented-by-its-leaders", "The INDIA bloc met at Kharge's residence on Monday. The "
     "Aam Aadmi Party was represented by Arvind Kejriwal and Bhagwant Mann.",
     facts(("aap", "attends", "india", "meeting", None, True, A),
           ("arvind-kejriwal", "attends", "india", "meeting", None, True, A),
           ("bhagwant-mann", "attends", "india", "meeting", None, True, A)), set()),
    ("attendance-in-attendance-were-a-list", "The INDIA bloc held a rally in Delhi on Sunday. In attendance "
     "were Sitaram Yechury of the CPI(M), Sharad Pawar of the NCP-SP and Akhilesh Yadav of the SP.",
     facts(("sitaram-yechury", "attends", "india", "rally", None, True, A),
           ("sharad-pawar", "attends", "india", "rally", None, True, A),
           ("akhilesh-yadav", "attends", "india", "rally", None, True, A)), set()),
    ("attendance-joined-by-in-the-passive", "The INDIA bloc met in Delhi on Monday. Kharge, who chaired it, was "
     "joined by Sonia Gandhi and by Rahul Gandhi.",
     facts(("sonia-gandhi", "attends", "india", "meeting", None, True, A),
           ("rahul-gandhi", "attends", "india", "meeting", None, True, A)), set()),
    ("attendance-the-only-absentee", "The INDIA bloc met in Delhi on Monday. The lone absentee was Mamata "
     "Banerjee, who was campaigning in Bengal.",
     facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A)),
     facts(("mamata-banerjee", "attends", "india", "meeting", None, True, A))),
    ("attendance-present-with-an-aide", "The INDIA bloc met in Delhi on Monday. Sharad Pawar was present with "
     "an aide.", facts(("sharad-pawar", "attends", "india", "meeting", None, True, A)), set()),
    ("attendance-sharing-the-stage-during-a-public-meeting", "Tejashwi Yadav will share the stage with Rahul "
     "Gandhi during a Congress public meeting in Kaimur.",
     facts(("tejashwi-yadav", "attends", "inc", "rally", None, True, A)), set()),
    ("a-buzz-that-a-party-will-switch-is-hedged", "The development comes amid a buzz that the JD(U) would "
     "rejoin the NDA.", facts(("jdu", "member", "nda", None, None, True, H)),
     facts(("jdu", "member", "nda", None, None, True, A))),
    ("a-suggestion-that-someone-be-the-face-is-a-proposal-by-the-suggester", "Mamata Banerjee suggested that "
     "Mallikarjun Kharge should be projected as the INDIA bloc's prime ministerial candidate.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, P)), set()),
    ("a-suggestion-reported-by-the-media-is-a-hedged-proposal", "Several reports said Mamata Banerjee had "
     "suggested that Mallikarjun Kharge should be the INDIA bloc's prime ministerial candidate.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, H)),
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A))),
    ("wanting-a-post-for-oneself-is-no-proposal", "Nitish Kumar wants to be the convenor of the INDIA bloc.",
     set(), facts(("nitish-kumar", "proposes", "nitish-kumar", "convenor", None, True, A))),
    ("turning-down-the-suggestion-declines-the-role-just-proposed", "Mamata Banerjee suggested that Mallikarjun "
     "Kharge should be the INDIA bloc's prime ministerial candidate. Kharge turned down the suggestion, saying "
     "the bloc must win first.", facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, False, A)),
     set()),
    ("rejecting-the-proposal-declines-only-the-last-proposed-post", "Banerjee had floated Kharge's name as the "
     "INDIA bloc's prime ministerial candidate in December.\n\nOn Saturday Sharad Pawar proposed Kharge as the "
     "convenor of the INDIA bloc. Kharge rejected the proposal.",
     facts(("mallikarjun-kharge", "role", "india", "convenor", None, False, A)),
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, False, A))),
    ("rejecting-a-proposal-when-none-was-told-says-nothing", "Kharge rejected the proposal on Monday.", set(),
     facts(("mallikarjun-kharge", "role", "india", "convenor", None, False, A))),
    ("he-before-a-closing-speaker-is-the-one-named-before", "Nitish Kumar's name had been proposed for the "
     "post of convenor of the INDIA bloc. He declined the convenor's post, JD(U) leader Sanjay Jha said.",
     facts(("nitish-kumar", "role", "india", "convenor", None, False, A)), set()),
    ("a-role-name-the-parser-split-is-read-whole", "Mamata Banerjee proposed Mallikarjun Kharge as PM face of "
     "the INDIA bloc.", facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, P)),
     facts(("mallikarjun-kharge", "role", None, "prime_minister", None, True, P))),
    ("no-seat-adjustment-is-no-deal", "The TMC will not have any seat adjustment with the Congress in West Bengal, "
     "Mamata Banerjee said.", facts(("inc", "deal", "tmc", None, "west-bengal", False, A)), set()),
    ("a-seat-adjustment-reached-is-a-deal", "The Congress and the TMC have reached a seat adjustment in Meghalaya.",
     facts(("inc", "deal", "tmc", None, "meghalaya", True, A)), set()),
    ("a-partys-unnamed-chief-stands-for-it", "The TMC supremo has ruled out any alliance with the Congress in "
     "West Bengal.", facts(("inc", "deal", "tmc", None, "west-bengal", False, A)), set()),
    ("a-speculation-confirmed-is-fact", "The list confirms speculation that the TMC will not have any seat "
     "adjustment with the Congress in West Bengal.", facts(("inc", "deal", "tmc", None, "west-bengal", False, A)),
     facts(("inc", "deal", "tmc", None, "west-bengal", False, H))),
    ("candidates-announced-for-some-seats-are-a-list-not-a-share", "The Trinamool Congress on Thursday "
     "announced candidates for four Lok Sabha seats in Assam.", set(),
     facts(("tmc", "seats", None, "4", "assam", True, A))),
    ("candidates-for-the-states-seats-are-all-of-them", "Mamata Banerjee will announce the party's candidates for "
     "the 42 parliamentary constituencies in West Bengal on Sunday.",
     facts(("tmc", "seats", None, "42", "west-bengal", True, A)), set()),
    ("a-meeting-here-is-in-the-datelines-city", "New Delhi: Kharge will chair the INDIA bloc meeting at his "
     "residence here on Saturday.", facts(("india", "meeting", None, "2024-01-27", "new-delhi", True, A)), set()),
    ("a-meeting-not-said-to-be-here-takes-no-dateline-city", "Patna: The INDIA bloc will meet on Saturday, the "
     "JD(U) said.", set(), facts(("india", "meeting", None, "2024-01-27", "patna", True, A))),
    ("if-words-are-any-indication-is-a-hedge-not-a-condition", "If Omar Abdullah's words are any indication, the "
     "NC will not share any seats with the PDP in Jammu and Kashmir.",
     facts(("nc", "deal", "pdp", None, "jammu-kashmir", False, H)),
     facts(("nc", "deal", "pdp", None, "jammu-kashmir", False, "conditional"))),
    ("if-talks-fail-is-still-a-condition", "If the talks fail, the NC will not share any seats with the PDP in Jammu "
     "and Kashmir.", facts(("nc", "deal", "pdp", None, "jammu-kashmir", False, "conditional")), set()),
    ("a-party-hosting-the-alliances-meeting-does-not-own-it", "The third meeting of the INDIA bloc will be held in "
     "Mumbai on August 31. Sharad Pawar and Uddhav Thackeray are expected to attend the two-day meeting, which will "
     "be hosted by the Shiv Sena (UBT).", facts(("sharad-pawar", "attends", "india", "meeting", None, True, H)),
     facts(("sharad-pawar", "attends", "shs-ubt", "meeting", None, True, H))),
    ("a-proposal-approved-is-decided", "Arvind Kejriwal has approved a proposal by the party's Punjab unit to "
     "go solo in Punjab.", facts(("aap", "deal", "india", None, "punjab", False, A)),
     facts(("aap", "deal", "india", None, "punjab", False, P))),
    ("a-proposal-made-is-still-proposed", "The SP made a proposal to give the Congress 17 seats in Uttar Pradesh.",
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, P)), set()),
    ("an-inability-to-attend-is-not-attending", "Mamata Banerjee cited the relief work in the state to announce "
     "her inability to attend the INDIA bloc meeting.",
     facts(("mamata-banerjee", "attends", "india", "meeting", None, False, A)),
     facts(("mamata-banerjee", "attends", "india", "meeting", None, True, A))),
    ("in-attendance-including-lists-who-came", "The INDIA bloc met in Mumbai on Monday. Some 40 leaders from 20 "
     "parties were in attendance, including SP chief Akhilesh Yadav and NCP (SP) chief Sharad Pawar.",
     facts(("akhilesh-yadav", "attends", "india", "meeting", None, True, A),
           ("sharad-pawar", "attends", "india", "meeting", None, True, A)), set()),
    ("had-to-give-it-a-miss-is-done-and-skips-the-event-just-named", "The INDIA bloc held a rally in Ranchi on "
     "Sunday. Rahul Gandhi, however, had to give it a miss as he was unwell.",
     facts(("rahul-gandhi", "attends", "india", "rally", None, False, A)),
     facts(("rahul-gandhi", "attends", "india", "rally", None, False, H))),
    ("an-alliances-chief-is-its-chairperson", "Mallikarjun Kharge was named INDIA bloc chief on Saturday, "
     "NDTV reported.", facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, H)), set()),
    # (config: "opposition parties" is the bloc's name before it had one, with the story's context)
    ("opposition-parties-meeting-is-the-alliances", "Leaders of 15 opposition parties, the Congress among them, "
     "met in Patna on January 19.", facts(("india", "meeting", None, "2024-01-19", "patna", True, A)), set()),
    ("a-vaguer-report-of-a-meeting-the-article-dates-is-that-meeting", "The INDIA bloc will meet in the capital "
     "later this month. Its fourth meeting will be held in New Delhi on January 30.",
     facts(("india", "meeting", None, "2024-01-30", "new-delhi", True, A)),
     facts(("india", "meeting", None, "2024-01", "delhi", True, A))),
    ("a-meeting-told-as-another-is-another", "The INDIA bloc met in Patna on January 3 and will meet again later "
     "this month.", facts(("india", "meeting", None, "2024-01-03", "patna", True, A),
                          ("india", "meeting", None, "2024-01", None, True, A)), set()),
    ("throwing-weight-behind-someone-as-a-role-proposes-them", "Mamata Banerjee threw her weight behind "
     "Mallikarjun Kharge as the PM face.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, P)), set()),
    # (lexicon: respell supremo = "leader", which the parser reads as a title, not a verb)
    ("a-title-the-model-misreads-is-respelled-for-the-parse", "West Bengal Chief Minister and TMC supremo Mamata "
     "Banerjee and Delhi Chief Minister Arvind Kejriwal on Tuesday proposed Congress president Mallikarjun "
     "Kharge's name as the INDIA bloc's PM candidate.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("arvind-kejriwal", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, P)), set()),
    ("a-meeting-someone-may-skip-is-held", "Sources said the TMC may skip the INDIA bloc meeting on January 28.",
     facts(("india", "meeting", None, "2024-01-28", None, True, A), ("tmc", "attends", "india", "meeting", None, False, H)),
     facts(("india", "meeting", None, "2024-01-28", None, True, H))),
    ("an-honorific-after-a-name-is-blanked-for-the-parse", "The INDIA bloc holds a rally in Ranchi on Sunday. "
     "\"Shri Mallikarjun Kharge ji will of course be attending the rally,\" Jairam Ramesh said.",
     facts(("mallikarjun-kharge", "attends", "india", "rally", None, True, A)), set()),
    ("in-case-hung-on-the-verb-above-is-a-condition", "Mamata Banerjee said her party will extend outside "
     "support to the INDIA bloc in case it manages to form the government.",
     facts(("tmc", "supports", "india", None, None, True, "conditional")),
     facts(("tmc", "supports", "india", None, None, True, A))),
    ("in-case-before-a-clause-taken-for-an-object-is-a-condition", "Mamata Banerjee has announced that her party "
     "will extend outside support to the INDIA bloc in case it manages to form the government.",
     facts(("tmc", "supports", "india", None, None, True, "conditional")),
     facts(("tmc", "supports", "india", None, None, True, A))),
    ("a-conjunct-shares-the-modal-and-an-inverted-condition-taken-for-a-conjunct", "The Trinamool Congress could "
     "switch sides and prop up the BJP should the saffron party finish with more seats.",
     facts(("tmc", "supports", "bjp", None, None, True, "conditional")),
     facts(("tmc", "supports", "bjp", None, None, True, A))),
    ("a-singular-relative-clause-is-of-its-one-name-not-the-list", "Those present included TMC chief Mamata "
     "Banerjee, who is also Bengal's chief minister; Akhilesh Yadav, head of the Samajwadi Party; and Uddhav "
     "Thackeray, a former chief minister of Maharashtra.",
     facts(("mamata-banerjee", "role", None, "chief_minister", "west-bengal", True, A)),
     facts(("akhilesh-yadav", "role", None, "chief_minister", "west-bengal", True, A),
           ("uddhav-thackeray", "role", None, "chief_minister", "west-bengal", True, A))),
    ("a-plural-relative-clause-is-of-the-whole-list", "The JD(U) and the RJD, which are INDIA bloc members, will "
     "contest 16 seats each.", facts(("jdu", "member", "india", None, None, True, A),
                                     ("rjd", "member", "india", None, None, True, A)), set()),
    ("they-included-after-an-attended-meeting-lists-who-came", "Leaders of 15 parties attended the INDIA bloc "
     "meeting in Patna on Friday. They included Akhilesh Yadav, head of the Samajwadi Party, and MK Stalin.",
     facts(("akhilesh-yadav", "attends", "india", "meeting", None, True, A),
           ("mk-stalin", "attends", "india", "meeting", None, True, A)), set()),
    ("brushing-aside-suggestions-denies-them", "The INDIA bloc met in Patna on Friday. On Saturday Nitish Kumar "
     "brushed aside suggestions that the AAP had boycotted the meeting.",
     facts(("aap", "attends", "india", "meeting", None, False, "denied")),
     facts(("aap", "attends", "india", "meeting", None, False, P))),
    ("it-in-what-a-party-chief-announces-is-the-party", "BSP chief Mayawati announced on Wednesday that it will "
     "contest the Lok Sabha polls without any alliance.",
     facts(("bsp", "deal", "india", None, None, False, A)), set()),
    ("its-after-the-alliance-named-in-its-clause-is-the-alliance", "Speaking for the INDIA bloc at its rally on "
     "Sunday, Priyanka Gandhi, a general secretary of the Congress, read out five guarantees.",
     set(), facts(("inc", "rally", None, "2024-01-21", None, True, A))),
    ("no-question-of-forming-an-alliance-is-none", "Partap Singh Bajwa said there is no question of the Punjab "
     "Congress forming an alliance with the AAP.", facts(("inc", "deal", "aap", None, "punjab", False, A)),
     facts(("inc", "deal", "aap", None, "punjab", True, A))),
    ("no-intention-of-joining-is-not-joining", "The TMC has no intention of joining the NDA.",
     facts(("tmc", "member", "nda", None, None, False, A)), set()),
    ("no-doubt-that-keeps-the-fact", "There is no doubt that the TMC will join the NDA.",
     facts(("tmc", "member", "nda", None, None, True, A)), set()),
    ("a-joint-rally-in-a-sentence-naming-the-alliance-is-its", "Kharge, Rahul Gandhi and JMM leader Champai Soren "
     "will open the INDIA bloc's campaign at a joint rally in Ranchi on January 28.",
     facts(("india", "rally", None, "2024-01-28", "ranchi", True, A)),
     facts(("jmm", "rally", None, "2024-01-28", "ranchi", True, A))),
    ("seats-retained-for-a-party-beside-named-seats-assigned", "On Saturday the bloc had assigned the Bharuch and "
     "Bhavnagar seats in Gujarat to the AAP and retained 24 seats for the Congress.",
     facts(("inc", "seats", None, "24", "gujarat", True, A)), set()),
    ("requested-that-someone-attend-is-a-request", "Mallikarjun Kharge has requested that Sonia Gandhi attend "
     "the INDIA bloc meeting.", facts(("sonia-gandhi", "attends", "india", "meeting", None, True, P)),
     facts(("sonia-gandhi", "attends", "india", "meeting", None, True, A))),
    ("remaining-committed-to-the-bloc-is-staying-in-it", "Arvind Kejriwal said on Friday that his party remains "
     "committed to the INDIA bloc.", facts(("aap", "member", "india", None, None, True, A)), set()),
    ("backing-someone-to-lead-the-bloc-proposes-its-head", "Lalu Prasad backed Mamata Banerjee to lead the INDIA "
     "bloc.", facts(("lalu-prasad", "proposes", "mamata-banerjee", "chairperson", None, True, A),
                    ("mamata-banerjee", "role", "india", "chairperson", None, True, P)),
     facts(("rjd", "supports", "tmc", None, None, True, A), ("lalu-prasad", "role", "india", "chairperson", None, True, A))),
    ("backing-someone-for-leading-the-bloc-proposes-its-head", "Sharad Pawar also backed Mamata Banerjee for "
     "leading the INDIA bloc.", facts(("sharad-pawar", "proposes", "mamata-banerjee", "chairperson", None, True, A),
                                      ("mamata-banerjee", "role", "india", "chairperson", None, True, P)),
     facts(("sharad-pawar", "role", "india", "chairperson", None, True, A))),
    ("should-be-allowed-to-head-the-bloc-is-a-proposal", "Mamata Banerjee should be allowed to head the INDIA "
     "bloc, Lalu Prasad said.", facts(("mamata-banerjee", "role", "india", "chairperson", None, True, P)), set()),
    ("leading-the-bloc-is-being-its-head", "Mallikarjun Kharge will lead the INDIA bloc.",
     facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, A)), set()),
    ("ruling-out-any-chance-of-an-alliance-is-no-deal", "Mamata Banerjee had long ago ruled out any chance of an "
     "alliance with the Congress.", facts(("tmc", "deal", "inc", None, "west-bengal", False, A)), set()),
    ("no-possibility-of-an-alliance-is-no-deal-not-a-hedge", "Kejriwal said there is no possibility of an alliance "
     "with the Congress in Delhi.", facts(("aap", "deal", "inc", None, "delhi", False, A)),
     facts(("aap", "deal", "inc", None, "delhi", False, H))),
    ("a-possibility-of-an-alliance-states-none", "Kejriwal said there is a possibility of an alliance with the "
     "Congress in Delhi.", set(), facts(("aap", "deal", "inc", None, "delhi", True, A))),
    ("going-with-neither-alliance-is-membership-of-neither", "The BSP would neither go with the INDIA alliance nor "
     "the NDA.", facts(("bsp", "member", "india", None, None, False, A), ("bsp", "member", "nda", None, None, False, A)),
     set()),
    ("fighting-on-its-own-strength-is-going-alone", "The AAP will fight this election on its own strength in Delhi.",
     facts(("aap", "deal", "india", None, "delhi", False, A)), set()),
    ("a-name-right-after-after-is-the-subject-of-its-verb", "The INDIA bloc faced yet another jolt on Wednesday "
     "after Aam Aadmi Party said it would not have any alliance with Congress in Punjab.",
     facts(("aap", "deal", "inc", None, "punjab", False, A)), facts(("india", "deal", "inc", None, "punjab", False, A))),
    ("a-joint-rally-no-one-is-named-for-is-the-alliances", "Mallikarjun Kharge said there will be an opposition "
     "joint rally in Bhopal on February 3.", facts(("india", "rally", None, "2024-02-03", "bhopal", True, A)), set()),
    ("a-protest-the-bloc-holds-is-its-rally", "Kharge said INDIA parties will hold a protest on January 30.",
     facts(("india", "rally", None, "2024-01-30", None, True, A)), set()),
    ("the-oppositions-face-for-prime-minister-is-the-pm-candidate", "Mamata Banerjee and Arvind Kejriwal proposed "
     "Kharge as the Opposition's face for prime minister.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, P)), set()),
    ("a-swearing-in-is-the-party-of-the-one-sworn-in", "Hemant Soren took oath as Jharkhand chief minister on "
     "Thursday. Mallikarjun Kharge and Rahul Gandhi were present at the ceremony.",
     facts(("mallikarjun-kharge", "attends", "jmm", "swearing_in", None, True, A),
           ("rahul-gandhi", "attends", "jmm", "swearing_in", None, True, A)),
     facts(("mallikarjun-kharge", "attends", "india", "swearing_in", None, True, A))),
    ("those-who-gathered-at-the-event-attended-it", "Hemant Soren took oath as chief minister on Thursday. Among "
     "those who had gathered at the venue were Rahul Gandhi, Akhilesh Yadav and D Raja.",
     facts(("rahul-gandhi", "attends", "jmm", "swearing_in", None, True, A),
           ("d-raja", "attends", "jmm", "swearing_in", None, True, A)), set()),
    ("a-counted-alliance-is-the-alliance", "The INDIA bloc met on Monday. The 26-party alliance includes the TMC, "
     "the JMM and the SP.", facts(("tmc", "member", "india", None, None, True, A), ("sp", "member", "india", None, None, True, A)),
     set()),
    ("opening-a-meeting-proposes-nothing", "The INDIA bloc opens a meeting in Mumbai on January 25.",
     facts(("india", "meeting", None, "2024-01-25", "mumbai", True, A)),
     facts(("india", "meeting", None, "2024-01-25", "mumbai", True, P))),
    ("a-meeting-someone-unwatched-holds-is-theirs", "The BSP will go alone. Earlier this month, Mayawati held a key "
     "meeting with the party's Punjab, Haryana and Chandigarh units.", set(),
     facts(("india", "meeting", None, "2024-01", "punjab", True, A), ("india", "meeting", None, "2024-01", None, True, A))),
    ("leading-the-blocs-offensive-is-no-post", "Rahul Gandhi will lead the INDIA bloc offensive against the NDA in "
     "the Lower House.", set(), facts(("rahul-gandhi", "role", "india", "chairperson", None, True, A))),
    ("leading-the-bloc-from-the-front-is-no-post", "Rahul Gandhi will lead the INDIA bloc from the front.", set(),
     facts(("rahul-gandhi", "role", "india", "chairperson", None, True, A))),
    ("a-meeting-told-as-held-is-the-event-of-the-report", "Leaders of 13 parties of the INDIA bloc sat down "
     "together on Monday at Kharge's home. The mood was upbeat. Kharge spoke first. Tea was served. The AAP was "
     "represented by Arvind Kejriwal and Bhagwant Mann.",
     facts(("arvind-kejriwal", "attends", "india", "meeting", None, True, A),
           ("bhagwant-mann", "attends", "india", "meeting", None, True, A)), set()),
    ("the-appointment-of-someone-as-a-post-is-the-role", "The virtual meeting of the INDIA bloc concluded with the "
     "unanimous appointment of Congress President Mallikarjun Kharge as the alliance's chairperson.",
     facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, A)), set()),
    ("being-offered-the-role-of-convenor-is-a-proposal", "Bihar Chief Minister Nitish Kumar was offered the role of "
     "convenor within the alliance.", facts(("nitish-kumar", "role", "india", "convenor", None, True, P)),
     facts(("nitish-kumar", "role", "india", "convenor", None, True, A))),
    ("a-seat-count-that-moved-is-a-tally", "The Congress dropped to 9 seats, the Trinamool Congress took 7, and "
     "the SP and the RJD have 5 each.", set(),
     facts(("inc", "seats", None, "9", None, True, A), ("tmc", "seats", None, "7", None, True, A),
           ("sp", "seats", None, "5", None, True, A), ("inc", "deal", "india", None, None, True, A))),
    ("leaders-sitting-down-together-is-a-meeting", "Leaders of 13 parties of the INDIA bloc sat down together on "
     "Wednesday at Kharge's home to prepare for the count.",
     facts(("india", "meeting", None, "2024-01-24", None, True, A)), set()),
]


# published 2024-07-02
NEPAL = [
    ("a-role-under-a-reported-deal-is-as-reported", "KATHMANDU: The Nepali Congress and the CPN-UML have struck a "
     "deal to form a new government, media reports said on Tuesday.\n\nUnder the agreement, Oli will lead the new "
     "government for a year and a half.", facts(("oli", "role", None, "prime_minister", None, True, H)),
     facts(("oli", "role", None, "prime_minister", None, True, A))),
    ("he-in-an-adverbial-clause-is-whom-the-main-clause-is-about", "Prime Minister Pushpa Kamal Dahal faced the "
     "House on Friday. Speaker Dev Raj Ghimire then spoke. He declared that the Prime Minister's motion for a "
     "vote of confidence had failed, as he could not win the 138 votes needed.",
     facts(("prachanda", "vote", None, "confidence", None, False, A)),
     facts(("dev-raj-ghimire", "vote", None, "confidence", None, False, A))),
    ("a-chief-minister-appointed-is-no-minister-joining", "Outgoing Chief Minister Kedar Karki has gone to "
     "court. The speaker said that the Chief Minister had been appointed.", set(),
     facts(("nc", "member", "ruling-coalition", None, None, True, A))),
    ("a-provinces-chief-minister-given-to-a-party-is-a-deal-there", "The ruling coalition has decided to give the "
     "chief minister of Sudurpaschim to the Unified Socialist.",
     facts(("ruling-coalition", "deal", "us", None, "sudurpaschim", True, A)), set()),
    ("the-governing-coalition-formed-is-no-provinces", "The coalition decided to give the chief minister of "
     "Sudurpaschim to the Unified Socialist. The Maoist Center and the UML had formed the new ruling coalition on "
     "March 3 together with the RSP.", facts(("maoist", "deal", "uml", None, None, True, A)),
     facts(("maoist", "deal", "uml", None, "sudurpaschim", True, A))),
    ("support-pulled-from-a-provinces-government-is-no-countrys", "In Madhes province, the JSP-Nepal heads the "
     "government, and both the Maoist Centre and the CPN-UML had already pulled their support from it.", set(),
     facts(("uml", "supports", "maoist", None, None, False, A))),
    ("a-promise-of-what-ones-party-will-do-is-an-undertaking", "At the time Oli had promised the Nepali Congress "
     "that his party would never team up with the Maoist Centre.",
     facts(("uml", "deal", "maoist", None, None, False, P)), facts(("uml", "deal", "maoist", None, None, False, A))),
    ("ministers-leaving-two-province-governments-joined-by-the-parser", "CPN-UML ministers had already stepped down "
     "from the Sudurpashchim and Lumbini province governments earlier.",
     facts(("uml", "deal", "ruling-coalition", None, "sudurpaschim", False, A),
           ("uml", "deal", "ruling-coalition", None, "lumbini", False, A)),
     facts(("uml", "member", "ruling-coalition", None, None, False, A))),
    ("a-deal-in-a-phrase-of-circumstance-takes-no-province-from-before", "The Lumbini government is in trouble. The "
     "UML left the Maoist-led government after forging a new alliance with the NC.",
     facts(("nc", "deal", "uml", None, None, True, A)), facts(("nc", "deal", "uml", None, "lumbini", True, A))),
    ("a-tentative-agreement-is-not-settled", "The Nepali Congress and the CPN-UML have reached a tentative "
     "agreement on ministry allocation.", facts(("nc", "deal", "uml", None, None, True, H)),
     facts(("nc", "deal", "uml", None, None, True, A))),
    ("a-minister-inducted-brings-their-party-in", "Prachanda inducted JSP chairman Upendra Yadav as the minister "
     "for population and health.", facts(("upendra-yadav", "role", None, "minister", None, True, A),
                                         ("jsp", "member", "ruling-coalition", None, None, True, A)), set()),
    ("what-happened-next-in-a-relative-clause-is-under-the-report", "Deuba and Oli met on Saturday to lay the "
     "groundwork for a new alliance between the two parties, following which Oli's CPN-UML ended its association "
     "with the Prachanda-led government, The Kathmandu Post reported.",
     facts(("uml", "supports", "maoist", None, None, False, H)), facts(("uml", "supports", "maoist", None, None, False, A))),
    ("the-parties-called-to-stake-a-claim-are-the-claimants", "President Paudel called the political parties to "
     "stake a claim for the post of Prime Minister after Dahal lost the trust vote.", set(),
     facts(("ram-chandra-poudel", "role", None, "prime_minister", None, True, P))),
    ("a-name-set-apart-by-besides-is-not-of-the-list", "Besides the UML, Rabi Lamichhane's RSP, the JSP and the "
     "Janamat Party are likely to join the new government.",
     facts(("rsp", "member", "ruling-coalition", None, None, True, H),
           ("janamat", "member", "ruling-coalition", None, None, True, H)),
     facts(("uml", "member", "ruling-coalition", None, None, True, H))),
    ("neither-withdrawn-nor-recalled-still-backs", "The UML has neither pulled its support from Prime Minister "
     "Prachanda nor called back its ministers.", facts(("uml", "supports", "maoist", None, None, True, A)),
     facts(("uml", "supports", "maoist", None, None, False, A))),
    ("not-withdrawn-support-still-backs", "The UML has not withdrawn its support for Prachanda yet, its "
     "spokesman said.", facts(("uml", "supports", "maoist", None, None, True, A)), set()),
    ("unlikely-to-pass-a-floor-test-is-a-hedged-loss", "Prachanda is unlikely to clear the floor test after the "
     "UML's switch.", facts(("prachanda", "vote", None, "confidence", None, False, H)),
     facts(("prachanda", "vote", None, "confidence", None, False, A))),
    ("a-source-in-the-second-paragraph-does-not-hedge-what-the-first-asserted", "The UML and the Nepali Congress "
     "have agreed to form a new government.\n\nKP Sharma Oli and Sher Bahadur Deuba signed an agreement late on "
     "Monday night, according to a leader.\n\nUnder the deal, Oli will become prime minister first. Deuba will "
     "then lead the government.", facts(("deuba", "role", None, "prime_minister", None, True, A)),
     facts(("deuba", "role", None, "prime_minister", None, True, H))),
    ("he-in-what-an-unwatched-named-person-says-is-that-person", "Bagmati Chief Minister Shalik Ram Jamkattel "
     "resigned on Monday. Chief Minister Mahara said that he would face a vote of confidence rather than resign, "
     "but he quit after seeing that he would lose it.", set(),
     facts(("shalikram-jamkattel", "faces_vote", None, "confidence", None, True, A),
           ("shalikram-jamkattel", "vote", None, "confidence", None, False, H))),
    ("signatures-of-lawmakers-from-two-parties-are-their-deal", "Hikmat Karki staked his claim to lead the Koshi "
     "government with the signatures of 52 lawmakers from the UML and the Maoist Centre.",
     facts(("uml", "deal", "maoist", None, "koshi", True, A)), set()),
    ("a-presupposed-deal-takes-the-setting-when-its-sentence-names-no-place", "Hikmat Karki of the UML is chief "
     "minister of Koshi province again.\n\nHe was appointed on Thursday.\n\nThat morning he had handed in his claim "
     "with the signatures of 52 lawmakers of the UML and the CPN (Maoist Centre).",
     facts(("uml", "deal", "maoist", None, "koshi", True, A)), facts(("uml", "deal", "maoist", None, None, True, A))),
    ("a-presupposed-deal-at-the-center-takes-no-province", "The Lumbini government has fallen into crisis "
     "following the signing of a new power-sharing agreement between the Nepali Congress and the UML at the center.",
     facts(("nc", "deal", "uml", None, None, True, A)), facts(("nc", "deal", "uml", None, "lumbini", True, A))),
    ("a-title-heading-its-names-conjunct-is-the-post-resigned", "Deputy Prime Minister and Health Minister "
     "Upendra Yadav resigned on Monday.",
     facts(("upendra-yadav", "role", None, "deputy_prime_minister", None, False, A)),
     facts(("upendra-yadav", "role", None, "prime_minister", None, False, A))),
    ("a-further-post-told-in-passing-is-not-resigned", "Upendra Yadav, also the chairman of the Janata Samajbadi "
     "Party-Nepal, submitted his resignation to Prime Minister Prachanda.", set(),
     facts(("upendra-yadav", "role", "jsp", "chairperson", None, False, A))),
    ("seats-a-party-holds-in-an-assembly-are-no-share", "In the 53-member assembly a majority takes 27 votes; the "
     "Nepali Congress holds 18 seats and the UML 11.", set(),
     facts(("nc", "seats", None, "18", None, True, A), ("uml", "seats", None, "11", None, True, A))),
    ("a-name-joined-without-and-is-no-conjunct", "Jokh Bahadur Mahara, who once worked as personal secretary to "
     "Prachanda, the prime minister, became Lumbini's chief minister on April 5.", set(),
     facts(("prachanda", "role", None, "chief_minister", "lumbini", True, A))),
    ("backing-withdrawn-from-a-provincial-government-ends-the-deal-there", "The UML withdrew its support for the "
     "Madhes government on Monday.", facts(("uml", "deal", "ruling-coalition", None, "madhesh", False, A)),
     facts(("uml", "supports", "maoist", None, None, False, A))),
    ("backing-withdrawn-from-a-party-led-provincial-government-is-no-deal-with-that-party", "In Madhes province, "
     "the JSP-Nepal heads the government, and the Maoist Centre has pulled its support from it.",
     facts(("maoist", "deal", "jsp", None, "madhesh", False, A)), set()),
    ("ministers-counted-from-parties-are-their-parties-in-government", "The cabinet now has 10 ministers from the "
     "Nepali Congress; eight, not counting the PM, from the CPN-UML, two from the Janata Samajwadi Party and one "
     "from the Loktantrik Samajwadi Party.",
     facts(("nc", "member", "ruling-coalition", None, None, True, A), ("uml", "member", "ruling-coalition", None, None, True, A),
           ("lsp", "member", "ruling-coalition", None, None, True, A)), set()),
    ("former-ministers-from-a-party-are-not-its-place-in-government", "There are two former ministers from the "
     "UML among the new faces.", set(), facts(("uml", "member", "ruling-coalition", None, None, True, A))),
    ("ministers-a-chief-minister-inducts-are-not-the-countrys-government", "Later in the day the Chief Minister "
     "set up a small cabinet, inducting CPN (Maoist Centre)'s Dipendra Pun and the UML's Chet Acharya as ministers.",
     set(), facts(("maoist", "member", "ruling-coalition", None, None, True, A))),
    ("ministers-a-prime-minister-inducts-are-the-countrys-government", "Later in the day the Prime Minister "
     "set up a small cabinet, inducting CPN (Maoist Centre)'s Dipendra Pun and the UML's Chet Acharya as ministers.",
     facts(("maoist", "member", "ruling-coalition", None, None, True, A)), set()),
    ("now-the-main-opposition-party-is-out-of-the-government", "He meant the Nepali Congress, which is now the "
     "main opposition party.", facts(("nc", "member", "ruling-coalition", None, None, False, A)), set()),
    ("walking-out-of-the-government-is-leaving-it", "The JSP-N walked out of the government with immediate effect.",
     facts(("jsp", "member", "ruling-coalition", None, None, False, A)), set()),
    ("the-main-opposition-party-told-in-passing-is-no-news", "Dahal dumped the Congress and allied with the main "
     "opposition party, the UML.", set(), facts(("uml", "member", "ruling-coalition", None, None, False, A))),
    ("a-text-on-a-chief-minister-names-no-head-of-the-countrys-government", "Chief Minister Shah sought a vote "
     "of confidence in the provincial assembly on Thursday. Earlier, the Nagarik Unmukti Party withdrew its support "
     "to the government.", set(), facts(("nagarik-unmukti", "supports", "maoist", None, None, False, A))),
    ("a-vote-in-favour-of-someone-unwatched-is-not-for-the-configured-head", "One Nagarik Unmukti lawmaker voted in "
     "favour of Shah.", set(), facts(("nagarik-unmukti", "supports", "maoist", None, None, True, A))),
    ("a-vote-in-favour-of-the-prime-minister-backs-him", "The RSP voted in favour of Prime Minister Dahal.",
     facts(("rsp", "supports", "maoist", None, None, True, A)), set()),
    ("a-parliamentary-party-meeting-is-the-partys-own", "The JSP-N walked out of the government on Wednesday. "
     "The JSP-N's decision follows the parliamentary party meeting held earlier today.", set(),
     facts(("ruling-coalition", "meeting", None, "2024-07-02", None, True, A))),
    ("a-withdrawal-of-support-to-the-government-is-the-step", "The Nagarik Unmukti Party formally announced its "
     "withdrawal of support to the government.", facts(("nagarik-unmukti", "supports", "maoist", None, None, False, A)),
     set()),
    ("backing-someone-to-lead-the-government-proposes-its-head", "The UML backed Oli to lead the new government.",
     facts(("uml", "proposes", "oli", "prime_minister", None, True, A), ("oli", "role", None, "prime_minister", None, True, P)),
     facts(("oli", "role", None, "prime_minister", None, True, A))),
    ("support-received-from-parties-is-theirs-for-the-one-appointed", "Prachanda was appointed prime minister "
     "after receiving support from the UML and the RSP.",
     facts(("uml", "supports", "maoist", None, None, True, A), ("rsp", "supports", "maoist", None, None, True, A)), set()),
    ("continuing-support-to-the-government-is-support", "The RSP has decided to continue its support to the "
     "Prachanda government.", facts(("rsp", "supports", "maoist", None, None, True, A)), set()),
    ("holding-a-vote-of-confidence-is-facing-one", "Prachanda will hold a vote of confidence in Parliament on "
     "March 20.", facts(("prachanda", "faces_vote", None, "confidence", None, True, A)), set()),
    ("being-given-a-ministry-is-being-its-minister", "Narayan Kaji Shrestha has now been given the Home Ministry.",
     facts(("narayan-kaji-shrestha", "role", None, "minister", None, True, A)), set()),
    ("a-counted-alliance-is-the-story-alliance-by-its-name", "Prachanda's government survived the vote. The "
     "eight-party alliance includes the Nepali Congress, the Maoist Centre and the Janamat Party.",
     facts(("nc", "member", "ruling-coalition", None, None, True, A), ("janamat", "member", "ruling-coalition", None, None, True, A)),
     set()),
    ("refusing-to-back-someone-for-a-post-says-nothing-of-the-post", "Prachanda quit the alliance after the Nepali "
     "Congress refused to back him for the premiership.",
     facts(("nc", "proposes", "prachanda", "prime_minister", None, False, A)),
     facts(("prachanda", "role", None, "prime_minister", None, False, A))),
    ("the-oath-administered-to-ministers-from-a-party-puts-it-in", "Prachanda reshuffled his cabinet. President Ram "
     "Chandra Paudel administered the oath of office to new ministers from the Nepali Congress.",
     facts(("nc", "member", "ruling-coalition", None, None, True, A)), set()),
    ("leading-a-contingent-as-minister-is-being-minister", "Purna Bahadur Khadka has led the NC contingent as "
     "defence minister.", facts(("purna-bahadur-khadka", "role", None, "minister", None, True, A)), set()),
    ("the-party-after-a-pronoun-is-the-party-its-sentence-named", "Prachanda was in a pre-poll alliance with the "
     "Nepali Congress, but he quit later on after the party refused to back him for the premiership.",
     facts(("nc", "proposes", "prachanda", "prime_minister", None, False, A)),
     facts(("maoist", "proposes", "prachanda", "prime_minister", None, False, A))),
    ("open-to-joining-is-a-proposal", "The Janamat Party is open to joining the government led by the UML.",
     facts(("janamat", "member", "ruling-coalition", None, None, True, P)),
     facts(("janamat", "member", "ruling-coalition", None, None, True, A))),
    ("abandoning-a-bid-for-a-post-is-not-holding-it", "Oli has abandoned his bid to become prime minister.",
     facts(("oli", "role", None, "prime_minister", None, False, A)),
     facts(("oli", "role", None, "prime_minister", None, True, P))),
    ("giving-up-a-bid-for-a-post-is-not-holding-it", "Oli has given up his bid to become prime minister.",
     facts(("oli", "role", None, "prime_minister", None, False, A)), set()),
    ("the-head-of-governments-untitled-resignation-is-of-the-post", "Prachanda is expected to offer his "
     "resignation on Friday.", facts(("prachanda", "role", None, "prime_minister", None, False, H)), set()),
    ("ruling-out-taking-part-in-the-government-is-staying-out", "Rabi Lamichhane ruled out taking part in the "
     "government.", facts(("rsp", "member", "ruling-coalition", None, None, False, A)),
     facts(("rsp", "member", "ruling-coalition", None, None, True, A))),
    ("put-forward-to-lead-the-cabinet-is-proposed-as-its-head", "Oli has been put forward to lead a national "
     "unity cabinet.", facts(("oli", "role", None, "prime_minister", None, True, P)),
     facts(("oli", "role", None, "prime_minister", None, True, A))),
    ("a-clause-after-until-parsed-apart-is-still-pending", "The UML has remained adamant that it will not let "
     "the House meeting resume until PM Dahal resigns.", set(),
     facts(("prachanda", "role", None, "prime_minister", None, False, A))),
    ("staying-on-as-chief-minister-is-the-role", "Hikmat Karki of the UML stays on as chief minister of Koshi.",
     facts(("hikmat-karki", "role", None, "chief_minister", "koshi", True, A)), set()),
    ("remaining-a-minister-is-the-role", "Purna Bahadur Khadka will remain defence minister in the new government.",
     facts(("purna-bahadur-khadka", "role", None, "minister", None, True, A)), set()),
    ("taking-turns-as-prime-minister-is-holding-it-in-turn", "Oli and Deuba will take turns as prime minister for "
     "the rest of the term.", facts(("oli", "role", None, "prime_minister", None, True, A),
                                    ("deuba", "role", None, "prime_minister", None, True, A)), set()),
    ("the-prime-minister-untitled-before-is-the-configured-head", "On Friday the prime minister could not win the "
     "House's confidence.", facts(("prachanda", "vote", None, "confidence", None, False, A)), set()),
    ("refusing-to-re-appoint-someone-is-their-post-not-the-refusers", "Prime Minister Dahal refused to re-appoint "
     "Lamichhane as the home minister.", facts(("rabi-lamichhane", "role", None, "minister", None, False, A)),
     facts(("prachanda", "role", None, "minister", None, False, A))),
    ("support-a-chief-minister-receives-is-no-support-of-the-country", "Chief Minister Satish Kumar Singh is set "
     "to receive support from 25 UML lawmakers and 22 from the Nepali Congress.", set(),
     facts(("uml", "supports", "janamat", None, None, True, H), ("nc", "supports", "janamat", None, None, True, H))),
    ("joining-forces-with-a-party-is-a-deal", "The Janamat Party joined forces with the Nepali Congress.",
     facts(("janamat", "deal", "nc", None, None, True, A)), set()),
    ("ousted-as-prime-minister-is-the-post-lost", "Prachanda was ousted as prime minister on Friday.",
     facts(("prachanda", "role", None, "prime_minister", None, False, A)), set()),
    ("the-house-approving-a-government-is-its-heads-confidence", "The House approved the Oli government with "
     "188 votes.", facts(("oli", "vote", None, "confidence", None, True, A)), set()),
    ("a-cabinet-approving-a-plan-is-no-vote", "The cabinet led by Prachanda approved the budget on Friday.", set(),
     facts(("prachanda", "vote", None, "confidence", None, True, A))),
    ("heading-a-coalition-government-is-not-chairing-an-alliance", "Oli heads a coalition of four parties.",
     set(), facts(("oli", "role", "ruling-coalition", "chairperson", None, True, A))),
    ("a-coalition-of-one-party-with-another-is-their-deal", "Dahal announced a new coalition of the Maoists with "
     "the CPN-UML.", facts(("maoist", "deal", "uml", None, None, True, A)), set()),
    ("a-report-set-off-by-commas-before-the-clause-hedges-it", "It was after the dinner, the paper said, that "
     "the UML pulled its support from the Dahal government.",
     facts(("uml", "supports", "maoist", None, None, False, H)), facts(("uml", "supports", "maoist", None, None, False, A))),
    ("a-closing-according-to-is-the-sentences-source", "The Nepali Congress and the CPN-UML, the two biggest "
     "parties in the House, struck a deal overnight to form a new government and unseat Prime Minister Pushpa Kamal "
     "Dahal, according to media reports on Tuesday.",
     facts(("nc", "deal", "uml", None, None, True, H)), facts(("nc", "deal", "uml", None, None, True, A))),
    ("an-inverted-should-is-a-condition", "Should the government refuse to take back the land ordinance, the LSP "
     "will withdraw its support, Thakur said.", facts(("lsp", "supports", "maoist", None, None, False, "conditional")),
     facts(("lsp", "supports", "maoist", None, None, False, A))),
    ("if-need-be-is-a-condition", "The Janamat Party would, if need be, end its support for the government.",
     facts(("janamat", "supports", "maoist", None, None, False, "conditional")),
     facts(("janamat", "supports", "maoist", None, None, False, A))),
    ("a-decision-to-pull-support-then-shelved-leaves-the-support", "The Janamat Party had resolved to pull its "
     "support, but it has now shelved that decision at the request of its partners.",
     facts(("janamat", "supports", "maoist", None, None, True, A)),
     facts(("janamat", "supports", "maoist", None, None, False, A))),
    ("a-decision-put-on-hold-after-though-is-undone", "Though the Janamat Party had decided to pull its support, "
     "it has put the decision on hold.", facts(("janamat", "supports", "maoist", None, None, True, A)),
     facts(("janamat", "supports", "maoist", None, None, False, A))),
    ("a-decision-followed-by-another-step-stands", "The Janamat Party had decided to pull its support, but Oli "
     "called its leaders on Sunday.", facts(("janamat", "supports", "maoist", None, None, False, A)), set()),
    ("support-withdrawn-from-a-government-no-one-heads-in-the-text-is-from-the-configured-head", "The Janamat "
     "Party has decided to withdraw its support from the government.",
     facts(("janamat", "supports", "maoist", None, None, False, A)), set()),
]


@rows(NEPAL)
def test_nepal(nepal: ClaimExtractor, text: str, must: set, must_not: set) -> None:
    check(typed(nepal, text, date(2024, 7, 2)), must, must_not)


@rows(INDIA)
def test_india(india: ClaimExtractor, text: str, must: set, must_not: set) -> None:
    check(typed(india, text, date(2024, 1, 24)), must, must_not)


# After the story's results day (config: results_from 2024-06-04), published 2025-06-01
AFTER_RESULTS = [
    ("seats-contested-after-the-story-race-is-decided-are-another-race", "In Jharkhand the JMM and the Congress "
     "will contest 70 of the 81 seats together, leaving 11 for the RJD and the Left.", set(),
     facts(("jmm", "seats", None, "70", "jharkhand", True, A), ("inc", "seats", None, "70", "jharkhand", True, A),
           ("rjd", "seats", None, "11", "jharkhand", True, A))),
    ("could-win-after-the-results-is-a-result", "Together the SP and the BSP could win just 15 of the 80 seats, "
     "the SP getting five and the BSP ten.", set(),
     facts(("sp", "seats", None, "15", "uttar-pradesh", True, A), ("sp", "seats", None, "5", "uttar-pradesh", True, A),
           ("bsp", "seats", None, "10", "uttar-pradesh", True, A))),
]


@rows(AFTER_RESULTS)
def test_india_after_results(india: ClaimExtractor, text: str, must: set, must_not: set) -> None:
    check(typed(india, text, date(2025, 6, 1)), must, must_not)
