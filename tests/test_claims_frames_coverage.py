"""Constructions read in real coverage of both stories, as table rows in our own words.

Each row is a failure found on real articles kept outside the project (the INDIA bloc
and Nepal's coalition of 2024) and fixed in the engine; the rows keep them fixed.
Tuples are (subject, relation, object, value, place, polarity, modality); a deal
between two parties is written once, either way round.
"""

from __future__ import annotations

from datetime import date

from monitor.claims import ClaimExtractor
from tests.claims_tables import check, facts, rows, typed

A = "asserted"
H = "hedged"
P = "proposed"
GOV = "ruling-coalition"


# (id, text, facts that must be there, facts that must not)
INDIA = [
    ("a-long-list-of-those-on-the-stage", "The leaders seen on the dais at the INDIA bloc rally included "
     "Congress chief Mallikarjun Kharge, former presidents Sonia and Rahul Gandhi; NC leader Farooq Abdullah, "
     "Shiv Sena (UBT) chief Uddhav Thackeray; Left leaders Sitaram Yechury, D Raja; RJD's Tejashwi Yadav and "
     "TMC's Derek O'Brien.",
     facts(*((p, "attends", "india", "rally", None, True, A) for p in (
         "mallikarjun-kharge", "rahul-gandhi", "farooq-abdullah", "uddhav-thackeray", "sitaram-yechury",
         "tejashwi-yadav", "derek-obrien"))),
     facts(("rjd", "attends", "india", "rally", None, True, A), ("tmc", "attends", "india", "rally", None, True, A))),
    ("a-state-named-in-passing-is-not-where-a-regional-party-goes-alone", "Her many trips to Delhi to build a "
     "national profile came to nothing. Mamata Banerjee told a closed-door meeting of her party that the TMC would "
     "fight alone.", facts(("tmc", "deal", "india", None, "west-bengal", False, A)),
     facts(("tmc", "deal", "india", None, "delhi", False, A))),
    ("there-points-back-at-the-state-just-named", "In Madhya Pradesh the roles are reversed. The SP will fight "
     "one seat there, Khajuraho, and back the Congress in all the others.",
     facts(("sp", "seats", None, "1", "madhya-pradesh", True, A)), facts(("sp", "seats", None, "1", "uttar-pradesh", True, A))),
    ("denied-having-an-alliance-is-no-alliance", "The AAP will go alone in Punjab, Bhagwant Mann said. He flatly denied having "
     "any alliance with the Congress in Punjab.", facts(("aap", "deal", "inc", None, "punjab", False, A)),
     facts(("aap", "deal", "inc", None, "punjab", True, "denied"))),
    ("a-hint-whose-second-half-the-parser-hangs-on-the-hint", "In recent days Mamata Banerjee has indicated she "
     "is not keen on the INDIA bloc, and would be going it alone in the coming Lok Sabha polls.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, H)),
     facts(("tmc", "deal", "india", None, "west-bengal", False, A))),
    ("a-curly-possessive-is-the-party-he-leads", "The Trinamool Congress and Uddhav Thackeray\u2019s Shiv Sena "
     "(UBT) stayed away from the INDIA bloc meeting.", facts(("shs-ubt", "attends", "india", "meeting", None, False, A)),
     facts(("uddhav-thackeray", "attends", "india", "meeting", None, False, A))),
    ("a-second-clauses-subject-hung-on-the-first-clauses-object", "In Bihar the CPI(ML) will contest the "
     "three seats of Ara, Nalanda and Karakat, while the Communist of Party of India will contest the Begusarai "
     "seat and the Communist Party of India (Marxist) will contest the Khagaria seat.",
     facts(("cpiml", "seats", None, "3", "bihar", True, A), ("cpim", "seats", None, "1", "bihar", True, A)),
     facts(("cpiml", "seats", None, "1", "bihar", True, A))),
    ("a-states-seat-total-is-not-a-share", "Likewise, in Haryana's 10 Lok Sabha seats, the Congress will "
     "contest in 9, with the AAP taking the Kurukshetra seat.", facts(("inc", "seats", None, "9", "haryana", True, A)),
     facts(("inc", "seats", None, "10", "haryana", True, A))),
    ("leaders-including-a-broken-list-joined-the-gathering", "Rahul Gandhi flew into Patna on Sunday for the RJD's "
     "Jan Vishwas rally. Leaders including RJD chief Lalu Prasad, his son and political heir Tejashwi Yadav, the "
     "CPI(M)'s general secretary Sitaram Yechury and D Raja, general secretary of the CPI, joined the gathering.",
     facts(("lalu-prasad", "attends", "rjd", "rally", None, True, A), ("sitaram-yechury", "attends", "rjd", "rally", None, True, A),
           ("d-raja", "attends", "rjd", "rally", None, True, A)), set()),
    ("rejected-the-seat-sharing-formula-is-no-deal", "The JMM on Wednesday turned its back on the Congress: it "
     "rejected the seat-sharing formula with the Congress in Jharkhand.",
     facts(("jmm", "deal", "inc", None, "jharkhand", False, A)), facts(("jmm", "deal", "inc", None, "jharkhand", False, "denied"))),
    ("rejecting-a-deal-is-no-deal-not-a-denied-report", "The JMM rejected the seat-sharing deal with the Congress.",
     facts(("jmm", "deal", "inc", None, "jharkhand", False, A)), facts(("jmm", "deal", "inc", None, "jharkhand", False, "denied"))),
    ("a-meeting-going-on-as-the-article-is-written", "Leaders of the INDIA bloc are currently engaged in a "
     "virtual meeting on seat sharing.", facts(("india", "meeting", None, "2024-01-24", None, True, A)), set()),
    ("a-meeting-being-planned-has-no-date", "Leaders of the INDIA bloc are planning a virtual meeting on seat "
     "sharing.", set(), facts(("india", "meeting", None, "2024-01-24", None, True, A))),
    ("a-number-in-a-clause-under-the-object-is-not-the-seats-given", "Mamata Banerjee gave the Congress a "
     "fresh scare, saying the party would not even win 40 seats in the Lok Sabha polls.", set(),
     facts(("inc", "seats", None, "40", None, True, A), ("inc", "seats", None, "40", "west-bengal", True, A))),
    ("a-regional-alliance-named-before-does-not-take-another-states-seats", "In Maharashtra the MVA parties are "
     "close to a deal. In Bihar the RJD will contest 26 seats and the Congress nine.",
     facts(("rjd", "deal", "inc", None, "bihar", True, A)),
     facts(("rjd", "deal", "mva", None, "bihar", True, A), ("inc", "deal", "mva", None, "bihar", True, A))),
    ("an-unnamed-source-around-a-named-speakers-words", "\u201cMamata Banerjee was invited. But she told "
     "Kalpana Soren that she is busy campaigning and that the TMC will be represented at the rally,\u201d a senior "
     "Trinamool Congress leader said.", facts(("tmc", "attends", "india", "rally", None, True, H)),
     facts(("tmc", "attends", "india", "rally", None, True, A))),
    ("the-state-of-the-same-sentence-before-the-one-before", "Mamata Banerjee has shown no interest in a deal "
     "with the Congress in Bengal. Nothing is settled on the SP's seat sharing with the Congress in Uttar Pradesh, "
     "which sends 80 MPs to the Lok Sabha \u2014 the SP has named 11 seats the Congress will contest.",
     facts(("inc", "seats", None, "11", "uttar-pradesh", True, A)), facts(("inc", "seats", None, "11", "west-bengal", True, A))),
    ("all-its-candidates-are-its-seats-and-a-trailing-state-sets-no-scene", "The TMC would also contest two to "
     "four seats in Assam, sources said. With the Trinamool announcing all 42 candidates, the Congress is now "
     "finalising a deal with the Left.", facts(("tmc", "seats", None, "42", "west-bengal", True, A)),
     facts(("tmc", "seats", None, "42", "assam", True, A))),
    ("two-parties-refusing-the-same-partner-is-no-alliance-wide-deal", "Rahul Gandhi spoke in Delhi. The TMC "
     "and the AAP have already refused to share seats with the Congress in their states.",
     facts(("tmc", "deal", "inc", None, "west-bengal", False, A)),
     facts(("tmc", "deal", "india", None, "west-bengal", False, A), ("inc", "deal", "india", None, "west-bengal", False, A))),
    ("partners-elsewhere-but-fierce-contenders-in-a-state", "Rahul Gandhi filed his papers in Wayanad. The CPI and "
     "the Congress sit together in the INDIA bloc, but the two parties are bitter rivals in Kerala, with both "
     "fielding their strongest candidates.", facts(("cpi", "deal", "inc", None, "kerala", False, A)),
     facts(("cpi", "deal", "inc", None, "kerala", True, A))),
    ("a-short-form-in-brackets-inside-the-noun-phrase", "The coming Indian National Developmental Inclusive "
     "Alliance (INDIA) bloc rally in Ranchi on April 21 is seen as Kalpana Soren's effort.",
     facts(("india", "rally", None, "2024-04-21", "ranchi", True, A)), set()),
    ("only-after-makes-a-condition", "Akhilesh Yadav has said he would join Rahul Gandhi's Nyay Yatra only after "
     "the seat-sharing agreement was finalised.", facts(("akhilesh-yadav", "attends", "inc", "yatra", None, True, "conditional")),
     facts(("akhilesh-yadav", "attends", "inc", "yatra", None, True, A))),
    ("by-itself-is-going-alone", "Mehbooba Mufti said on Wednesday that her Peoples Democratic Party (PDP) will "
     "contest the Lok Sabha polls by itself in Kashmir.", facts(("pdp", "deal", "india", None, "jammu-kashmir", False, A)), set()),
    ("strong-enough-to-fight-alone-is-no-plan", "Rahul Gandhi spoke. Adhir Ranjan Chowdhury said the Congress was "
     "strong enough to fight the polls by itself in Bengal.", set(),
     facts(("inc", "deal", "india", None, "west-bengal", False, A))),
    ("a-range-of-seats", "Mamata Banerjee spoke. Sources said the TMC would also contest 2-4 seats in Assam.",
     facts(("tmc", "seats", None, "2-4", "assam", True, H)), facts(("tmc", "seats", None, "4", "assam", True, H))),
    ("the-state-is-the-home-of-the-party-the-sentence-names", "Mamata Banerjee of West Bengal spoke first. Punjab "
     "Chief Minister Bhagwant Mann said the AAP would contest all 13 seats in the state. Earlier in the day, "
     "Mamata said that her party would contest the Lok Sabha elections alone in the State.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, A)), facts(("tmc", "deal", "india", None, "punjab", False, A))),
    ("an-alliance-that-includes-parties-is-no-attendance", "The INDIA bloc includes the SP and the Congress, and "
     "its leaders include Mallikarjun Kharge.", set(),
     facts(("mallikarjun-kharge", "attends", "india", "meeting", None, True, A),
           ("sp", "attends", "india", "meeting", None, True, A))),
    ("a-deal-named-in-an-adjunct-is-at-the-regional-partys-home",
     "Ahead of the Lok Sabha polls, after a meeting on Wednesday, an agreement was reached on seat sharing "
     "in the alliance between the SP and the Congress.",
     facts(("sp", "deal", "inc", None, "uttar-pradesh", True, A)), facts(("sp", "deal", "inc", None, None, True, A))),
    ("the-national-level-takes-no-state", "Mamata Banerjee toured West Bengal. A BJP leader said the alliance "
     "between the Congress and the Trinamool Congress at the national level is unnatural.",
     facts(("tmc", "deal", "inc", None, None, True, H)), facts(("tmc", "deal", "inc", None, "west-bengal", True, H))),
    ("an-offer-that-could-be-made-is-a-hint", "Mamata Banerjee spoke in Kolkata. The TMC could offer the "
     "Congress two seats.", facts(("inc", "seats", None, "2", "west-bengal", True, H)),
     facts(("inc", "seats", None, "2", "west-bengal", True, P))),
    ("an-offer-intended-is-a-hint", "Mamata Banerjee spoke in Kolkata. The TMC intends to offer only two seats "
     "to the Congress.", facts(("inc", "seats", None, "2", "west-bengal", True, H)), set()),
    ("yet-to-agree-is-talks-not-no-deal", "The SP, the RLD and the Congress are yet to reach an agreement on "
     "seat sharing.", set(), facts(("sp", "deal", "rld", None, "uttar-pradesh", False, A))),
    ("not-yet-agreed-is-talks-not-no-deal", "The SP, the RLD and the Congress have not yet reached an agreement "
     "on seat sharing.", set(), facts(("sp", "deal", "rld", None, "uttar-pradesh", False, A))),
    ("no-agreement-reached-is-no-deal", "The SP and the RLD have not reached an agreement on seat sharing.",
     facts(("sp", "deal", "rld", None, "uttar-pradesh", False, A)), set()),
    ("not-yet-quit-is-still-a-member", "The JD(U) has not yet quit the INDIA bloc.",
     facts(("jdu", "member", "india", None, None, True, A)), set()),
    ("present-at-the-meeting-of-the-alliance-named-before", "A meeting of the Maha Vikas Aghadi is being held "
     "in Mumbai today. Uddhav Thackeray and Sanjay Raut will be present.",
     facts(("uddhav-thackeray", "attends", "mva", "meeting", None, True, A),
           ("sanjay-raut", "attends", "mva", "meeting", None, True, A)),
     facts(("uddhav-thackeray", "attends", "india", "meeting", None, True, A))),
    ("a-deadline-in-a-with-clause-is-not-the-meetings-date", "The INDIA bloc met in New Delhi on Tuesday. "
     "The meeting put seat sharing on top of its agenda, with the TMC insisting on December 31 as the deadline.",
     set(), facts(("india", "meeting", None, "2024-12-31", None, True, A), ("india", "meeting", None, "2023-12-31", None, True, A))),
    ("a-dalit-face-is-no-pm-face", "Mamata Banerjee argued that Mallikarjun Kharge is a credible Dalit face.",
     set(), facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, A))),
    ("the-blocs-face-is-its-pm-face", "Mamata Banerjee put forward Mallikarjun Kharge as the INDIA bloc's face.",
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, P)), set()),
    ("it-is-being-told-is-hearsay", "Rahul Gandhi spoke. It is being told that the Congress has been given 17 "
     "seats in Uttar Pradesh.", facts(("inc", "seats", None, "17", "uttar-pradesh", True, H)),
     facts(("inc", "seats", None, "17", "uttar-pradesh", True, A))),
    ("it-was-announced-is-said", "Rahul Gandhi spoke. It was announced that the Congress will contest 17 seats "
     "in Uttar Pradesh.", facts(("inc", "seats", None, "17", "uttar-pradesh", True, A)), set()),
    ("my-party-is-the-speakers", "\"My party will go alone,\" Mamata Banerjee said.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, A)), set()),
    ("we-will-not-have-an-alliance", "Rahul Gandhi spoke. \"We will not have an electoral alliance with the "
     "Congress,\" AAP leader Bhagwant Mann said.", facts(("aap", "deal", "inc", None, None, False, A)), set()),
    ("a-public-meeting-is-a-rally", "The INDIA bloc's coordination committee met on Tuesday. \"The first public "
     "meeting of the alliance will be held in Bhopal in the first week of February,\" the joint statement said.",
     facts(("india", "rally", None, "2024-02-early", "bhopal", True, A)),
     facts(("india", "meeting", None, "2024-02-early", "bhopal", True, A))),
    ("attending-a-public-meeting-is-attending-a-rally", "Mamata Banerjee will attend the INDIA bloc's public "
     "meeting in Bhopal.", facts(("mamata-banerjee", "attends", "india", "rally", None, True, A)), set()),
    ("announced-plans-are-what-will-be-done", "The Trinamool Congress has announced plans to fight the poll "
     "battle alone in Bengal.", facts(("tmc", "deal", "india", None, "west-bengal", False, A)), set()),
    ("plans-weighed-are-a-possibility", "The Trinamool Congress is weighing plans to fight alone in Bengal.",
     facts(("tmc", "deal", "india", None, "west-bengal", False, H)), set()),
    ("seats-not-left-is-a-quarrel-not-no-deal", "Rahul Gandhi spoke. Akhilesh Yadav was upset after the Congress "
     "did not leave the desired seats for the SP.", set(), facts(("inc", "deal", "sp", None, None, False, A))),
    ("constituencies-named-are-counted", "Omar Abdullah spoke. While the NC will field candidates in the Anantnag, "
     "Baramulla and Srinagar constituencies, the Congress will contest the Udhampur, Jammu and Ladakh seats.",
     facts(("nc", "seats", None, "3", "jammu-kashmir", True, A)),
     facts(("nc", "seats", None, "3", "ladakh", True, A), ("inc", "seats", None, "3", "ladakh", True, A),
           ("inc", "seats", None, "3", "jammu-kashmir", True, A))),
    ("two-seats-named", "The AAP will contest the Bharuch and Bhavnagar seats in Gujarat.",
     facts(("aap", "seats", None, "2", "gujarat", True, A)), set()),
    ("wanting-no-arrangement-is-refusing-one", "Omar Abdullah spoke. The NC refused: it wanted no arrangement "
     "with the PDP.", facts(("nc", "deal", "pdp", None, "jammu-kashmir", False, A)),
     facts(("nc", "deal", "pdp", None, "jammu-kashmir", False, P))),
    ("a-date-ending-the-sentence-is-not-the-adjuncts", "After the INDIA alliance coordination committee meeting, "
     "SP leader Javed Ali Khan said: \"A public meeting of the alliance will be held in Bhopal in the first week of "
     "February.\"", facts(("india", "rally", None, "2024-02-early", "bhopal", True, A)),
     facts(("india", "meeting", None, "2024-02-early", None, True, A))),
    ("rivals-seat-lists-are-no-deal", "The TMC has announced candidates for all 42 seats in West Bengal and the "
     "BJP for 20 constituencies.", facts(("tmc", "seats", None, "42", "west-bengal", True, A)),
     facts(("bjp", "deal", "tmc", None, "west-bengal", True, A))),
    ("an-offer-made-is-proposed", "Mamata Banerjee spoke in Kolkata. The TMC offered only two seats to the "
     "Congress.", facts(("inc", "seats", None, "2", "west-bengal", True, P)), set()),
    ("a-meeting-someone-calls-later-is-another", "The first opposition meeting was held in Patna. The RJD, the "
     "JMM and the CPI had attended the first meeting. The BJP has called a meeting of the ruling NDA in Delhi on "
     "Tuesday.", facts(("rjd", "attends", "india", "meeting", None, True, A),
                        ("jmm", "attends", "india", "meeting", None, True, A)),
     facts(("rjd", "attends", "bjp", "meeting", None, True, A))),
    ("a-list-the-parser-tangles-is-read-along-the-words", "Rahul Gandhi spoke. Leaders of the Janata Dal (United), "
     "Communist Party of India (Marxist), Samajwadi Party, National Conference and Rashtriya Lok Dal attended the "
     "meeting of the INDIA bloc.", facts(("jdu", "attends", "india", "meeting", None, True, A),
                                         ("cpim", "attends", "india", "meeting", None, True, A),
                                         ("sp", "attends", "india", "meeting", None, True, A),
                                         ("nc", "attends", "india", "meeting", None, True, A),
                                         ("rld", "attends", "india", "meeting", None, True, A)), set()),
    ("sent-in-her-place-after-skipping", "Uddhav Thackeray did not attend the INDIA bloc meeting but sent "
     "Sanjay Raut.", facts(("uddhav-thackeray", "delegates", "sanjay-raut", None, None, True, A),
                          ("uddhav-thackeray", "attends", "india", "meeting", None, False, A)), set()),
    ("sent-to-the-meeting", "Mamata Banerjee sent Abhishek Banerjee to the INDIA bloc meeting.",
     facts(("mamata-banerjee", "delegates", "abhishek-banerjee", None, None, True, A)), set()),
    ("a-letter-sent-is-no-delegate", "Mamata Banerjee sent Abhishek Banerjee a letter about the INDIA bloc.",
     set(), facts(("mamata-banerjee", "delegates", "abhishek-banerjee", None, None, True, A))),
    ("seeking-votes-is-campaigning-not-a-confidence-vote", "Arvind Kejriwal spoke about Narendra Modi. He is "
     "seeking votes across the country.", set(),
     facts(("narendra-modi", "faces_vote", None, "confidence", None, True, A),
           ("arvind-kejriwal", "faces_vote", None, "confidence", None, True, A))),
    ("a-meeting-dated-by-its-participle-in-a-sentence-naming-no-one", "Rahul Gandhi spoke after the INDIA bloc "
     "meeting. A total of 28 political parties participated in the meeting held at Hotel Ashok on "
     "Tuesday.", facts(("india", "meeting", None, "2024-01-23", None, True, A)), set()),
    ("a-dated-meeting-the-text-never-named-before-is-not-read-without-a-name", "Rahul Gandhi spoke at the INDIA "
     "bloc press conference. A total of 28 political parties participated in the meeting held at Hotel Ashok on "
     "Tuesday.", set(), facts(("india", "meeting", None, "2024-01-23", None, True, A))),
    ("a-meeting-scheduled-for-a-day-then-postponed-is-not-then", "Rahul Gandhi spoke. The INDIA bloc meeting "
     "scheduled for Thursday was postponed.", facts(("india", "meeting", None, "2024-01-25", None, False, A),
                                                    ("india", "meeting_status", None, "postponed", None, True, A)),
     facts(("india", "meeting", None, "2024-01-18", None, False, A),
           ("india", "meeting", None, "2024-01-25", None, True, A))),
    ("where-the-participle-holds-the-meeting", "Rahul Gandhi spoke at the INDIA bloc press conference. The second "
     "meeting is due in March. The first Opposition meeting held on January 13 in Patna was attended by leaders of 15 parties.",
     facts(("india", "meeting", None, "2024-01-13", "patna", True, A)),
     facts(("india", "meeting", None, "2024-01-13", None, True, A))),
    ("someones-choice-for-a-role-is-proposed", "\"Rahul Gandhi is my choice to be Prime Minister,\" Mallikarjun "
     "Kharge told reporters about the INDIA bloc.", facts(("rahul-gandhi", "role", None, "prime_minister", None, True, P)),
     facts(("rahul-gandhi", "role", None, "prime_minister", None, True, A))),
    ("going-alone-is-from-the-own-alliance-not-one-a-relative-clause-names", "The bloc is reeling from Mamata "
     "Banerjee's declaration that her party will go solo in West Bengal and from the loss of Nitish Kumar, who "
     "switched to the BJP-led NDA last month.", facts(("tmc", "deal", "india", None, "west-bengal", False, A)),
     facts(("tmc", "deal", "nda", None, "west-bengal", False, A))),
    ("the-state-before-a-place-named-after-it-is-the-earlier-state", "Arvind Kejriwal said the AAP will go alone "
     "in Punjab. The AAP will contest all 13 seats in the state and one in Chandigarh.",
     facts(("aap", "seats", None, "13", "punjab", True, A), ("aap", "seats", None, "1", "chandigarh", True, A)),
     facts(("aap", "seats", None, "13", "chandigarh", True, A))),
    ("a-speakers-title-names-no-place-of-the-seats", "The AAP will go alone in Punjab, Kejriwal said. On Saturday, "
     "Delhi Chief Minister Arvind Kejriwal said the AAP will declare its candidates for all 13 seats.",
     facts(("aap", "seats", None, "13", "punjab", True, A)), facts(("aap", "seats", None, "13", "delhi", True, A))),
    ("seats-one-party-gives-are-each-a-deal-with-the-giver", "Chennai: The DMK has allotted 10 seats to the "
     "Congress, 2 seats to the CPI, 1 seat to the Indian Union Muslim League and 2 seats to the VCK.",
     facts(("dmk", "deal", "inc", None, "tamil-nadu", True, A), ("cpi", "deal", "dmk", None, "tamil-nadu", True, A),
           ("iuml", "deal", "dmk", None, "tamil-nadu", True, A), ("vck", "deal", "dmk", None, "tamil-nadu", True, A)),
     facts(("cpi", "deal", "india", None, "tamil-nadu", True, A), ("inc", "deal", "india", None, "tamil-nadu", True, A))),
    ("a-desire-expressed-to-contest-is-proposed", "The AAP has expressed its desire to contest four Lok Sabha "
     "seats in Assam.", facts(("aap", "seats", None, "4", "assam", True, P)),
     facts(("aap", "seats", None, "4", "assam", True, A))),
    ("insisting-on-contesting-is-proposed", "The Trinamool Congress has insisted on contesting five seats in Assam.",
     facts(("tmc", "seats", None, "5", "assam", True, P)), facts(("tmc", "seats", None, "5", "assam", True, A))),
    ("their-desire-is-the-subjects", "The AAP leaders have expressed their desire to contest four Lok Sabha seats "
     "in Assam.", facts(("aap", "seats", None, "4", "assam", True, P)), set()),
    ("the-alliance-whose-partners-seal-it", "The MVA partners, the Shiv Sena (UBT), the Congress and the NCP (SP), "
     "are believed to have sealed the seat-sharing agreement in Maharashtra.",
     facts(("shs-ubt", "deal", "mva", None, "maharashtra", True, H), ("inc", "deal", "mva", None, "maharashtra", True, H),
           ("ncp-sp", "deal", "mva", None, "maharashtra", True, H)),
     facts(("inc", "deal", "india", None, "maharashtra", True, H))),
    ("partners-listed-after-their-place", "Mumbai: The Maha Vikas Aghadi (MVA) partners in Maharashtra, the Shiv Sena "
     "- Uddhav Balasaheb Thackeray (SS-UBT), Congress, and the NCP - Sharadchandra Pawar (NCP-SP) are believed to "
     "have sealed the seat-sharing agreement in Maharashtra for the Lok Sabha elections.",
     facts(("shs-ubt", "deal", "mva", None, "maharashtra", True, H), ("ncp-sp", "deal", "mva", None, "maharashtra", True, H)),
     set()),
    ("keen-on-contesting-is-proposed-and-the-subjects", "Rahul Gandhi spoke. The SP is keen on contesting 65 seats "
     "in Uttar Pradesh.", facts(("sp", "seats", None, "65", "uttar-pradesh", True, P)),
     facts(("sp", "seats", None, "65", "uttar-pradesh", True, A))),
    ("eager-to-contest-is-proposed", "Rahul Gandhi spoke. The SP is eager to contest 65 seats in Uttar Pradesh.",
     facts(("sp", "seats", None, "65", "uttar-pradesh", True, P)), set()),
    ("joining-the-alliance-with-a-party-is-a-deal-with-it", "Rashtriya Lok Dal chief Jayant Chaudhary has confirmed "
     "that he will be joining the alliance with the BJP in Uttar Pradesh for the general elections.",
     facts(("rld", "deal", "bjp", None, "uttar-pradesh", True, A)), set()),
    ("released-from-jail-is-no-longer-arrested", "A day after being released from Tihar Jail on interim bail, Delhi "
     "Chief Minister Arvind Kejriwal claimed the INDIA bloc would win.",
     facts(("arvind-kejriwal", "arrested", None, None, None, False, A)),
     facts(("arvind-kejriwal", "arrested", None, None, None, True, A))),
    ("talks-that-fell-through-are-no-deal", "Rahul Gandhi spoke. Seat-sharing talks between the SP and the Congress "
     "have fallen through.", facts(("inc", "deal", "sp", None, "uttar-pradesh", False, A)), set()),
    ("talks-going-on-are-nothing-yet", "Rahul Gandhi spoke. Talks between the TMC and the Congress are continuing.",
     set(), facts(("inc", "deal", "tmc", None, "west-bengal", False, A))),
    ("talks-fallen-through-under-a-headline-word", "Lok Sabha elections news: Seat-sharing talks between the "
     "Mallikarjun Kharge-led Congress and Akhilesh Yadav-led Samajwadi Party (SP) have fallen through.",
     facts(("inc", "deal", "sp", None, "uttar-pradesh", False, A)), facts(("inc", "deal", "sp", None, None, False, A))),
    ("seats-after-another-race-are-that-races", "Sitaram Yechury spoke about the INDIA bloc. INDIA bloc parties are "
     "contesting against each other in the assembly elections in five states. The CPI(M) will contest three seats "
     "in Chhattisgarh.", set(), facts(("cpim", "seats", None, "3", "chhattisgarh", True, A))),
    ("seats-after-the-storys-race-is-named-again-count", "The assembly elections are over. For the Lok Sabha "
     "elections, the talks go on. The SP will contest 65 seats in Uttar Pradesh.",
     facts(("sp", "seats", None, "65", "uttar-pradesh", True, A)), set()),
    ("accused-of-joining-hands-is-the-accused-and-the-accusers-claim", "Mamata Banerjee spoke. She had accused the "
     "Congress of joining hands with the CPI(M) to assist the BJP.", facts(("cpim", "deal", "inc", None, None, True, H)),
     facts(("cpim", "deal", "tmc", None, None, True, A), ("cpim", "deal", "inc", None, None, True, A),
           ("cpim", "deal", "tmc", None, "west-bengal", True, A))),
    ("rallies-planned-are-not-the-event-a-dais-points-back-at", "One resolution says the INDIA parties will hold "
     "public rallies across the country. Another says they will coordinate their campaigns. The resolutions were "
     "read out from the dais where Congress president Mallikarjun Kharge and NCP president Sharad Pawar were "
     "present.", set(),
     facts(("mallikarjun-kharge", "attends", "india", "rally", None, True, A),
           ("sharad-pawar", "attends", "india", "rally", None, True, A))),
    ("withdrawn-from-the-bloc-in-one-state-is-no-deal-there", "Rahul Gandhi spoke. The Trinamool Congress withdrew "
     "from the INDIA bloc in West Bengal in January.", facts(("tmc", "deal", "india", None, "west-bengal", False, A)),
     facts(("tmc", "member", "india", None, None, False, A))),
    ("a-state-front-left-is-left-whole", "Nitish Kumar said he has submitted his resignation to the Bihar Governor and "
     "severed all ties with the Mahagathbandhan.", facts(("jdu", "member", "mgb", None, None, False, A)),
     facts(("jdu", "deal", "mgb", None, "bihar", False, A))),
    ("proposed-as-the-opposition-blocs-candidate", "Mamata Banerjee on Tuesday proposed Mallikarjun Kharge's name as "
     "the opposition INDIA bloc's PM candidate.",
     facts(("mamata-banerjee", "proposes", "mallikarjun-kharge", "pm_candidate", None, True, A),
           ("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, P)), set()),
    ("the-front-runner-for-a-post-is-hedged", "Congress President Mallikarjun Kharge, according to sources, is the "
     "front-runner for the INDIA chairperson's post.",
     facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, H)),
     facts(("mallikarjun-kharge", "role", "india", "chairperson", None, True, A))),
    ("in-contention-for-a-post-is-hedged", "Bihar Chief Minister Nitish Kumar and West Bengal CM Mamata Banerjee are in "
     "contention for the INDIA bloc convenor's post.", facts(("nitish-kumar", "role", "india", "convenor", None, True, H),
                                                               ("mamata-banerjee", "role", "india", "convenor", None, True, H)),
     set()),
    ("he-after-a-quote-is-who-was-quoted", "\"Rahul Gandhi is my choice to be Prime Minister,\" Mallikarjun Kharge "
     "told NDTV. He also rubbished talk that he could be a PM candidate of the INDIA bloc.",
     facts(("mallikarjun-kharge", "role", "india", "pm_candidate", None, True, "denied")),
     facts(("rahul-gandhi", "role", "india", "pm_candidate", None, True, "denied"))),
    ("an-agreement-reached-between-two-parties", "Rahul Gandhi spoke. A seat-sharing agreement reached between the AAP "
     "and the Congress covers Goa.", facts(("aap", "deal", "inc", None, "goa", True, A)), set()),
    ("a-list-of-titled-names", "Rahul Gandhi will end the yatra with a rally in Mumbai. The rally is seen as a show "
     "of strength for the INDIA bloc, with Tamil Nadu Chief Minister MK Stalin, RJD leader Tejashwi Yadav and SP "
     "chief Akhilesh Yadav expected to attend.", facts(("mk-stalin", "attends", "india", "rally", None, True, H),
                                                        ("tejashwi-yadav", "attends", "india", "rally", None, True, H),
                                                        ("akhilesh-yadav", "attends", "india", "rally", None, True, H)),
     set()),
    ("a-dash-typeset-for-a-hyphen-in-a-name", "Leaders of the Congress, Communist Party of India "
     "(Marxist\u2013Leninist) Liberation, Jharkhand Mukti Morcha and Rashtriya Lok Dal attended the INDIA bloc "
     "meeting.", facts(("cpiml", "attends", "india", "meeting", None, True, A),
                       ("jmm", "attends", "india", "meeting", None, True, A)),
     facts(("cpi", "attends", "india", "meeting", None, True, A))),
]

NEPAL = [
    ("to-undergo-a-floor-test-is-to-face-a-vote", "Chief Minister Shalikram Jamkattel spoke. As per the "
     "Constitution, he will now have to undergo a floor test within 30 days.",
     facts(("shalikram-jamkattel", "faces_vote", None, "confidence", None, True, H)), set()),
    ("a-partys-title-before-a-name-is-no-list-item", "The development came after Nepali Congress President Sher "
     "Bahadur Deuba and the CPN-UML inked a midnight power-sharing deal to form a new government.",
     facts(("nc", "deal", "uml", None, None, True, A)), facts(("nc", "deal", GOV, None, None, True, A))),
    ("voted-in-support-of-the-government-of-a-titled-leader", "Prime Minister (PM) Pushpa Kamal Dahal has passed the "
     "floor test.\n\nThe five parties in the ruling coalition--CPN-UML, CPN (Maoist Center) and Rastriya Swatantra "
     "Party (RSP)--all voted in support of the government.",
     facts(("uml", "supports", "maoist", None, None, True, A), ("rsp", "supports", "maoist", None, None, True, A)),
     set()),
    ("trying-to-ally-is-an-attempt-hedged", "Upendra Yadav was trying to ally with the opposition Nepali Congress.",
     facts(("jsp", "deal", "nc", None, None, True, H)), facts(("jsp", "deal", "nc", None, None, True, A))),
    ("returned-without-resigning-is-still-in", "The RSP ministers returned without resigning on the request of "
     "Prime Minister Pushpa Kamal Dahal.", facts(("rsp", "member", GOV, None, None, True, A)),
     facts(("rsp", "member", GOV, None, None, False, A))),
    ("a-claim-staked-to-a-post-is-proposed", "UML leader Hikmat Karki has staked a claim for the post of Chief "
     "Minister in Koshi Province.", facts(("hikmat-karki", "role", None, "chief_minister", "koshi", True, P)),
     facts(("hikmat-karki", "role", None, "chief_minister", "koshi", True, A))),
    ("ministers-representing-a-party-are-the-party", "Six ministers representing the Nepali Congress in the "
     "Bagmati province government have resigned.", facts(("nc", "deal", GOV, None, "bagmati", False, A)), set()),
    ("a-plural-title-lists-its-holders", "The two Deputy Prime Ministers are Narayankaji Shrestha and Rabi "
     "Lamichhane.", facts(("narayan-kaji-shrestha", "role", None, "deputy_prime_minister", None, True, A),
                          ("rabi-lamichhane", "role", None, "deputy_prime_minister", None, True, A)), set()),
    ("a-title-named-as-its-holder", "The Prime Minister is Pushpa Kamal Dahal.",
     facts(("prachanda", "role", None, "prime_minister", None, True, A)), set()),
    ("ministers-counted-from-each-party-after-an-apposition", "On Wednesday, Prachanda appointed four ministers "
     "from his party, the CPN (Maoist Centre), seven from the CPN-UML, three from the Rastriya Swatantra Party and "
     "two from the CPN (Unified Socialist).", facts(("uml", "member", GOV, None, None, True, A),
                                                   ("rsp", "member", GOV, None, None, True, A),
                                                   ("us", "member", GOV, None, None, True, A)), set()),
    ("a-sitting-of-a-house-is-no-coalition-meeting", "The Chief Minister of Madhesh, Saroj Kumar Yadav, has lost "
     "the vote of confidence. After failing to garner a vote of confidence in the meeting held in the Madhesh "
     "Provincial Assembly on Wednesday, Yadav had to step down.", set(),
     facts(("ruling-coalition", "meeting", None, "2024-07-03", "madhesh", True, A),
           ("ruling-coalition", "meeting", None, "2024-07-03", None, True, A))),
    ("a-former-title-is-not-who-the-title-now-means", "Nepal Prime Minister Pushpa Kamal Dahal inducted 16 new "
     "ministers. Dahal forged a new alliance with the CPN-UML led by former premier KP Sharma Oli on Monday. "
     "After the change in coalition, the prime minister must take a vote of confidence within 30 days.",
     facts(("prachanda", "faces_vote", None, "confidence", None, True, P)),
     facts(("oli", "faces_vote", None, "confidence", None, True, P))),
    ("federal-politics-takes-no-province", "Chief Minister Satish Singh of the Madhesh provincial government "
     "suspended his ministers. This follows the shift in federal political dynamics, where the CPN-UML ended "
     "its alliance with the Maoist Center and formed a coalition with the Nepali Congress.",
     facts(("uml", "deal", "nc", None, None, True, A), ("uml", "deal", "maoist", None, None, False, A)),
     facts(("uml", "deal", "nc", None, "madhesh", True, A))),
    ("joining-a-provinces-government-is-a-deal-there-with-its-leader", "The Nepali Congress will now join the "
     "UML-led government in Koshi.", facts(("nc", "deal", "uml", None, "koshi", True, A)),
     facts(("nc", "member", GOV, None, None, True, A))),
    ("quitting-a-provinces-government-is-no-deal-there", "The Maoist Centre has quit the Koshi province government.",
     facts(("maoist", "deal", GOV, None, "koshi", False, A)), facts(("maoist", "member", GOV, None, None, False, A))),
    ("a-state-government-unnamed-says-nothing", "The Maoist Centre has quit the state government.", set(),
     facts(("maoist", "member", GOV, None, None, False, A))),
    ("quitting-the-government-is-leaving-the-coalition", "The Maoist Centre has quit the government.",
     facts(("maoist", "member", GOV, None, None, False, A)), set()),
    ("their-meeting-is-the-two-mens", "Prime Minister Pushpa Kamal Dahal asked KP Sharma Oli about the "
     "agreement during their meeting on Tuesday morning.", set(),
     facts(("ruling-coalition", "meeting", None, "2024-07-02", None, True, A))),
    ("voted-against-him-is-the-prime-ministers-loss", "Speaker Devraj Ghimire announced the result. In all, 194 "
     "lawmakers voted against him, which led to Prime Minister Pushpa Kamal Dahal's defeat, the Speaker said. The "
     "Nepali Congress has 88 members and the UML 79, and both parties voted against him.",
     facts(("nc", "supports", "maoist", None, None, False, A), ("uml", "supports", "maoist", None, None, False, A)),
     facts(("nc", "supports", "uml", None, None, False, A))),
    ("served-as-then-resigned-is-out", "Previously, Shalikram Jamkattel of the Maoist Center served as Chief "
     "Minister but resigned on Sunday.", facts(("shalikram-jamkattel", "role", None, "chief_minister", None, False, A)),
     facts(("shalikram-jamkattel", "role", None, "chief_minister", None, True, A))),
    ("a-title-hung-on-the-verb-before-its-subject", "Prime Minister Pushpa Kamal Dahal spoke. The meeting has "
     "decided that PM Dahal will not resign immediately.", facts(("prachanda", "role", None, "prime_minister", None, True, A)),
     set()),
    ("withdrawn-from-a-provinces-government-led-by-someones-party", "Previously aligned with the JSP's Saroj Kumar "
     "Yadav's administration, both the UML and the Maoist Center have withdrawn from the Madhesh government.",
     facts(("uml", "deal", "jsp", None, "madhesh", False, A), ("maoist", "deal", "jsp", None, "madhesh", False, A)),
     facts(("uml", "deal", "maoist", None, "madhesh", True, A))),
    ("with-someone-becoming-prime-minister-first", "KP Sharma Oli and Sher Bahadur Deuba signed an agreement. "
     "UML and NC will take turns to lead the government for the remaining term of the House of Representatives "
     "with Oli becoming the prime minister (PM) first.", facts(("oli", "role", None, "prime_minister", None, True, A)), set()),
    ("a-title-sworn-into", "Nepal's newly appointed Prime Minister KP Sharma Oli has taken the oath of office.",
     facts(("oli", "role", None, "prime_minister", None, True, A)), set()),
    ("lost-the-support-of-an-ally", "Prachanda had to seek a fresh vote of confidence after he lost the support of his "
     "former partner, the Nepali Congress.", facts(("nc", "supports", "maoist", None, None, False, A)),
     facts(("nc", "supports", "maoist", None, None, True, A))),
    ("a-wire-services-credit-line-is-no-hedge", "Prime Minister Pushpa Kamal Dahal won the vote of confidence "
     "in the House on Monday, PTI reported.", facts(("prachanda", "vote", None, "confidence", None, True, A)),
     facts(("prachanda", "vote", None, "confidence", None, True, H))),
    ("another-outlets-report-is-hedged", "Prime Minister Pushpa Kamal Dahal will win the vote of confidence "
     "on Monday, Kantipur reported.", facts(("prachanda", "vote", None, "confidence", None, True, H)), set()),
    ("oaths-administered-to-a-plural-abbreviated-title-and-its-list", "President Ram Chandra Paudel then "
     "administered oaths to the two Deputy PMs \u2013 Prakash Man Singh and Bishnu Paudel.",
     facts(("prakash-man-singh", "role", None, "deputy_prime_minister", None, True, A),
           ("bishnu-paudel", "role", None, "deputy_prime_minister", None, True, A)), set()),
    ("an-outgoing-title-before-a-name-is-a-role-being-left", "Hikmat Karki took oath as chief minister of Koshi "
     "on Friday. The outgoing chief minister Kedar Karki has challenged the appointment in the Supreme Court.",
     facts(("kedar-karki", "role", None, "chief_minister", "koshi", False, A)),
     facts(("kedar-karki", "role", None, "chief_minister", "koshi", True, A))),
    ("a-standing-title-before-a-name-says-nothing", "Chief Minister Kedar Karki has challenged the decision in the "
     "Supreme Court.", set(), facts(("kedar-karki", "role", None, "chief_minister", None, True, A),
                                    ("kedar-karki", "role", None, "chief_minister", None, False, A))),
    ("a-partys-organ-decides-for-it", "The Unified Socialist's secretariat decided on Wednesday to join the "
     "government.", facts(("us", "member", GOV, None, None, True, A)), set()),
    ("pushed-to-the-opposition-bench", "Once Prachanda brought the UML into his cabinet, the Nepali Congress was "
     "pushed to the opposition benches.", facts(("nc", "member", GOV, None, None, False, A)), set()),
    ("once-in-the-future-is-still-a-condition", "Once the talks fail, the Nepali Congress will quit the "
     "government.", facts(("nc", "member", GOV, None, None, False, "conditional")), set()),
    ("a-partys-meeting-decides-for-it", "The Unified Socialist's secretariat meeting on Wednesday afternoon "
     "decided to join the government on five conditions.", facts(("us", "member", GOV, None, None, True, A)), set()),
    ("losing-a-majority-is-no-lost-vote", "Once two partners pulled out, Prime Minister Pushpa Kamal Dahal lost "
     "his majority; he now has 30 days to seek a vote of confidence.",
     facts(("prachanda", "faces_vote", None, "confidence", None, True, A)),
     facts(("prachanda", "vote", None, "confidence", None, False, A))),
    ("a-namesake-opening-a-line-of-a-cabinet-list", "Pushpa Kamal Dahal spoke.\nDevendra Dahal (UML) - Minister "
     "for Physical Infrastructure", set(), facts(("prachanda", "role", None, "minister", None, True, A))),
]


@rows(INDIA)
def test_india(india: ClaimExtractor, text: str, must: set, must_not: set) -> None:
    check(typed(india, text, date(2024, 1, 24)), must, must_not)


@rows(NEPAL)
def test_nepal(nepal: ClaimExtractor, text: str, must: set, must_not: set) -> None:
    check(typed(nepal, text, date(2024, 7, 6)), must, must_not)
