"""Who fills a frame's arguments: paths in the dependency parse, read as watched entities.

A path ("subj", "obj", "prep:with", ...; see ``schema.PATH_NAMES``) leads from the trigger
word to candidate words; each word is then read as the entities it stands for: a name,
its conjuncts ("the TMC, SP and AAP"), a pronoun ("it", "they", "we"), a group noun
("TMC leaders", "Nitish Kumar's government"), or a list a generic noun introduces
("parties such as the DMK").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from monitor.claims.anchors import Anchors
from monitor.claims.clauses import among
from monitor.claims.entities import Mention
from monitor.claims.lexicon import Lexicon
from monitor.claims.lists import (
    after_leaders,
    along_with,
    as_did,
    counted_from,
    joined_before,
    led_by,
    list_tail,
    listed_after,
    mention_run,
    names_after,
)
from monitor.claims.pronouns import (
    FIRST_PERSON,
    PAIR_NOUNS,
    bound_elsewhere,
    counted_two,
    fronted_subject_party,
    main_clause_person,
    reporting_party,
    unwatched_speakers,
)
from monitor.claims.schema import Argument
from monitor.claims.tree import (
    children,
    complements,
    direct_objects,
    governor,
    is_passive,
    is_verb,
    modifiers,
    own_participles,
    passive_subjects,
    past_void,
    prep_objects,
    subjects,
    subordinated_subject,
    verb_complements,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Lemma = Callable[["Token"], str]
#: "parties such as the TMC and the SP", "allies like the DMK": the list stands for the noun.
_LISTING = frozenset({"as", "like", "including", "include", "namely"})
_GENERIC = frozenset({"party", "ally", "partner", "constituent", "member", "outfit", "force",
                      "organisation", "organization", "group", "player"})
#: Pronouns read from the sentence itself: "it" is the clause above's subject ("X denied
#: reports that it would quit"); "we" is whoever says it ("we will go alone, Mann said").
_THIRD = frozenset({"it", "its", "they", "their", "them"})
#: Words that count the sides of a group named after "of" ("a pair of its allies").
_COUNTING = frozenset({"pair", "couple", "trio", "both", "each", "all", "some", "few", "several", "many"})


@dataclass(frozen=True, slots=True)
class Found:
    entity: str
    kind: str
    token: int
    how: str = "direct"        # direct | inherited | coref | group | default


@dataclass(frozen=True, slots=True)
class Sentence:
    """A parsed candidate sentence and what claimwatch found in it."""

    doc: Doc
    anchors: Anchors
    paragraph: int
    entities: tuple[str, ...]
    main_alliance: str | None
    published: date | None
    #: Where the sentence is about when it names no place (see ``ClaimExtractor``).
    context_place: str | None = None
    #: Whether the text just named that place (else it is an alliance's home or the dateline,
    #: and a regional party's own home comes first).
    context_named: bool = False
    #: The two parties the text just named together, for "the two parties", "both sides".
    pair: tuple[str, str] | None = None
    #: The event (id) the three sentences before name, for "stayed away", "was absent".
    context_event: str | None = None
    #: Whose the last event of each kind the text named was ("the Congress's rally").
    event_owners: Mapping[str, str] = dataclasses.field(default_factory=dict)
    #: Every kind of event the text named before the sentence.
    events_named: frozenset[str] = frozenset()
    #: The person the text last titled head of government, up to this sentence.
    leader: str | None = None
    #: Who the story's config says headed the government on the publication day: whose
    #: "the government" is when the text titles no head.
    head: str | None = None
    #: The city the article is datelined from: where an event "here" is.
    here: str | None = None

    @property
    def governing(self) -> str | None:
        """Who heads the government the sentence may speak of: the one the text titled, else
        the one the story's config names for the day."""
        return self.leader or self.head

    @property
    def text(self) -> str:
        return self.anchors.text


#: A body's sitting that decides for it.
_SITTINGS = frozenset({"meeting", "meet", "session", "conclave"})
#: What opens a list after the noun it spells out ("the two Deputy PMs – A and B").
_LIST_DASHES = frozenset({"–", "—", "-", ":"})
#: The links an item of a long list hangs by ("A, B; C and D").
_LIST_ITEM_DEPS = frozenset({"conj", "appos", "dobj"})


def list_items(root: Token) -> list[Token]:
    """The nouns heading the items of a list rooted at ``root``, however the parser nested
    them (not a title or a party that only qualifies a name: "NC leader", "RJD's Tejashwi")."""
    return [t for t in root.subtree if t.i == root.i or t.dep_ in _LIST_ITEM_DEPS]


