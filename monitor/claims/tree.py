"""Walking a dependency parse (spaCy's English labels): subjects, objects, clauses.

Small pure functions over ``spacy.tokens.Token``; they know English grammar, not the
story. The frames (``frames.py``) name paths ("subj", "prep:with") and this module
follows them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

Lemma = Callable[["Token"], str]

SUBJECTS = frozenset({"nsubj", "csubj"})
#: Dependents that start a clause of their own: what is in them is not the trigger's.
CLAUSES = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "xcomp", "csubj", "pcomp"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
#: "told the party workers to get ready": the object, not the subject, does it.
OBJECT_CONTROL = frozenset({"tell", "ask", "urge", "persuade", "invite", "allow", "force", "direct",
                            "instruct", "request", "want", "expect", "advise", "encourage", "push",
                            "prompt", "compel", "help", "let", "make", "propose", "suggest",
                            # "backed Banerjee to lead the bloc": the one backed leads it
                            "back", "support", "endorse", "prefer", "favour", "favor"})
#: What one calls that is no one: "called a meeting to discuss seat sharing" (the caller discusses).
_CALLED_THINGS = frozenset({"meeting", "session", "conference", "rally", "strike", "poll", "election", "vote",
                            "halt", "bandh", "protest", "dharna", "gathering"})


def _calls_someone(verb: Token, lemma: Lemma) -> bool:
    """"called the political parties to stake a claim": the ones called do it (not "called a
    meeting to discuss seat sharing")."""
    return lemma(verb) == "call" and any(o.tag_ in ("NNS", "NNP", "NNPS", "PRP") and lemma(o) not in _CALLED_THINGS
                                         for o in children(verb, "dobj", "oprd"))


#: "appealed to the parties to join", "called on him to resign".
PREP_CONTROL = frozenset({"appeal", "call", "plead", "turn", "rely", "count", "press"})
_COMPLEMENTS = frozenset({"dobj", "attr", "oprd", "acomp"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod"})
_NOT_MODIFYING = CLAUSES | {"det", "punct", "cc", "prep", "advmod", "nsubj", "nsubjpass", "mark"}


def is_verb(token: Token) -> bool:
    return token.tag_.startswith("VB") or token.tag_ == "MD"


def is_noun(token: Token) -> bool:
    return token.tag_.startswith("NN") or token.tag_ == "PRP"


def is_infinitive(verb: Token) -> bool:
    """"to contest", "to join": a verb with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def verb_complements(token: Token) -> list[Token]:
    """The verbs a word takes as its complement: an infinitive ("asked her to attend", "backed
    Banerjee to lead the bloc") or a gerund under "for" ("backed Banerjee for leading the bloc")."""
    # (an infinitive after an object, or after a passive, is often parsed as an adjunct: "backed
    # Oli to lead", "he has been put forward to lead the cabinet")
    taken = [a for a in children(token, "advcl") if is_infinitive(a)] \
        if children(token, "dobj") or is_passive(token) else []
    return [*children(token, "xcomp"), *taken,
            *(g for p in children(token, "prep") if p.lower_ == "for" for g in children(p, "pcomp"))]


def governor(token: Token) -> Token | None:
    """The verb (or adjective) a noun hangs on: "sealed a deal", "agreed on a deal"."""
    node = token
    for _ in range(3):
        if node.dep_ in ("ROOT",) or node.head.i == node.i:
            return None
        head = node.head
        if head.dep_ == "prep" and node.dep_ == "pobj":
            node = head
            continue
        if is_verb(head) or head.tag_.startswith("JJ"):
            return head
        return None
    return None


def past_void(token: Token, void: frozenset[str], lemma: Lemma) -> Token | None:
    """"ruled out any chance of an alliance", "there is no possibility of a tie-up": the verb
    above a void noun ("no" or "any" chance, question, possibility) governs what hangs on it
    (negation reads the "no"; "a possibility of an alliance" stays no verb's)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    noun = token.head.head
    if not (noun.tag_.startswith("NN") and lemma(noun) in void
            and any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children)):
        return None
    return governor(noun)


def clause_head(token: Token) -> Token:
    """The verb whose clause the token is in (itself for a verb)."""
    if is_verb(token):
        return token
    return governor(token) or token


#: Verbs whose object does what their "of" / "for" / "from" clause tells ("accused the Congress
#: of joining hands with the CPI(M)", "stopped the RJD from contesting").
_ASCRIBING = frozenset({"accuse", "charge", "blame", "criticise", "criticize", "slam", "fault", "suspect",
                        "credit", "thank", "praise", "stop", "prevent", "bar", "restrain", "dissuade"})
_GIVING = frozenset({"give", "offer", "grant", "provide", "deny", "afford", "allow", "send"})


def _stray_subject(verb: Token) -> Token | None:
    """"... will contest the Begusarai seat and the CPI(M) will contest the Khagaria seat": a
    conjoined verb with its own auxiliary whose subject the parser hung, as one more conjunct,
    on the first clause's object (the name right before the auxiliary)."""
    auxiliaries = children(verb, "aux")
    if not auxiliaries:
        return None
    node = verb.doc[min(a.i for a in auxiliaries) - 1]
    while node.is_punct and node.i > verb.head.i:
        node = node.doc[node.i - 1]
    for _ in range(6):
        if node.dep_ == "conj" and node.tag_ == "NNP" and not is_verb(node.head):
            return node if verb.head.i < node.i else None
        if node.dep_ not in ("appos", "pobj", "prep", "compound") or node.head.i == node.i:
            return None
        node = node.head
    return None


#: Words that open a clause of time or cause, parsed as prepositions when a name follows.
_SUBORDINATING = frozenset({"after", "before", "since", "until", "till", "as"})


def subordinated_subject(verb: Token) -> Token | None:
    """"The bloc faced a jolt after Aam Aadmi Party said it would ...": the parser takes the
    name right after "after" for its object and the verb for a conjunct of the main one; the
    name is the verb's subject."""
    if verb.i == 0 or children(verb, "cc"):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "pobj" and before.tag_ == "NNP" and before.head.lower_ in _SUBORDINATING \
            and before.head.head.i == verb.head.i and not any(c.dep_ == "cc" for c in verb.head.children
                                                             if before.i < c.i < verb.i):
        return before
    return None


def subjects(verb: Token, lemma: Lemma, depth: int = 0) -> list[Token]:
    """The active subject of a verb's clause, inherited where English leaves it out."""
    # (the parser sometimes hangs the subject on the auxiliary: "two leaders were missing")
    own = children(verb, *SUBJECTS) or [s for a in children(verb, "aux", "auxpass")
                                         for s in children(a, *SUBJECTS)]
    if own:
        if verb.dep_ in ("relcl", "acl") and own[0].lower_ in RELATIVE_PRONOUNS:
            return [verb.head]
        if own[0].lower_ == "who":
            focus = cleft_focus(own[0])
            return [focus] if focus is not None else own
        return own
    # "In Bihar the RJD will fight 26 seats": the parser took the subject for the place's apposition
    fronted = [a for p in children(verb, "prep") if p.i < verb.i for o in children(p, "pobj")
               for a in children(o, "appos") if a.i < verb.i and not children(verb, "nsubjpass", "expl")]
    if fronted:
        return fronted
    if depth > 4 or verb.head.i == verb.i:
        return []
    head = verb.head
    dep = verb.dep_
    if dep == "pcomp" and head.lower_ == "with" and children(head, "pobj"):
        return children(head, "pobj")       # "with Oli becoming prime minister first"
    if dep == "pcomp" and head.lower_ == "for" and lemma(head.head) in OBJECT_CONTROL and children(head.head, "dobj"):
        return children(head.head, "dobj")     # "backed Banerjee for leading the bloc"
    if dep == "advcl" and (lemma(head) in OBJECT_CONTROL or _calls_someone(head, lemma)) \
            and children(head, "dobj") and is_infinitive(verb):
        dep = "xcomp"       # "we propose the Congress to fight one seat": an infinitive taken for an adjunct
    if dep == "xcomp":
        if lemma(head) in OBJECT_CONTROL or _calls_someone(head, lemma):
            # (the parser takes "called Mamata Banerjee to attend" for a naming: "oprd")
            objects = children(head, "dobj") or (children(head, "oprd") if lemma(head) == "call" else [])
            if objects:
                return objects
        # "appealed to every party to join", "called on him to resign": the one appealed to
        if lemma(head) in PREP_CONTROL:
            objects = [o for p in children(head, "prep") if p.lower_ in ("to", "on", "upon")
                       for o in children(p, "pobj")]
            if objects:
                return objects
        if head.tag_.startswith("JJ") and is_verb(head.head):
            head = head.head       # "is likely to join": the subject of "is"
        # "a government that Oli is expected to lead": the passive's own subject first
        return children(head, "nsubjpass") or subjects(head, lemma, depth + 1)
    if dep == "conj":
        stray = _stray_subject(verb) or subordinated_subject(verb)
        return [stray] if stray is not None else subjects(head, lemma, depth + 1)
    # ("While addressing the rally, Stalin said": a participle's subject is the clause's, marked or not)
    if dep == "advcl" and (not children(verb, "mark") or verb.tag_ in ("VBG", "VBN")):
        previous = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if verb.tag_ == "VBG" and previous is not None and previous.dep_ == "pobj" and previous.tag_.startswith("NN") \
                and previous.head.lower_ == "of":
            return [previous]       # "in favour of the Congress contesting nine seats": the Congress
        return subjects(head, lemma, depth + 1)
    if dep in ("relcl", "acl"):
        # ("the meeting, which was attended by X": the head is what the passive is done to)
        if children(verb, "nsubjpass", "auxpass"):
            return []
        # "the decision of Naidu and Kalyan to join the NDA", "the party's decision to withdraw":
        # whose decision it is
        # ("his decision to join": whose is left to the pronoun's antecedent, too far to trust)
        owners = [p for p in children(head, "poss") if p.lower_ not in ("his", "her", "my", "your")]
        if owners and all(o.lower_ in ("their", "its") for o in owners) and is_infinitive(verb) \
                and head.dep_ == "dobj" and is_verb(head.head):
            # "AAP leaders have expressed their desire to contest": the one whose clause it is
            return subjects(head.head, lemma, depth + 1)
        deciders = owners or [o for p in children(head, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        if deciders and is_infinitive(verb):
            return deciders
        if is_infinitive(verb) and head.dep_ == "dobj" and is_verb(head.head) \
                and (lemma(head.head) not in _GIVING or children(head.head, "prt")):
            # "the JD(U) switched allegiance to rejoin the NDA", "took the decision to quit", "gave
            # up his bid to become prime minister": the one who does it (not "gave the Congress a
            # chance to win")
            return subjects(head.head, lemma, depth + 1)
        return [head]
    if dep == "pcomp" and head.dep_ == "prep":
        above = head.head
        if above.tag_.startswith("JJ") and above.dep_ in ("acomp", "attr") and is_verb(above.head):
            above = above.head      # "the Congress is keen on contesting": the subject of "is"
        elif above.dep_ == "npadvmod" and is_verb(above.head):
            above = above.head      # "A day after being released, Kejriwal claimed": Kejriwal
        elif above.dep_ == "dobj" and lemma(above.head) == "have":
            above = above.head      # "the TMC has no intention of joining": the TMC
        elif is_verb(above) and head.lower_ in ("of", "for", "from") and lemma(above) in _ASCRIBING \
                and children(above, "dobj"):
            return children(above, "dobj")     # "accused the Congress of joining hands with the CPI(M)"
        return subjects(above, lemma, depth + 1) if is_verb(above) else []
    if dep in ("acomp", "attr") and is_verb(head):
        return subjects(head, lemma, depth + 1)
    return []


def cleft_focus(who: Token) -> Token | None:
    """"It was she ... who had put forward Kharge": what the cleft puts in focus."""
    for token in reversed(who.doc[max(0, who.i - 12):who.i]):
        if token.lower_ in ("was", "is", "were", "'s") and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children):
            focus = [c for c in token.children if c.dep_ == "attr" and c.i < who.i]
            return focus[0] if focus else None
    return None


def passive_subjects(verb: Token) -> list[Token]:
    found = children(verb, "nsubjpass")
    if not found and verb.dep_ == "conj" and is_passive(verb):
        lost = lost_subject(verb)
        return [lost] if lost is not None else []
    return found


def lost_subject(verb: Token) -> Token | None:
    """"contest 17 seats and the remaining 63 seats will be contested by the SP": the parser
    joined the second clause's subject to the first one's object; this finds it again."""
    if children(verb, "nsubj", "nsubjpass") or verb.left_edge.i == 0:
        return None
    before = verb.doc[verb.left_edge.i - 1]
    if before.dep_ == "conj" and before.tag_.startswith("NN") and before.head.i < before.i \
            and before.head.dep_ in ("dobj", "pobj") and before.i < verb.i:
        return before
    return None


def direct_objects(verb: Token) -> list[Token]:
    found = children(verb, "dobj")
    if not found and is_passive(verb):
        found = children(verb, "nsubjpass")
        if verb.dep_ == "relcl" and found and found[0].lower_ in RELATIVE_PRONOUNS:
            return [verb.head]      # "the meeting, which was attended by X": the meeting
    return found


def complements(token: Token) -> list[Token]:
    """"named him convenor", "is a member", "ready": predicate complements."""
    return children(token, "attr", "oprd", "acomp")


#: "in favour of", "in support of": phrases whose "of" names the one the verb is for.
_IN_FAVOUR = frozenset({"favour", "favor", "support"})


def prep_objects(token: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` under the token (or its complement/governor).

    ``word`` may be two words joined by "_" ("out_of"); "out of", "away from" are also
    found from the second word alone.
    """
    bases = [token]
    if is_verb(token):
        bases += [c for c in token.children if c.dep_ in _COMPLEMENTS]
        # "every one of the 42 seats without the Congress": through the object's "of"
        bases += [o for c in bases[1:] for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        if word == "as":
            # "threw her weight behind Kharge as the PM face": the role hung on the one backed
            bases += [o for p in token.children if p.dep_ == "prep" and p.lower_ != "as"
                      for o in p.children if o.dep_ == "pobj"]
        if word == "of":
            # "voted in favour of Shah": through the phrase (not "came on behalf of the TMC":
            # whom one stands for, not whom one is for)
            bases += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" and o.lower_ in _IN_FAVOUR]
    else:
        gov = governor(token)
        if gov is not None and token.dep_ != "pobj":
            bases.append(gov)
    out: list[Token] = []
    words = word.split("_")
    for base in bases:
        for prep in _preps(base):
            if prep.lower_ == words[-1] and (len(words) == 1 or _preceded(prep, words[0])):
                out += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return out


def _preceded(prep: Token, word: str) -> bool:
    """"out of": the first word is the preposition's head or stands just before it."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prep.head.lower_ == word or (before is not None and before.lower_ == word)


def _preps(token: Token) -> Iterator[Token]:
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.tag_ in ("IN", "TO", "RP"):
            yield child
            # "out of", "away from": a preposition under a preposition or particle
            yield from (c for c in child.children if c.dep_ == "prep")
        elif child.dep_ in ("prt", "advmod"):
            yield from (c for c in child.children if c.dep_ == "prep")


def modifiers(token: Token) -> list[Token]:
    """Words that modify a noun from the left ("the SP-Congress deal", "NDA ally")."""
    out: list[Token] = []
    stack = [c for c in token.lefts if c.dep_ in _MODIFIERS]
    while stack:
        node = stack.pop()
        out.append(node)
        # not into a clause the parser hung on a modifier ("Now, he wrote, even elected ...")
        stack += [c for c in node.children if c.dep_ not in _NOT_MODIFYING]
    return sorted(out, key=lambda t: t.i)


def clause_tokens(token: Token) -> list[Token]:
    """The tokens of the clause the token belongs to, without embedded clauses."""
    head = clause_head(token)
    out: list[Token] = []
    stack = [head]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            if child.dep_ in CLAUSES and not _contains(child, token):
                continue
            if child.dep_ == "conj" and is_verb(child) and not _contains(child, token):
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _contains(root: Token, token: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i


def ancestors_with_links(token: Token) -> Iterator[tuple[Token, Token]]:
    """(head, the child we came from) pairs from the token up to the root."""
    node = token
    for _ in range(40):
        if node.head.i == node.i:
            return
        yield node.head, node
        node = node.head


def negations(token: Token) -> int:
    """How many negations bear on the token itself ("not", "never", "no longer")."""
    count = 0
    for child in token.children:
        if child.dep_ == "neg":
            count += 1
        elif child.dep_ == "advmod" and any(c.dep_ == "neg" for c in child.children):
            count += 1   # "no longer", "not yet"
        elif child.dep_ in ("aux", "auxpass") and any(c.dep_ == "neg" for c in child.children):
            count += 1
        elif child.dep_ == "preconj" and child.lower_ == "neither":
            count += 1   # "has neither withdrawn its support nor recalled its ministers"
    if token.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.head.children):
        count += 1       # (... "nor recalled its ministers": the second of the pair)
    return count


#: (also "was to contest seven seats", "is to lead": a plan, not what happened)
_FUTURE_GOVERNORS = frozenset({"schedule", "slate", "set", "due", "plan", "expect", "likely", "poise",
                               "go", "propose", "decide", "fix", "be"})


def tense(token: Token, lemma: Lemma) -> str | None:
    """"future", "past" or None (unknown) for the clause the token is in."""
    head = clause_head(token)
    for _ in range(6):      # "after Tuesday's meeting": the verb the phrase hangs on
        if is_verb(head) or head.head.i == head.i:
            break
        head = head.head
    for _ in range(3):
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if words & {"will", "shall", "'ll", "wo"}:
            return "future"
        if "to" in words and lemma(head.head) in _FUTURE_GOVERNORS:
            return "future"
        if head.tag_ == "VBD" or words & {"was", "were", "had", "did"} or (
                head.tag_ == "VBN" and words & {"has", "have"}):
            return "past"
        if head.dep_ not in ("xcomp", "acomp", "attr", "pcomp") or head.head.i == head.i:
            break
        head = head.head
    if token.tag_.startswith("NN") and any(c.lower_ in ("next", "upcoming", "coming") for c in token.lefts):
        return "future"
    return None


def in_adjunct_phrase(token: Token, stop: Callable[[Token], bool] = lambda t: False) -> bool:
    """Is the noun in a prepositional adjunct of a verb, however deeply nested ("hard on the
    heels of the Congress's pact with the SP")? A noun on the way that ``stop`` picks ("in
    talks for a pact") makes the phrase that noun's, not an adjunct's."""
    if not token.tag_.startswith("NN"):
        return False
    node = token
    for _ in range(6):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        if is_verb(node.head.head):
            return True
        node = node.head.head
        if not node.tag_.startswith("NN") or stop(node):
            return False
    return False


def lemma_in(token: Token, entries: Sequence[str], lemma: Lemma) -> bool:
    """Is the word one of ``entries`` ("end", or "rule:out" for the phrasal verb)?"""
    word = lemma(token)
    for entry in entries:
        base, _, particle = entry.partition(":")
        if base == word and (not particle or any(c.lower_ == particle for c in token.children
                                                  if c.dep_ in ("prt", "advmod", "prep"))):
            return True
    return False


def each_their_own(token: Token) -> bool:
    """"going it alone in their respective states": each subject's own (place, home)."""
    return any(t.lower_ == "respective" for t in token.doc)


#: The links of a clause of its own under a word.
CLAUSE_LINKS = frozenset({"relcl", "advcl", "ccomp", "acl", "parataxis", "xcomp"})


def in_other_clause(token: Token, trigger: Token) -> bool:
    """Does the token hang in a relative or adverbial clause that does not hold the trigger
    ("her party will go solo ..., Nitish Kumar, who switched to the NDA": the NDA is another
    clause's)?"""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "advcl", "acl") and not _contains(node, trigger):
            return True
        node = node.head
    return False


def in_clause(token: Token, root: Token) -> bool:
    """Does the token hang in a clause of its own below ``root`` (on the way up to it)?"""
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.dep_ in CLAUSE_LINKS:
            return True
        node = node.head
    return False


#: Participles that say when and where the event noun they hang on takes place ("the meeting
#: held in Patna on June 23", "the rally scheduled for March 31"): their dates and places are
#: the event's own, not another clause's.
DATING_PARTICIPLES = frozenset({"held", "scheduled", "slated", "set", "planned", "convened", "called",
                                "fixed", "organised", "organized", "due"})
#: Of those, the ones that date an event still to come when they were written ("scheduled for
#: Wednesday").
PLANNING_PARTICIPLES = frozenset({"scheduled", "slated", "set", "planned", "fixed", "due"})


def own_participles(noun: Token) -> list[Token]:
    """The past participles hung on a noun ("an agreement reached between them")."""
    return [a for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"]


def dating_participles(noun: Token) -> list[Token]:
    """The participle clauses that date or place an event noun ("held in Patna on June 23")."""
    return [a for a in noun.children if a.dep_ == "acl" and a.lower_ in DATING_PARTICIPLES]
