"""The shipped lexicon on a second coalition story, set up from its config alone.

Nepal's coalition changes of 2024 (``tests/corpus-real/nepal/config.toml``): no code and
no story lexicon for it. Every sentence is our own, built on constructions read in the
coverage. Tuples are (subject, relation, object, value, place, polarity, modality).
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
CONFIG = ROOT / "tests" / "corpus-real" / "nepal" / "config.toml"
A = "asserted"
GOV = "ruling-coalition"


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(load_config(CONFIG))


def typed(extractor: ClaimExtractor, text: str) -> set[tuple]:
    return typed_claims(extractor, text, date(2024, 3, 7))


# (id, text, facts that must be there, facts that must not)
CASES = [
    ("provinces-shared-between-partners", "The UML will run the governments in the Koshi and Lumbini provinces, with "
     "the Congress taking Bagmati.", facts(("uml", "deal", "nc", None, "koshi", True, A),
                                          ("uml", "deal", "nc", None, "lumbini", True, A),
                                          ("uml", "deal", "nc", None, "bagmati", True, A)), set()),
    ("provinces-shared-in-a-clause-with-its-verb-left-out", "Under the deal the UML will lead the provincial "
     "governments of Koshi and Karnali, and the Congress those of Gandaki and Bagmati.",
     facts(*(("uml", "deal", "nc", None, p, True, A) for p in ("koshi", "karnali", "gandaki", "bagmati"))), set()),
    ("provinces-shared-after-is-to-head", "The Congress is to head the governments of Gandaki and Bagmati, and the "
     "UML those of Koshi and Karnali.",
     facts(*(("uml", "deal", "nc", None, p, True, A) for p in ("koshi", "karnali", "gandaki", "bagmati"))), set()),
    ("heading-a-provinces-government-alone-is-no-deal", "In Madhes province, the JSP-Nepal heads the government, and "
     "both the Maoist Centre and the CPN-UML had already pulled their support from it.", set(),
     facts(("jsp", "deal", "maoist", None, "madhesh", True, A), ("jsp", "deal", GOV, None, "madhesh", True, A))),
    ("voted-for-and-against", "Prime Minister Pushpa Kamal Dahal sought a vote of confidence. The RSP voted for "
     "Dahal, while the UML voted against him.",
     facts(("rsp", "supports", "maoist", None, None, True, A), ("uml", "supports", "maoist", None, None, False, A)), set()),
    ("him-is-a-person-not-a-party", "Prime Minister Pushpa Kamal Dahal lost the vote. The Nepali Congress has 88 "
     "members while the CPN UML has 79, and both parties voted against him.",
     facts(("nc", "supports", "maoist", None, None, False, A)), facts(("nc", "supports", "uml", None, None, False, A))),
    ("titled-co-subject-resigns", "Deputy Prime Minister and senior Madhesi leader Upendra Yadav tendered his "
     "resignation to the Prime Minister.", facts(("upendra-yadav", "role", None, "deputy_prime_minister", None, False, A)),
     set()),
    ("government-under-someone", "The Nepali Congress and the CPN-UML agreed to form a new government under KP "
     "Sharma Oli.", facts(("oli", "role", None, "prime_minister", None, True, A)), set()),
    ("a-provinces-government-under-someone-is-no-premiership", "The Koshi province will have a new government under "
     "Hikmat Karki.", set(), facts(("hikmat-karki", "role", None, "prime_minister", None, True, A))),
    ("agreed-to-an-arrangement", "The Nepali Congress and the CPN-UML have agreed to a power-sharing arrangement.",
     facts(("nc", "deal", "uml", None, None, True, A)), set()),
    ("agreed-to-form-a-government", "The Nepali Congress and the CPN-UML agreed to form a new government under "
     "KP Sharma Oli.", facts(("nc", "deal", "uml", None, None, True, A)), set()),
    ("the-partys-decision-to-withdraw", "Prime Minister Pushpa Kamal Dahal spoke. The UML ministers resigned after "
     "the party's decision to withdraw its support given to the government led by Prachanda.",
     facts(("uml", "supports", "maoist", None, None, False, A)), set()),
    ("newly-appointed-title-in-apposition", "Bahadur Singh Lama, the newly appointed Chief Minister of Bagmati "
     "Province, will be sworn in today.", facts(("bahadur-singh-lama", "role", None, "chief_minister", "bagmati", True, A)),
     set()),
    ("standing-title-in-apposition-is-background", "Pushpa Kamal Dahal, the chairman of the Maoist Centre, spoke.",
     set(), facts(("prachanda", "role", "maoist", "chairperson", None, True, A))),
    ("takes-charge-of-a-ministry", "Rabi Lamichhane of the RSP will take charge of the Ministry of Home Affairs.",
     facts(("rabi-lamichhane", "role", None, "minister", None, True, A)), set()),
    ("coalition-with-several-is-each-ones-with-the-government",
     "Prime Minister Pushpa Kamal Dahal appointed three ministers after forming a new coalition with the UML and the RSP.",
     facts(("maoist", "deal", GOV, None, None, True, A), ("uml", "deal", GOV, None, None, True, A),
           ("rsp", "deal", GOV, None, None, True, A)),
     facts(("maoist", "deal", "uml", None, None, True, A), ("maoist", "deal", "rsp", None, None, True, A))),
    ("no-alliance-with-several-is-none-with-each",
     "Pushpa Kamal Dahal said the Maoist Centre is not in alliance with the UML and the RSP.",
     facts(("maoist", "deal", "uml", None, None, False, A), ("maoist", "deal", "rsp", None, None, False, A)), set()),
    ("their-parties-form-a-coalition",
     "Pushpa Kamal Dahal and KP Sharma Oli agreed that their parties would form a new coalition.",
     facts(("maoist", "deal", "uml", None, None, True, A)), set()),
    ("two-largest-parties-label-the-list",
     "Nepal's two biggest parties, the Nepali Congress and the CPN-UML, struck a late-night deal "
     "to form a new government.",
     facts(("nc", "deal", "uml", None, None, True, A)),
     facts(("nc", "deal", GOV, None, None, True, A), ("uml", "deal", GOV, None, None, True, A))),
    ("govern-together", "The CPN-UML and the Nepali Congress have agreed to govern together.",
     facts(("nc", "deal", "uml", None, None, True, A)), set()),
    ("brought-into-the-cabinet",
     "Pushpa Kamal Dahal will bring ministers from the CPN-UML and the Rastriya Swatantra Party into his cabinet.",
     facts(("uml", "member", GOV, None, None, True, A), ("rsp", "member", GOV, None, None, True, A)), set()),
    ("ministers-taken-out-of-the-cabinet",
     "The CPN-UML took all eight of its ministers out of Pushpa Kamal Dahal's cabinet on Wednesday.",
     facts(("uml", "member", GOV, None, None, False, A)), set()),
    ("sits-in-opposition", "The Nepali Congress will now sit in opposition, the party said.",
     facts(("nc", "member", GOV, None, None, False, A)), set()),
    ("support-for-a-person-withdrawn",
     "Three ministers of the JSP-Nepal withdrew their support for Pushpa Kamal Dahal.",
     facts(("jsp", "supports", "maoist", None, None, False, A)), set()),
    ("ties-to-a-government-cut", "The UML cut its ties to Pushpa Kamal Dahal's government.",
     facts(("uml", "supports", "maoist", None, None, False, A)), set()),
    ("pronoun-is-the-subject-not-the-announcer",
     "Pushpa Kamal Dahal won the vote. He got 157 votes, Speaker Devraj Ghimire announced. "
     "The UML and the Rastriya Swatantra Party backed him.",
     facts(("uml", "supports", "maoist", None, None, True, A), ("rsp", "supports", "maoist", None, None, True, A)),
     set()),
    ("defeated-in-a-vote", "Pushpa Kamal Dahal was defeated in a confidence vote on Friday.",
     facts(("prachanda", "vote", None, "confidence", None, False, A)), set()),
    ("asks-for-a-vote-faces-it", "Pushpa Kamal Dahal asks parliament for a vote of confidence on Wednesday.",
     facts(("prachanda", "faces_vote", None, "confidence", None, True, A)),
     facts(("prachanda", "vote", None, "confidence", None, True, A))),
    ("leads-the-government", "Under the pact KP Sharma Oli will lead the new government for eighteen months.",
     facts(("oli", "role", None, "prime_minister", None, True, A)), set()),
    ("leader-keeps-his-title", "Chief Minister Hikmat Karki will go on leading the provincial government.",
     facts(("hikmat-karki", "role", None, "chief_minister", None, True, A)),
     facts(("hikmat-karki", "role", None, "prime_minister", None, True, A))),
    ("premiership-shared", "Sher Bahadur Deuba and KP Sharma Oli agreed to share the premiership by rotation.",
     facts(("deuba", "role", None, "prime_minister", None, True, A), ("oli", "role", None, "prime_minister", None, True, A)),
     set()),
    ("appointed-with-backing", "KP Sharma Oli was appointed prime minister with the backing of the Nepali Congress.",
     facts(("oli", "role", None, "prime_minister", None, True, A), ("nc", "supports", "uml", None, None, True, A)), set()),
    ("ministers-resign-party-leaves", "All eight CPN-UML ministers handed in their resignation on Wednesday.",
     facts(("uml", "member", GOV, None, None, False, A)), set()),
    ("ministers-of-a-party-not-of-a-title", "Prime Minister Pushpa Kamal Dahal was in Kathmandu. Per the Prime "
     "Minister's Secretariat, CPN-UML ministers in the cabinet have submitted their resignation to Dahal.",
     facts(("uml", "member", GOV, None, None, False, A)), facts(("maoist", "member", GOV, None, None, False, A))),
    ("a-provincial-government-is-not-the-country's", "The Maoist Center has quit the Madhesh Province "
     "government.", set(), facts(("maoist", "member", GOV, None, None, False, A))),
    ("prime-minister-resigning-is-no-party-leaving", "Prime Minister Pushpa Kamal Dahal will not resign, he said.",
     set(), facts(("maoist", "member", GOV, None, None, False, A), ("maoist", "member", GOV, None, None, True, A))),
    ("role-of-the-opposition", "The Nepali Congress said it would take on the role of the main opposition.",
     facts(("nc", "member", GOV, None, None, False, A)), set()),
    ("majority-in-the-vote", "KP Sharma Oli garnered a two-thirds majority in the confidence vote on Sunday.",
     facts(("oli", "vote", None, "confidence", None, True, A)), set()),
    ("majority-at-the-polls-is-no-vote", "The UML won a majority in the provincial polls.",
     set(), facts(("uml", "vote", None, "confidence", None, True, A))),
    ("a-deal-between-two-is-there", "The deal between the Nepali Congress and the CPN-UML, which aims to end "
     "Dahal's rule, came four months after the UML joined the government.",
     facts(("nc", "deal", "uml", None, None, True, A)), set()),
    ("a-coalition-between-two-has-broken", "The coalition between the Nepali Congress and the CPN (Maoist Centre) "
     "has broken.", facts(("maoist", "deal", "nc", None, None, False, A)),
     facts(("maoist", "deal", "nc", None, None, True, A))),
    ("despite-an-agreement", "Pushpa Kamal Dahal refused to step down despite the agreement between the Nepali "
     "Congress and the CPN-UML.", facts(("nc", "deal", "uml", None, None, True, A)),
     facts(("nc", "deal", "uml", None, None, False, A))),
    ("premiership-ended", "The fifth vote ended Pushpa Kamal Dahal's premiership.",
     facts(("prachanda", "role", None, "prime_minister", None, False, A)), set()),
    ("expected-to-lead", "The result clears the way for a government that KP Sharma Oli is expected to lead.",
     facts(("oli", "role", None, "prime_minister", None, True, "hedged")), set()),
    ("pronoun-in-its-own-sentence", "KP Sharma Oli spoke. His predecessor, Pushpa Kamal Dahal, was forced out "
     "when he lost a confidence vote.",
     facts(("prachanda", "vote", None, "confidence", None, False, A)),
     facts(("oli", "vote", None, "confidence", None, False, A))),
    ("according-to-the-paper", "The UML broke with Pushpa Kamal Dahal's government, according to the paper.",
     facts(("uml", "supports", "maoist", None, None, False, "hedged")),
     facts(("uml", "supports", "maoist", None, None, False, A))),
    ("a-government-left-in-a-minority", "Pushpa Kamal Dahal's government was left in a minority on Wednesday.",
     set(), facts(("maoist", "member", GOV, None, None, False, A))),
    ("a-hyphenated-name-opening-a-text-is-no-dateline", "JSP-Nepal quits ruling alliance",
     facts(("jsp", "member", GOV, None, None, False, A)), set()),
    ("backing-hung-deep", "KP Sharma Oli was appointed prime minister in accordance with Article 76 of the "
     "Constitution with the backing of the Nepali Congress.",
     facts(("nc", "supports", "uml", None, None, True, A)), set()),
    ("ministers-from-parties-sworn-in", "Ministers from the CPN-UML and the Rastriya Swatantra Party took "
     "their oaths on Monday.",
     facts(("uml", "member", GOV, None, None, True, A), ("rsp", "member", GOV, None, None, True, A)), set()),
    ("new-faces-brought-in-are-no-party", "Pushpa Kamal Dahal brought sixteen new faces into his cabinet.",
     set(), facts(("maoist", "member", GOV, None, None, True, A))),
    ("post-offered-to", "Sher Bahadur Deuba reportedly offered the Prime Minister's post to Upendra Yadav.",
     facts(("deuba", "proposes", "upendra-yadav", "prime_minister", None, True, "hedged"),
           ("upendra-yadav", "role", None, "prime_minister", None, True, "proposed")), set()),
    ("support-given-to-a-government", "The CPN-UML withdrew the support given to the government led by Pushpa "
     "Kamal Dahal.", facts(("uml", "supports", "maoist", None, None, False, A)), set()),
    ("headline-semicolon", "Dahal loses trust vote; Oli set to be new PM",
     facts(("prachanda", "vote", None, "confidence", None, False, A)),
     facts(("prachanda", "vote", None, "confidence", None, False, "hedged"))),
    ("partnership-of-two-collapsed", "The governing partnership of the Nepali Congress and the CPN (Maoist "
     "Centre) has collapsed.", facts(("nc", "deal", "maoist", None, None, False, A)),
     facts(("nc", "deal", "maoist", None, None, True, A))),
    ("partnership-of-two-holds", "The new partnership of the CPN-UML and the RSP holds a majority.", facts(("uml", "deal", "rsp", None, None, True, A)), set()),
    ("withdrew-his-party-from-the-government", "Upendra Yadav resigned on Monday and withdrew his party from "
     "the government.", facts(("jsp", "member", GOV, None, None, False, A)), set()),
    ("ministers-brought-in-from-a-list", "Pushpa Kamal Dahal will bring ministers from the CPN-UML, the "
     "Rastriya Swatantra Party and the Janata Samajbadi Party-Nepal into his cabinet.",
     facts(("uml", "member", GOV, None, None, True, A), ("rsp", "member", GOV, None, None, True, A),
           ("jsp", "member", GOV, None, None, True, A)), set()),
    ("cabinet-includes-ministers-from", "The Oli-led cabinet now includes ministers from the Nepali Congress, "
     "the CPN-UML and the Loktantrik Samajbadi Party.",
     facts(("nc", "member", GOV, None, None, True, A), ("uml", "member", GOV, None, None, True, A),
           ("lsp", "member", GOV, None, None, True, A)), set()),
    ("provincial-cabinet-includes-is-not-the-country's", "The provincial government includes ministers from "
     "the Nepali Congress.", set(), facts(("nc", "member", GOV, None, None, True, A))),
    ("stays-in-the-opposition", "The Nepali Congress said it would stay in the opposition.",
     facts(("nc", "member", GOV, None, None, False, A)), set()),
    ("works-as-an-opposition", "The Nepali Congress will now work as an active opposition, its vice-president said.",
     facts(("nc", "member", GOV, None, None, False, A)), set()),
    ("support-it-had-given-withdrawn", "The CPN-UML decided to withdraw the support it had given to the "
     "government led by Pushpa Kamal Dahal.",
     facts(("uml", "supports", "maoist", None, None, False, A)), set()),
    ("handed-over-after-leading", "KP Sharma Oli will lead the government for two years and then hand over "
     "to Sher Bahadur Deuba.",
     facts(("oli", "role", None, "prime_minister", None, True, A), ("deuba", "role", None, "prime_minister", None, True, A)),
     set()),
    ("taken-over-after-a-role", "KP Sharma Oli will be prime minister for two years, and Sher Bahadur Deuba will take "
     "over for the rest of the term.",
     facts(("deuba", "role", None, "prime_minister", None, True, A)), set()),
    ("taking-over-a-ministry-is-no-role", "KP Sharma Oli will lead the government and Sher Bahadur Deuba will "
     "take over the home ministry.",
     facts(("oli", "role", None, "prime_minister", None, True, A)),
     facts(("deuba", "role", None, "prime_minister", None, True, A))),
    ("unnamed-leader-is-a-source", "KP Sharma Oli will head the new government, a Congress leader said.",
     facts(("oli", "role", None, "prime_minister", None, True, "hedged")),
     facts(("oli", "role", None, "prime_minister", None, True, A))),
    ("named-leader-is-no-source", "KP Sharma Oli will head the new government, a Congress leader, Gagan Thapa, said.",
     facts(("oli", "role", None, "prime_minister", None, True, A)), set()),
    ("quoted-as-saying-after-a-conjunct", "KP Sharma Oli is to head the new government for eighteen months and "
     "then hand over to Sher Bahadur Deuba, a Congress leader was quoted as saying.",
     facts(("oli", "role", None, "prime_minister", None, True, "hedged"),
           ("deuba", "role", None, "prime_minister", None, True, "hedged")),
     facts(("deuba", "role", None, "prime_minister", None, True, A))),
    ("the-two-parties-told-is-no-source", "The CPN-UML and the Nepali Congress will govern together, the two "
     "parties told reporters.",
     facts(("nc", "deal", "uml", None, None, True, A)), facts(("nc", "deal", "uml", None, None, True, "hedged"))),
    ("seats-held-after-a-descriptive-clause", "In the 275-member House, where a government takes 138 votes to survive, the "
     "Congress has 88 seats, the CPN-UML 78 and the Maoist Centre 32.", set(),
     facts(("nc", "seats", None, "88", None, True, A), ("uml", "seats", None, "78", None, True, A),
           ("maoist", "seats", None, "32", None, True, A), ("nc", "deal", GOV, None, None, True, A))),
    ("list-hung-on-each-partys-leader", "The CPN (Unified Socialist) of Madhav Kumar Nepal, the Janata Samajbadi "
     "Party-Nepal of Upendra Yadav and the Loktantrik Samajwadi Party are also part of the ruling coalition.",
     facts(("us", "member", GOV, None, None, True, A), ("jsp", "member", GOV, None, None, True, A),
           ("lsp", "member", GOV, None, None, True, A)), set()),
    ("heads-a-provinces-government", "The Congress's Kedar Karki heads the Koshi government.",
     facts(("kedar-karki", "role", None, "chief_minister", "koshi", True, A)),
     facts(("kedar-karki", "role", None, "prime_minister", None, True, A))),
    ("the-government-is-the-titled-prime-ministers", "Prime Minister Pushpa Kamal Dahal is under pressure. The "
     "CPN-UML pulled its support from the government on Wednesday.",
     facts(("uml", "supports", "maoist", None, None, False, A)), set()),
    ("a-former-prime-minister-heads-no-government", "Prime Minister Pushpa Kamal Dahal is under pressure. The CPN-UML "
     "of former prime minister KP Sharma Oli does not back the government.",
     facts(("uml", "supports", "maoist", None, None, False, A)), facts(("uml", "supports", "uml", None, None, False, A))),
    ("a-partnership-ended-is-not-stated-as-holding", "At the start of March, Prachanda ditched his long "
     "partnership with the Nepali Congress and teamed up with the UML.",
     facts(("maoist", "deal", "nc", None, None, False, A), ("maoist", "deal", "uml", None, None, True, A)),
     facts(("maoist", "deal", "nc", None, None, True, A))),
    ("ministers-counted-from-each-party", "The prime minister appointed five ministers from the CPN-UML, two from "
     "the Rastriya Swatantra Party and one from the CPN (Unified Socialist).",
     facts(("uml", "member", GOV, None, None, True, A), ("rsp", "member", GOV, None, None, True, A),
           ("us", "member", GOV, None, None, True, A)), set()),
    ("ministers-added-from-new-partners", "Dahal reshuffled his cabinet, adding ministers from the CPN-UML and the "
     "Rastriya Swatantra Party.",
     facts(("uml", "member", GOV, None, None, True, A), ("rsp", "member", GOV, None, None, True, A)), set()),
    ("the-main-opposition-is-out-of-government", "The CPN-UML, the second biggest party in parliament, is the main "
     "opposition.", facts(("uml", "member", GOV, None, None, False, A)), facts(("uml", "member", GOV, None, None, True, A))),
    ("dropped-from-the-government", "Prime Minister Pushpa Kamal Dahal threw the Nepali Congress out of his "
     "cabinet and dropped the Janata Samajbadi Party-Nepal from his government as well.",
     facts(("jsp", "member", GOV, None, None, False, A)), facts(("maoist", "member", GOV, None, None, False, A))),
    ("ministers-picked-from-parties", "Dahal picked six ministers from the CPN-UML and two from the Rastriya "
     "Swatantra Party.", facts(("uml", "member", GOV, None, None, True, A), ("rsp", "member", GOV, None, None, True, A)),
     set()),
    ("pulled-out-of-the-coalition-is-membership", "The Janata Samajbadi Party-Nepal pulled out of the ruling "
     "coalition in May.", facts(("jsp", "member", GOV, None, None, False, A)),
     facts(("jsp", "supports", GOV, None, None, False, A))),
    ("the-alliance-with-a-party-is-a-pact", "Prime Minister Pushpa Kamal Dahal named three ministers on Monday after "
     "ditching the alliance with the Nepali Congress.", facts(("maoist", "deal", "nc", None, None, False, A)),
     facts(("maoist", "member", GOV, None, None, False, A))),
    ("a-post-in-something-unwatched", "Pushpa Kamal Dahal once served as the chairman of Tilathi Koiladi in "
     "Saptari.", set(), facts(("prachanda", "role", GOV, "chairperson", None, True, A))),
    ("an-object-pronoun-is-not-the-subject", "KP Sharma Oli was appointed on Sunday. President Ram Chandra Poudel "
     "appointed him as the prime minister under Article 76.", set(),
     facts(("ram-chandra-poudel", "role", None, "prime_minister", None, True, A))),
    ("a-vote-of-confidence-given-to-the-prime-minister", "Prime Minister KP Sharma Oli faces the House on Sunday. "
     "The Nepali Congress and the Janamat Party have decided to give him a vote of confidence.",
     facts(("nc", "supports", "uml", None, None, True, A), ("janamat", "supports", "uml", None, None, True, A)), set()),
    ("a-line-of-a-cabinet-list", "Ramesh Lekhak (NC) - Minister for Home Affairs",
     facts(("ramesh-lekhak", "role", None, "minister", None, True, A)), set()),
    ("a-standing-title-is-no-news", "Ramesh Lekhak, the Home Minister, spoke to reporters.", set(),
     facts(("ramesh-lekhak", "role", None, "minister", None, True, A))),
    ("support-pulled-from-the-persons-government", "Pushpa Kamal Dahal's government lost its majority on "
     "Wednesday when the CPN-UML pulled its support.", facts(("uml", "supports", "maoist", None, None, False, A)), set()),
    ("a-scene-set-in-an-earlier-year", "Going into the November 2022 general election, the Janata Samajbadi "
     "Party-Nepal was backing a coalition headed by the Nepali Congress.", set(),
     facts(("jsp", "supports", "nc", None, None, True, A))),
    # (the config's heads_of_government: Dahal from 2022-12-26, Oli from 2024-07-15)
    ("the-government-of-the-configured-head-when-the-text-names-none", "The CPN-UML pulled its support from the "
     "government.", facts(("uml", "supports", "maoist", None, None, False, A)),
     facts(("uml", "supports", "uml", None, None, False, A))),
]


@pytest.mark.parametrize("text,must,must_not", [(t, m, n) for _, t, m, n in CASES], ids=[c[0] for c in CASES])
def test_claims(extractor: ClaimExtractor, text: str, must: set, must_not: set) -> None:
    check(typed(extractor, text), must, must_not)