class Arguments:
    def __init__(self, lexicon: Lexicon, lemma: Lemma, group_nouns: frozenset[str],
                 kinds: Mapping[str, str] | None = None) -> None:
        self._lex = lexicon
        self._lemma = lemma
        self._groups = group_nouns
        self._kinds = dict(kinds or {})
        self._titles = frozenset(lexicon.data.vocabulary.title_words)
        self._void = frozenset(lexicon.cues.void_nouns)

    def find(self, token: Token, arg: Argument, sentence: Sentence, owner: bool = False) -> list[Found]:
        """The entities of the first path that names any of a fitting kind."""
        for path in arg.paths:
            found = [f for w, how in self.follow(token, path) for f in self.resolve(w, sentence, how)]
            if path == "organiser":
                found = [f for f in found if f.kind != "person"]
            if not arg.groups:
                found = [f for f in found if f.how != "group"]
            fitting = [f for f in found if f.kind in arg.kinds or (arg.as_party and f.kind == "person")]
            if fitting:
                if "along_with" in arg.paths and path != "along_with":
                    # (those "along with" the subject are added to it, not found instead)
                    fitting += [f for w, how in self.follow(token, "along_with")
                                for f in self.resolve(w, sentence, how) if f.kind in arg.kinds]
                return fitting
            if found and not owner:
                return []       # the path names someone else: no default stands in for them
        return []

    def follow(self, token: Token, path: str) -> list[tuple[Token, str]]:
        if path == "conj_as":
            # "served as chief minister but resigned on Sunday": the role of the verb it is
            # conjoined with
            conjoined = [token.head] if token.dep_ == "conj" else children(token, "conj")
            return [(o, "direct") for v in conjoined if is_verb(v) for o in prep_objects(v, "as")]
        if path.startswith("prep:"):
            found = prep_objects(token, path[5:])
            if path == "prep:between" and not found and not is_verb(token):
                # "an agreement reached between them": on the noun's own participle
                found = [o for a in own_participles(token) for o in prep_objects(a, "between")]
            if path == "prep:from":
                # ("picked six ministers from the UML and two from the RSP": "two" on the verb)
                # ("appointed four ministers from his party, seven from the UML": "seven" on the
                # verb as a measure)
                found += [o for c in token.children if c.dep_ in ("conj", "npadvmod") and c.tag_ == "CD"
                          for o in prep_objects(c, "from")]
                found += [t for f in found for t in counted_from(f)]
            if found and path == "prep:of" and not is_verb(token):
                # "the partnership of the UML and the RSP": the parser often hangs the second
                # name on the noun itself (only a name resolves, so "and the talks" adds nothing)
                found += [c for c in children(token, "conj") if c.tag_ == "NNP" and c.i > found[0].i]
            return [(t, "direct") for t in found]
        if path.startswith("obj_prep:"):
            # "withdrew its support for Dahal", "... the support it gave to his government"
            objects = direct_objects(token)
            found = [t for o in objects for base in (o, *children(o, "acl", "relcl"))
                     for t in prep_objects(base, path[9:])]
            if path == "obj_prep:from":
                found += [t for f in found for t in counted_from(f)]
            return [(t, "direct") for t in found]
        verb = token if is_verb(token) or token.tag_.startswith("JJ") \
            else governor(token) or past_void(token, self._void, self._lemma)
        if path.startswith("subj_prep:"):
            # "the motion of confidence in Nitish Kumar's government passed": in the subject's phrase
            return [(t, "direct") for o in (subjects(verb, self._lemma) if verb is not None else [])
                    for p in o.subtree if p.dep_ == "prep" and p.lower_ == path[10:]
                    for t in children(p, "pobj")]
        if path == "subj":
            if verb is None:
                return []
            own = children(verb, "nsubj", "csubj")
            found = subjects(verb, self._lemma)
            how = SOLE if _told_of_one(verb) else "direct" if own and found == own else "inherited"
            return [(t, how) for t in found if t.i != token.i] + [(t, "direct") for t in as_did(verb)]
        if path == "pred_subj":
            # "X is a member of ...": only a predicate noun takes the clause's subject.
            if token.dep_ not in ("attr", "acomp", "oprd") or verb is None:
                return []
            return [(t, SOLE if _told_of_one(verb) else "direct") for t in subjects(verb, self._lemma)]
        if path == "appos":
            return [(t, "direct") for t in children(token, "appos")]
        if path == "subjpass":
            if verb is None:
                return []
            found = passive_subjects(verb)
            if not found and verb.dep_ == "conj" and is_passive(verb):
                # "resigned as chief minister and was sworn in again": the shared subject
                return [(t, "inherited") for t in subjects(verb, self._lemma)]
            return [(t, "direct") for t in found]
        if path == "obj":
            return [(t, "direct") for t in direct_objects(token)] if is_verb(token) else []
        if path == "iobj":
            return [(t, "direct") for t in children(token, "dative")]
        if path == "agent":
            # ("was joined by Sonia Gandhi and by Rahul Gandhi": the second "by" a conjunct of the first)
            return [(o, "direct") for a in children(token, "agent")
                    for b in (a, *(c for c in a.conjuncts if c.lower_ == "by")) for o in children(b, "pobj")]
        if path == "attr":
            return [(t, "direct") for t in complements(token)]
        if path == "poss":
            return [(t, "direct") for t in children(token, "poss")]
        if path == "compound":
            return [(t, "direct") for t in modifiers(token)]
        if path == "appos_head":
            return [(token.head, "direct")] if token.dep_ == "appos" else []
        if path == "title_of":
            # "Bahadur Singh Lama, the newly appointed Chief Minister of Bagmati, ...": only a
            # title right after one name (in a list the parser pairs names and titles wrongly)
            head = token.head
            if token.dep_ == "appos" and _list_item(head, token):
                return [(head, "direct")]   # "Ramesh Lekhak (NC) - Minister for Home Affairs"
            if token.dep_ != "appos" or head.conjuncts or token.conjuncts or children(head, "appos")[:1] != [token] \
                    or token.left_edge.i != head.i + 2 or _respectively_in(token.doc):
                return []
            # only news: "the newly appointed Chief Minister" (a standing title, "Tejashwi
            # Yadav, the deputy chief minister", is background)
            return [(head, "direct")] if any(t.lower_ in _NEWS_TITLE for t in token.subtree) else []
        if path == "self":
            return [(token, "direct")]
        if path == "sibling_subj":
            # "the UML will lead the governments in Koshi ..., while the NC will head those of
            # Bagmati ...": the party of the clause beside this one
            if verb is None:
                return []
            return [(s, "direct") for c in self._sharing_clauses(verb) for s in children(c, "nsubj", "nsubjpass")] \
                + [(g, "direct") for g in _gapped(verb)]
        if path in ("small_clause", "small_clause_subj"):
            # "may make Nitish Kumar its convenor", parsed as a clause "Kumar (is) its convenor"
            nouns = [c for c in children(token, "ccomp") if c.tag_.startswith("NN")]
            if path == "small_clause":
                return [(c, "direct") for c in nouns]
            return [(t, "direct") for c in nouns for t in children(c, "nsubj")]
        if path == "head":
            return [(token.head, "direct")] if token.dep_ in ("compound", "amod", "nmod") else []
        if path == "relcl_head":
            clause = verb or token
            if children(clause, "nsubjpass", "auxpass"):
                return []   # "the meeting, which was attended by X": the head is what is done to
            return [(clause.head, "inherited")] if clause.dep_ in ("relcl", "acl") else []
        if path == "organiser":
            # "the rally, which has been organised by the RJD" (not "the meeting convened by
            # Kharge": a leader calls the alliance's meetings, the event is not his party's)
            verbs = self._lex.data.vocabulary.organiser_verbs
            return [(o, "direct") for c in children(token, "acl", "relcl") if self._lemma(c) in verbs
                    for a in children(c, "agent") for o in children(a, "pobj")]
        if path == "along_with":
            # "attended the meeting along with Sharad Pawar and MK Stalin": they did it too
            return [(t, "inherited") for t in along_with(verb)] if verb is not None else []
        if path == "listed_after":
            return [(t, "inherited") for t in listed_after(verb or token, self._lemma)]
        if path == "obj_owner":
            return [(t, "direct") for o in direct_objects(token)
                    for t in [*children(o, "poss"), *modifiers(o), *prep_objects(o, "of")]]
        if path == "xcomp_obj":
            return [(o, "direct") for x in verb_complements(token) for o in direct_objects(x)]
        if path == "speaker":
            who = self.speaker_token(token)
            return [(who, "inherited")] if who is not None else []
        if path == "clause_subj":
            # "appointed ... in accordance with Article 76 with the backing of the Congress":
            # the subject of the verb the phrase is an adjunct of, however deep it hangs
            node = token
            for _ in range(8):
                if node.head.i == node.i:
                    return []
                node = node.head
                # (a verb with no subject of its own passes it on: "was appointed after receiving
                # support from the UML": the one appointed)
                found = subjects(node, self._lemma) or passive_subjects(node) if is_verb(node) else []
                if found:
                    return [(t, "inherited") for t in found]
            return []
        if path == "receiver":
            # "allotted nine seats in the state and one in Puducherry to the Congress": a "to"
            # the parser hung inside the object still names who gets them
            if verb is None:
                return []
            own = children(verb, "dative") + prep_objects(verb, "to") + prep_objects(verb, "for")
            deep = [o for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("to", "for")
                    and not _in_clause_below(t, verb) for o in children(t, "pobj")]
            return [(t, "direct") for t in dict.fromkeys(own + deep)]
        if path == "obj_list":
            # "included Kharge, former presidents Sonia and Rahul Gandhi; NC leader Farooq
            # Abdullah; ...": a long list the parser breaks into appositions and nested
            # conjuncts, read as every noun that heads an item (not a title or a party that
            # only qualifies a name: "NC leader", "RJD's Tejashwi Yadav")
            return [(t, "direct") for o in direct_objects(token) for t in list_items(o)] if is_verb(token) else []
        if path == "obj_all":
            # "announcing all 42 candidates", "named candidates for all 42 seats": every one of
            # them (not "announced 16 candidates" nor "candidates for four seats", a list that
            # may be a first one)
            if not is_verb(token):
                return []
            # ("candidates for the 42 constituencies in West Bengal": the state's, all of them)
            objects = direct_objects(token)
            seats = [p for w in ("for", "in") for h in (token, *objects) for p in prep_objects(h, w)]
            return [(o, "direct") for o in objects + seats
                    if any(t.lower_ == "all" or (o in seats and t.lower_ == "the" and t.head.i == o.i)
                           for t in o.subtree if t.i < o.i)]
        if path == "obj_led":
            return [(t, "direct") for t in direct_objects(token)] if is_verb(token) else []
        if path == "subj_title":
            # "Bihar Chief Minister Nitish Kumar resigned": the title the subject carries
            if verb is None:
                return []
            found = subjects(verb, self._lemma) or passive_subjects(verb)
            # ... or the subject is the title itself ("The Bihar Chief Minister resigned"; "Deputy
            # Prime Minister and senior leader Upendra Yadav resigned", parsed as two subjects)
            # (or a title the parser hung on the verb right before its subject: "PM Dahal will not resign")
            hung = [t for t in children(verb, "npadvmod") for s in found[:1] if t.i == s.left_edge.i - 1]
            # (a title that heads its name as a conjunct: "Deputy Prime Minister and Health Minister
            # Upendra Yadav resigned", parsed with "Yadav" a conjunct of "Minister")
            named = [s for s in found if s.lower_ in self._titles
                     and any(c.tag_ == "NNP" and c.lower_ not in self._titles
                             for c in (*s.conjuncts, *children(s, "appos")))]
            # (not a further post told in passing: "Yadav, also the chairman of the JSP, resigned")
            return [(t, "direct") for s in found for t in (*children(s, "compound", "amod", "nmod"),
                                                           *(a for a in children(s, "appos") if not _also(a)),
                                                           *([s] if _the_title(s) or len(found) > 1 or s in named
                                                             else []))] + \
                [(t, "direct") for t in hung]
        return []

    def members(self, alliance: Token, sentence: Sentence) -> list[Found]:
        """The parties a sentence lists for an alliance ("the MVA, comprising the Sena (UBT),
        the Congress and the NCP (SP)"; "the alliance of the SP and the Congress")."""
        words = children(alliance, "appos") + prep_objects(alliance, "of")
        for clause in children(alliance, "acl", "relcl"):
            if self._lemma(clause) in _MEMBERSHIP or clause.lower_ in _MEMBERSHIP:
                words += direct_objects(clause) + prep_objects(clause, "of")
        found = [f for w in words for f in self.resolve(w, sentence, "direct")]
        return [f for f in found if f.kind == "party"]

    def speaker_token(self, token: Token) -> Token | None:
        """The subject of the nearest reporting verb above the token."""
        report = self._lex.cues.report_verbs
        node = token
        for _ in range(12):
            if node.head.i == node.i:
                break
            node = node.head
            if self._lemma(node) in report:
                found = subjects(node, self._lemma)
                return found[0] if found else None
        for child in token.sent.root.children if token.sent.root.i != token.i else ():
            if child.dep_ in ("parataxis", "ccomp") and self._lemma(child) in report and child.i > token.i:
                found = subjects(child, self._lemma)
                return found[0] if found else None
        return None

    def _pronoun(self, word: Token, sentence: Sentence) -> list[Found]:
        lower = word.lower_
        if lower in FIRST_PERSON:
            who = self.speaker_token(word)
            return self.resolve(who, sentence, "inherited") if who is not None and who.i != word.i else []
        node = word.head
        candidates: list[Token] = []
        for _ in range(8):
            if node.head.i == node.i:
                break
            node = node.head
            if is_verb(node):
                stray = subordinated_subject(node)      # ("after Aam Aadmi Party said it would")
                candidates += children(node, "nsubj", "nsubjpass") or ([stray] if stray is not None else [])
        # "... the Congress will contest 16 seats; in Karnataka it takes 27": the subject before it
        candidates += [t for t in reversed(word.doc[:word.i]) if t.dep_ in ("nsubj", "nsubjpass")]
        if lower in ("they", "them") and sentence.pair is not None and not any(
                sentence.anchors.entity(c) is not None for c in candidates):
            # "They have also shared out seats in Gujarat": the two just named
            return [Found(e, self._kinds.get(e, "party"), word.i, "coref") for e in sentence.pair]
        for subject in candidates:
            mention = sentence.anchors.entity(subject)
            if mention is not None and mention.kind == "person" and lower in ("they", "their", "them") \
                    and subject.conjuncts:
                # "Prachanda and Oli agreed that their parties would ...": the two of them
                return [dataclasses.replace(f, how="coref")
                        for f in self.resolve(subject, sentence, "coref")]
            if (mention is None or mention.kind == "person") and lower in ("it", "its") and subject.tag_ == "NNP" \
                    and not self._named_before(word, sentence):
                # "BSP chief Mayawati announced that it will go alone": the party of the title
                # (not "Speaking for the INDIA bloc at its rally, Priyanka Gandhi of the Congress ...")
                titled = [m for t in subject.subtree if t.i != subject.i
                          and (m := sentence.anchors.entity(t)) is not None and m.kind == "party"]
                if titled:
                    return [self.found(titled[0], subject, "coref")]
            if mention is not None and mention.kind in ("party", "alliance"):
                if lower in _PERSONAL:
                    continue        # "both parties voted against him": a person, not a party
                if lower in ("they", "their", "them"):    # "the AAP and the Congress ... they"
                    return [dataclasses.replace(f, how="coref")
                            for f in self.resolve(subject, sentence, "coref")]
                return [self.found(mention, subject, "coref")]
        return []

    @staticmethod
    def _named_before(word: Token, sentence: Sentence) -> bool:
        """Does the pronoun's own clause name a party or an alliance before it?"""
        verb = next((a for a in word.ancestors if is_verb(a)), None)
        return verb is not None and any(
            t.i < word.i and (m := sentence.anchors.entity(t)) is not None and m.kind in ("party", "alliance")
            for t in verb.subtree)

    def resolve(self, token: Token, sentence: Sentence, how: str) -> list[Found]:
        """The watched entities a word stands for, with its conjuncts (and a list the parser
        hung as an apposition: "the UML, the RSP and the CPN" with "the RSP" in apposition)."""
        if how == SOLE:
            # (the one name a relative clause in the singular hangs on, not its list)
            return self._one(token, sentence, "direct")
        words = [token, *_coordinated(token)]
        if sentence.anchors.entity(token) is not None:
            # (on any name of the list: "..., KC Venugopal, NCP chief Sharad Pawar, SP chief
            # Akhilesh Yadav, ...", with Pawar and the names after him hung on Venugopal)
            for word in list(words):
                named = sentence.anchors.entity(word)
                for appos in children(word, "appos"):
                    other = sentence.anchors.entity(appos)
                    if named is not None and other is not None and other.entity != named.entity:
                        words += [w for w in (appos, *appos.conjuncts) if w not in words]
            words += after_leaders(token, sentence)
            words += joined_before(token, sentence)
        else:
            # "attended by Congress Parliamentary Party chairperson Sonia Gandhi and party leaders
            # Rahul Gandhi, ...": the title the parser took for the head, its name in apposition
            # (only more of its kind: not "Deuba and Communist Party ...", a party the parse joined)
            for appos in children(token, "appos"):
                named = sentence.anchors.entity(appos)
                if named is not None:
                    words += [w for w in (appos, *appos.conjuncts)
                              if (m := sentence.anchors.entity(w)) is None or m.kind == named.kind]
        if len(words) > 2:
            words += list_tail(max(words, key=lambda w: w.i), sentence)
        words += [w for w in mention_run(words, sentence, self._titles) if w not in words]
        out: list[Found] = []
        for word in words:
            out += self._one(word, sentence, how)
        return out

    def _one(self, word: Token, sentence: Sentence, how: str) -> list[Found]:
        mention = sentence.anchors.entity(word)
        if mention is not None and mention.how == "coref" and bound_elsewhere(word, mention, sentence):
            return []       # "President Paudel appointed him": "him" is not Paudel
        if mention is not None and mention.how == "coref" and unwatched_speakers(
                word, mention, sentence, self._lemma, self._lex.cues.report_verbs, self._titles):
            return []       # "CM Mahara said that he would ...": Mahara, whom no one watches
        if mention is not None and mention.how == "coref" and word.lower_ in ("they", "them") \
                and sentence.pair is not None:
            # "They have also shared out seats": the two parties just named, not the last one
            return [Found(e, self._kinds.get(e, "party"), word.i, "coref") for e in sentence.pair]
        if mention is not None and mention.kind == "alliance" and mention.how != "name" and any(
                (m := sentence.anchors.entity(o)) is not None and m.kind == "party" for o in prep_objects(word, "with")):
            return []       # "ditching the alliance with the Congress": a pact with it, not the coalition
        if mention is not None and mention.how == "coref" and mention.kind == "person":
            main = main_clause_person(word, sentence)
            if main is not None and main.entity != mention.entity:
                return [self.found(main, word, "coref")]
        if mention is not None and mention.how == "coref" and mention.kind == "party" and word.lower_ == "party":
            speaker = reporting_party(word, sentence, self._lemma, self._lex.data.cues.report_verbs, self._groups) \
                or fronted_subject_party(word, sentence)
            if speaker is not None:
                return [self.found(speaker, word, "coref")]
        if mention is not None:
            if mention.kind == "party" and any(c.dep_ == "nummod" for c in word.children):
                return [self.found(mention, word, "group")]    # "three RJD MLAs"
            return [self.found(mention, word, "coref" if mention.how == "coref" else how)]
        if word.lower_ in _THIRD or word.lower_ in FIRST_PERSON:
            return self._pronoun(word, sentence)
        lemma = self._lemma(word)
        if lemma in PAIR_NOUNS and sentence.pair is not None and counted_two(word) \
                and not word.conjuncts and not children(word, "appos"):
            # "the two parties will fight each other", "both sides agreed"
            return [Found(e, self._kinds.get(e, "party"), word.i, "coref") for e in sentence.pair]
        if lemma == "name":
            # "proposed Kharge's name", "the name of Champai Soren was put forward": the one named
            for owner in children(word, "poss") + prep_objects(word, "of"):
                found = self._one(owner, sentence, how)
                if found:
                    return found
        if word.tag_ in ("NNS", "NNPS") and word.i + 1 < len(word.doc) and word.doc[word.i + 1].text in _LIST_DASHES:
            # "administered oaths to the two Deputy PMs – Prakash Man Singh and Bishnu Paudel":
            # the people the list after a plural title names
            members = [f for a in children(word, "appos") for f in self.resolve(a, sentence, how)]
            if members:
                return [f for f in members if f.kind == "person"]
        if lemma in _SITTINGS and word.dep_ == "nsubj" and self._lemma(word.head) in self._lex.cues.decision_verbs:
            # "the Unified Socialist's secretariat meeting decided to join": the party whose
            # meeting decides (not "walked out of the INDIA bloc meeting": a meeting as a place)
            owners = [f for c in [*children(word, "poss"), *modifiers(word)] for f in self._one(c, sentence, how)
                      if f.kind in ("party", "alliance")]
            if owners:
                return owners
        if lemma in _BELONGING and word.tag_ == "NNS":
            # "INDIA bloc partners are likely to meet in Bhopal": the alliance's members together
            # (not "the Congress's partners": a party's partners are others)
            alliances = [f for c in [*children(word, "poss"), *modifiers(word)] for f in self._one(c, sentence, how)
                         if f.kind == "alliance"]
            its_names = any(t.dep_ == "appos" and sentence.anchors.entity(t) is not None for t in word.subtree)
            if alliances and not its_names and not self._listed(word):
                return [dataclasses.replace(alliances[0], how="group")]
        if lemma in self._groups:
            # "Trinamool MP Derek O'Brien": a title, the person is named next to it
            following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
            near = [*children(word, "appos", "compound"), word.head] + ([following] if following else [])
            for other in near:
                person = sentence.anchors.entity(other)
                if person is not None and person.kind == "person" and other.i > word.i:
                    if word.tag_ == "NNS" and other.dep_ == "appos":
                        # "two leaders were missing: Akhilesh Yadav and Mamata Banerjee": the list
                        return [f for f in self.resolve(other, sentence, how) if f.kind == "person"]
                    return [self.found(person, other, how)]
            # "TMC leaders", "Nitish Kumar's government", "leaders of parties such as the DMK"
            # a possessive first ("Nitish Kumar's NDA government"), unless it is only a title
            # standing for someone: "the Prime Minister's Secretariat, CPN-UML ministers" (a
            # parse that hangs the possessive on "ministers") are the UML's ministers
            # "the alliance's biggest party in the state, the RJD": the apposition names it
            # ("leaders of the Congress, the CPI(ML) Liberation, the JMM and the RLD", parsed as
            # appositions of "leaders": the whole list they stand in)
            named = list({f.entity: f for a in self._naming(word)
                          for f in self.resolve(a, sentence, how)}.values())
            # "MVA leaders including Uddhav Thackeray and Sharad Pawar": the ones it lists
            # (a long list the parser breaks up: "Leaders including RJD president Lalu Prasad,
            # his son Tejashwi Yadav, the CPI(M)'s general secretary Sitaram Yechury and D Raja")
            named = named or list({f.entity: f for o in self._listed(word) for item in list_items(o)
                                   for f in self.resolve(item, sentence, how) if f.kind == "person"}.values())
            # "Stalin, Pawar and Thackeray are among the leaders who will attend": the ones named
            named = named or [f for o in self._among(word) for f in self.resolve(o, sentence, how)
                              if f.kind == "person"]
            if named:
                return named
            owners_ = [*children(word, "poss"), *modifiers(word)]
            weak = [c for c in owners_ if (m := sentence.anchors.entity(c)) is not None and m.how == "coref"
                    and c.lower_ not in _THIRD]
            for child in [c for c in owners_ if c not in weak] + weak:
                owner = sentence.anchors.entity(child)
                if owner is not None:
                    return [self.found(owner, child, "group")]
                if child.dep_ == "poss" and (child.lower_ in _THIRD or child.lower_ in FIRST_PERSON):
                    # "their parties" are the parties; "its ministers" stand for the party;
                    # "my party", "our party" are the speaker's
                    owners = self._pronoun(child, sentence)
                    if owners:
                        return [dataclasses.replace(f, how="coref" if lemma == "party" else "group")
                                for f in owners]
            # ("six ministers representing the Nepali Congress": the party they stand for)
            representing = [o for a in children(word, "acl") if self._lemma(a) == "represent"
                            for o in children(a, "dobj")]
            for child in prep_objects(word, "of") + prep_objects(word, "from") + led_by(word) + representing:
                owners = self.resolve(child, sentence, "group")
                if owners:
                    return owners
        if lemma in _COUNTING or word.tag_ == "CD":
            # "one seat each to a pair of its allies, the IUML and the KMDK", "two of its allies"
            for group in prep_objects(word, "of"):
                found = self._one(group, sentence, how)
                if found:
                    return found
        if lemma in _GENERIC or word.tag_ == "NNS":
            # ("the MVA partners in Maharashtra, the Sena (UBT), the Congress and the NCP (SP)":
            # the list the parser hung on the place)
            listed = self._listed(word) + self._naming(word) + [
                a for o in prep_objects(word, "in") if sentence.anchors.place(o) is not None
                for a in children(o, "appos") if sentence.anchors.entity(a) is not None]
            if not listed and lemma in _GENERIC:
                # "its ally MDMK", "the two Left parties, the CPI and the CPI(M)": the names
                # right after, whatever the parser made of them
                return [self.found(m, t, how) for m, t in names_after(word, sentence)]
            return [f for o in listed for f in self.resolve(o, sentence, how)]
        # "Its chairman, the Madhesi leader Upendra Yadav, resigned": the person in apposition
        for appos in self._naming(word):
            found = self._one(appos, sentence, how)
            if found:
                return found
        return []

    def _naming(self, word: Token) -> list[Token]:
        """The appositions that say who a noun is (not what it belongs to: "Tamil Nadu's ruling
        party, a key member of the INDIA bloc")."""
        return [a for a in children(word, "appos") if self._lemma(a) not in _BELONGING]

    def _among(self, word: Token) -> list[Token]:
        """The subject of "A, B and C are among the <word>"."""
        if not among(word) or self._lemma(word.head.head) != "be":
            return []
        return children(word.head.head, "nsubj")

    def _sharing_clauses(self, verb: Token) -> list[Token]:
        """The clauses beside a verb that share something out with it ("..., while the NC will
        head those of Bagmati", "..., with the Congress taking Bagmati")."""
        beside = [c for c in children(verb, "advcl", "conj") if is_verb(c)
                  and (c.dep_ == "conj" or any(m.lower_ in ("while", "whereas") for m in children(c, "mark")))]
        beside += [c for p in children(verb, "prep") if p.lower_ == "with" for c in children(p, "pcomp")]
        if verb.dep_ in ("advcl", "conj") and is_verb(verb.head):
            beside.append(verb.head)
        return [c for c in beside if self._lemma(c) in _SHARING_VERBS]

    def shared_out(self, token: Token) -> list[Token]:
        """The words of what the other side takes in a clause beside the trigger's ("with the
        Congress taking Bagmati and Gandaki", "and the Congress those of Bagmati"): its places
        are the same deal's."""
        verb = token if is_verb(token) else governor(token)
        if verb is None:
            return []
        taken = [t for c in self._sharing_clauses(verb) if c.i > verb.i for o in children(c, "dobj") for t in o.subtree]
        return taken + [t for g in _gapped(verb) for a in children(g, "appos") for t in a.subtree]

    @staticmethod
    def _listed(word: Token) -> list[Token]:
        """What "including" / "such as" / "like" lists under a noun (or right after it, hung on
        the verb: "was attended by several leaders of the bloc, including Mann, ...")."""
        own = [o for p in children(word, "prep") if p.lower_ in _LISTING for o in children(p, "pobj")]
        if not own and word.dep_ == "nsubj":
            # "32 leaders were in attendance, including Banerjee, Yadav and Kharge": the list hangs
            # on the predicate, after the subject
            verb = word.head
            hosts = [verb, *(o for p in children(verb, "prep") for o in children(p, "pobj"))]
            return [o for h in hosts for p in children(h, "prep") if p.lower_ in _LISTING and p.i > word.i
                    for o in children(p, "pobj")]
        if own or word.dep_ != "pobj" or word.head.head.i == word.head.i:
            return own
        verb = word.head.head
        after = word.right_edge.i + 1
        while after < len(word.doc) and word.doc[after].is_punct:
            after += 1
        return [o for p in children(verb, "prep") if p.lower_ in _LISTING and p.i == after
                for o in children(p, "pobj")]

    @staticmethod
    def found(mention: Mention, word: Token, how: str) -> Found:
        return Found(mention.entity, mention.kind, word.i, how)


