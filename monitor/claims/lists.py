"""Lists the parser breaks, read along the words: the rest of a long list of names, the
parties hung on each leader named with "of", a person joined by "and" before a name, those
"along with" a subject, "N from X, M from Y", names right after a noun, "as did the RLD",
"the government led by", "those who attended were ..."."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from monitor.claims.tree import children, direct_objects, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from monitor.claims.arguments import Sentence
    from monitor.claims.entities import Mention

Lemma = Callable[["Token"], str]

_ELLIPTIC = frozenset({"was", "were", "is", "are", "did", "do", "does", "had", "has", "have", "will", "would"})
#: "Those who attended were ...", "Leaders present included ...": verbs that list a group.
_LISTING_VERBS = frozenset({"be", "include"})


def list_tail(last: Token, sentence: Sentence) -> list[Token]:
    """The rest of a long list of names the parser broke off ("attended by A, B, C, D, E
    and F", with "E" hung elsewhere): the names that go on after its last conjunct, one
    comma or "and" apart, read along the words."""
    doc = last.doc
    out: list[Token] = []
    i = last.i + 1
    while i < len(doc) and doc[i].lower_ in (",", "and"):
        while i < len(doc) and doc[i].lower_ in (",", "and"):
            i += 1
        start = i
        while i < len(doc) and doc[i].tag_ in ("NNP", "NNPS"):
            i += 1
        if i == start:
            break
        head = doc[i - 1]
        if sentence.anchors.entity(head) is not None:
            out.append(head)
    return out


def joined_before(word: Token, sentence: Sentence) -> list[Token]:
    """"Rahul Gandhi and Congress president Mallikarjun Kharge flew ...", parsed with "Rahul
    Gandhi" as a modifier of "Kharge": another person joined by "and" before the name."""
    own = sentence.anchors.entity(word)
    return [c for c in word.children if c.dep_ in ("nmod", "compound") and c.i < word.i
            and (m := sentence.anchors.entity(c)) is not None and m.kind == "person" and own is not None
            and m.entity != own.entity and any(k.dep_ == "cc" and k.lower_ == "and" for k in c.children)]


def after_leaders(word: Token, sentence: Sentence) -> list[Token]:
    """"the CPN (US) of Madhav Nepal, the JSP of Upendra Yadav and the LSP": the parser hangs
    each next party on the leader just named with "of"; they go on with the list."""
    out: list[Token] = []
    node = word
    for _ in range(8):
        # ("the CPN (Unified Socialist) of ...": the "of" may hang on a word of the name)
        same = [a for a in children(node, "appos") if sentence.anchors.entity(a) == sentence.anchors.entity(node)]
        leader = next((o for n in (node, *same) for o in prep_objects(n, "of")
                       if (m := sentence.anchors.entity(o)) is not None and m.kind == "person"), None)
        if leader is None:
            break
        parties = [a for a in [*children(leader, "appos"), *leader.conjuncts]
                   if (m := sentence.anchors.entity(a)) is not None and m.kind == "party"]
        if not parties:
            break
        out += parties
        node = parties[0]
    return out


def along_with(verb: Token) -> list[Token]:
    """Who "along with" / "together with" / "alongside" adds to the verb's subject."""
    out: list[Token] = []
    holders = [verb, verb.head] if verb.dep_ in ("acomp", "attr") else [verb]     # ("was present, along with")
    holders += [s for h in holders for s in children(h, "nsubj")]                 # ("Yadav, along with Pawar, ...")
    for prep in (p for h in holders for p in children(h, "prep")):
        if prep.lower_ == "alongside":
            objects = children(prep, "pobj")
        elif prep.lower_ in ("along", "together"):
            objects = [o for w in children(prep, "prep") if w.lower_ == "with" for o in children(w, "pobj")]
        else:
            continue
        out += [t for o in objects for t in (o, *o.conjuncts)]
    return out


def counted_from(word: Token) -> list[Token]:
    """"four ministers from his party, seven from the UML, three from the RSP and two from the
    CPN (US)": the parser hangs each next "N from X" on the one before; the rest of the X."""
    out: list[Token] = []
    todo = [word]
    while todo and len(out) < 12:
        node = todo.pop(0)
        # (also on the party's own apposition: "from his party, the CPN (Maoist Centre), seven
        # from the UML")
        counts = [c for c in (*children(node, "appos", "conj"),
                              *(k for a in children(node, "appos") for k in (*a.conjuncts, *children(a, "appos"))))
                  if c.tag_ == "CD"]
        nxt = [o for c in counts for o in prep_objects(c, "from") if o not in out and o.i != word.i]
        out += nxt
        todo += nxt
    return out


def names_after(word: Token, sentence: Sentence) -> list[tuple[Mention, Token]]:
    """Parties named right after a noun, read along the words: "ally MDMK", "parties, the CPI
    and the CPI(M)" (only "," / "and" / "the" between them)."""
    out: list[tuple[Mention, Token]] = []
    doc = word.doc
    i = word.i + 1
    while i < len(doc):
        mention = sentence.anchors.entity(doc[i])
        if mention is not None:
            if mention.kind != "party":
                break
            if not out or out[-1][0] is not mention:
                out.append((mention, doc[i]))
        elif doc[i].lower_ not in (",", "and", "the") or (doc[i].lower_ == "," and not out and i > word.i + 1):
            break
        i += 1
    return out


def as_did(verb: Token) -> list[Token]:
    """"The JD(U) quit the bloc, as did the RLD", "Gandhi was present, as was Yadav": the
    subject of an elliptic "as" clause does the same."""
    clause = verb.head if verb.dep_ in ("acomp", "attr") else verb      # "was present, as was ..."
    return [s for c in children(clause, "advcl") if c.lower_ in _ELLIPTIC
            and any(m.lower_ == "as" for m in children(c, "mark"))
            and not children(c, "dobj", "attr", "acomp", "xcomp", "ccomp", "prep")
            for s in children(c, "nsubj")]


def led_by(word: Token) -> list[Token]:
    """"the government led by Prachanda": who leads it."""
    return [o for acl in children(word, "acl") if acl.lower_ in ("led", "headed", "run")
            for a in children(acl, "agent") for o in children(a, "pobj")]


def listed_after(clause: Token, lemma: Lemma) -> list[Token]:
    """The names a clause's unnamed group is listed as: "those who attended were Pawar and
    Abdullah", "leaders who skipped the meeting included ...", "among those present were ..."."""
    if clause.dep_ not in ("relcl", "acl", "amod"):
        return []
    group = clause.head
    host = group.head
    if group.dep_ == "pobj" and host.lower_ == "among":
        host = host.head
    elif group.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if lemma(host) not in _LISTING_VERBS or host.i == group.i:
        return []
    return [t for t in (*direct_objects(host), *children(host, "attr", "nsubj"))
            if t.i != group.i and t.i > clause.i]


#: What may stand between two names of one list: "A, B and the C" (and the bracket a name
#: leaves: "Janata Dal (United), ..."; a party hung on a name: "Yechury of the CPI(M), the
#: CPI's D Raja and ...").
_RUN_GAP = frozenset({",", "and", "the", "&", ")", "(", "of", "'s", "’s"})
_SEPARATORS = frozenset({",", "and", "&"})
#: Prepositions that set a name apart from the list that follows it.
_APART = frozenset({"besides", "except", "unlike", "excluding", "barring"})


def _set_apart(word: Token) -> bool:
    return word.dep_ == "pobj" and word.head.lower_ in _APART


def mention_run(words: list[Token], sentence: Sentence, titles: frozenset[str]) -> list[Token]:
    """The whole list of names the words stand in ("leaders of A, B (U), C of India (Marxist),
    D and E", which the parser tangles into appositions; "Tamil Nadu Chief Minister MK Stalin,
    RJD leader Tejashwi Yadav and SP chief Akhilesh Yadav", titles between the names): the
    heads of three or more names of the words' own kinds that follow one another one comma
    apart, "and" before the last."""
    anchors = sentence.anchors
    # (the list's kind is its first name's: a party the parse joined in, "..., NCP-SP president
    # Sharad Pawar", is a title of the next name)
    kinds = next(({m.kind} for w in words if (m := anchors.entity(w)) is not None), set())
    # (not a name set apart from the list: "Besides the UML, the RSP, the JSP and ... are set to join")
    spans = sorted({(a.start, a.end, a.root) for m, a in anchors.entities.values() if m.kind in kinds
                    and not _set_apart(anchors.doc[a.root])})
    inside = [i for i, s in enumerate(spans) if any(s[0] <= w.i < s[1] for w in words)]
    if not inside:
        return []
    doc = anchors.doc
    # (every word of another kind's name: "NCP-SP president Sharad Pawar" has a "-" in it)
    other_names = {i for m, a in anchors.entities.values() if m.kind not in kinds for i in range(a.start, a.end)}

    def gap(left: tuple, right: tuple) -> list[Token]:
        return list(doc[left[1]:right[0]])

    def joined(left: tuple, right: tuple) -> bool:
        # (a title between two names belongs to the second: "..., RJD leader Tejashwi Yadav";
        # with no comma or "and" between them, the first is the second's title: "Nepali
        # Congress President Sher Bahadur Deuba")
        between = gap(left, right)
        # (a whole item no one watches may stand between two: ", AAP leader Sanjay Singh, ")
        unwatched_item = sum(1 for t in between if t.lower_ in _SEPARATORS) >= 2
        return any(t.lower_ in _SEPARATORS for t in between) and all(
            t.lower_ in _RUN_GAP or t.lower_ in titles or t.lower_.removesuffix("s") in titles
            or anchors.place(t) is not None or (unwatched_item and t.tag_ == "NNP")
            or t.i in other_names for t in between)

    first = last = inside[0]
    while first > 0 and joined(spans[first - 1], spans[first]):
        first -= 1
    while last + 1 < len(spans) and joined(spans[last], spans[last + 1]):
        last += 1
    run = spans[first:last + 1]
    if len(run) < 3 or not {"and", "&"} & {t.lower_ for t in gap(run[-2], run[-1])}:
        return []
    return [doc[s[2]] for s in run]