_NEWS_TITLE = frozenset({"new", "newly", "incoming", "outgoing", "designate", "designated", "newly-appointed",
                         "newly-elected"})


#: Verbs of a clause beside another that share something out ("..., while the NC will head
#: the governments of Bagmati", "with the Congress taking Gandaki").
_SHARING_VERBS = frozenset({"lead", "head", "run", "take", "assume", "get", "keep", "helm", "chair", "receive"})

#: Pronouns that stand only for a person.
_PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})


def _gapped(verb: Token) -> list[Token]:
    """"the UML will head the governments of Koshi, and the Congress those of Bagmati": the
    subject of a clause whose verb is left out, hung on the verb (or on the "is" of "is to
    head") as a conjunct noun."""
    verbs = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    return [c for v in verbs for c in children(v, "conj") if c.tag_.startswith("NN")
            and any(a.lower_ in ("those", "that") for a in children(c, "appos"))]


def _respectively_in(doc: object) -> bool:
    return any(t.lower_ == "respectively" for t in doc)  # type: ignore[attr-defined]


#: Nouns in apposition that say what someone belongs to, not who they are.
_BELONGING = frozenset({"member", "part", "constituent", "partner", "ally", "component"})
_MEMBERSHIP = frozenset({"comprise", "include", "consist", "comprising", "including", "consisting"})

def _list_item(name: Token, title: Token) -> bool:
    """A line of a list of office holders: a name, then a dash or colon, then the title, and
    no verb ("Prakash Man Singh (NC) - Deputy Prime Minister and Minister for Urban Development")."""
    between = name.doc[name.i + 1:title.i]
    return name.dep_ == "ROOT" and not is_verb(name) and not any(is_verb(t) for t in name.doc) \
        and any(t.text in ("-", "–", "—", ":") or t.text.endswith(("-", "–", ":")) for t in between)


_OWN_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "xcomp", "csubj", "conj"})


def _in_clause_below(token: Token, verb: Token) -> bool:
    """Is the token in a clause of its own under the verb (a relative clause, a complement)?"""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in _OWN_CLAUSES and is_verb(node):
            return True
        node = node.head
    return False


#: How an argument found through a singular relative clause is told: of its antecedent alone.
SOLE = "sole"


def _told_of_one(verb: Token) -> bool:
    """Is the verb a relative clause in the singular ("Banerjee, who is also Bengal's chief
    minister; Akhilesh Yadav, ...": of Banerjee alone, not of the list she opens)?"""
    if verb.dep_ != "relcl" or not any(s.lower_ in ("who", "which") for s in children(verb, "nsubj")):
        return False
    forms = [verb, *children(verb, "aux", "auxpass")]
    return any(f.tag_ == "VBZ" or f.lower_ in ("is", "was", "has") for f in forms)


def _coordinated(word: Token) -> tuple[Token, ...]:
    """The word's conjuncts, when a coordinator joins them ("A, B and C"): not a name the parser
    joined without one ("Mahara, who once worked as secretary to Dahal, the prime minister,
    became chief minister", with "Dahal" a conjunct of "Mahara")."""
    group = word.conjuncts
    if not group:
        return group
    top = word
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    # (anywhere in the list's phrase: "A, B, ..., I and several others" ends on it)
    return group if any(t.dep_ in ("cc", "preconj") for t in top.subtree) else ()


def _also(word: Token) -> bool:
    """"Yadav, also the chairman of the JSP, ...": a further post, told in passing."""
    return any(c.lower_ == "also" for c in word.children)


def _the_title(word: Token) -> bool:
    """"The Bihar Chief Minister": one person named by their title (not "ministers")."""
    return word.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ == "the" for c in word.children)
