"""Who stands for whom and what is whose: a person for their party (where the frame says
so), the alliance an argument defaults to, and what a role is held in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from monitor.claims.arguments import Arguments, Found, Sentence
from monitor.claims.entities import EntityInfo
from monitor.claims.lexicon import Lexicon
from monitor.claims.schema import Argument, Frame
from monitor.claims.tree import children, in_other_clause, is_verb, modifiers, prep_objects
from monitor.claims.values import Valued

if TYPE_CHECKING:
    from spacy.tokens import Token


class Belonging:
    def __init__(self, lexicon: Lexicon, info: Mapping[str, EntityInfo], args: Arguments) -> None:
        self._lex = lexicon
        self._info = info
        self._args = args

    def as_party(self, frame: Frame, subject: Found, obj: Found | None) -> tuple[Found | None, Found | None]:
        """A person stands for their party where the frame says so (and the pairs allow)."""
        party = self._party_of(subject, frame.subject, frame, obj, first=True)
        if obj is not None and frame.object is not None:
            obj = self._party_of(obj, frame.object, frame, party, first=False)
        if party is not None and party.kind not in frame.subject.kinds:
            return None, obj
        return party, obj

    def _party_of(self, found: Found | None, arg: Argument, frame: Frame, other: Found | None,
                  first: bool) -> Found | None:
        if found is None or found.kind != "person" or not arg.as_party:
            return found
        if first and frame.kind_pairs and other is not None and ("person", other.kind) in frame.kind_pairs:
            # "Chavan quit the Congress": a person leaves their own party; a leader's moves
            # toward another party ("Dahal dropped the Congress") are their party's
            own = self._info[found.entity].party if found.entity in self._info else None
            if own is None or own == other.entity or other.kind != "party":
                return found
        party = self._info[found.entity].party if found.entity in self._info else None
        if party is None or party not in self._info:
            return found if "person" in arg.kinds and not frame.kind_pairs else None
        return Found(party, self._info[party].kind, found.token, found.how)

    def default_alliance(self, sentence: Sentence, taken: Sequence[Found],
                         trigger: Token | None = None, members: bool = False) -> list[Found]:
        """The alliance the sentence names (not one named only in a clause the trigger is not
        in), else the story's own. ``members``: the found are the alliance's own parties, so
        one naming them is theirs ("the MVA partners, the Sena (UBT), the Congress and the NCP
        (SP), sealed the agreement")."""
        used = {f.entity for f in taken}
        # ("Other MVA leaders have joined the gathering": whose leaders they are, not whose event)
        phrase = set() if members else {
            a.i for f in taken if f.token >= 0 for a in (sentence.doc[f.token], *sentence.doc[f.token].ancestors)
            if not is_verb(a)}
        for index, (mention, where) in sorted(sentence.anchors.entities.items()):
            root = sentence.doc[where.root]
            if root.dep_ in ("compound", "amod", "poss", "nmod") and root.head.i in phrase:
                continue
            if trigger is not None and in_other_clause(root, trigger):
                continue
            if mention.kind == "alliance" and mention.entity not in used and index == where.start:
                return [Found(mention.entity, "alliance", where.root, "default")]
        if sentence.main_alliance and sentence.main_alliance not in used:
            return [Found(sentence.main_alliance, "alliance", -1, "default")]
        return []

    def role_holder(self, obj: Found | None, value: Valued | None, sentence: Sentence,
                     subject: Found) -> Found | None:
        """What a role is held in, by the role's scope: the alliance (named, else the story's),
        a party named with the role ("JD(U) president"), or nothing."""
        if value is None:
            return obj
        scope = self._lex.role_scope(value.value)
        if obj is not None and obj.kind in ("alliance", "party") and scope in ("alliance", "party"):
            return obj      # "chairman of the Maoist Centre": named, whatever the usual scope
        if scope == "alliance":
            found = self.default_alliance(sentence, [subject])
            return found[0] if found else None
        if scope == "party":
            if obj is not None and obj.kind == "party":
                return obj
            for child in [*children(value.token, "poss"), *modifiers(value.token),
                          *prep_objects(value.token, "of")]:
                mention = sentence.anchors.entity(child)
                if mention is not None and mention.kind == "party":
                    return self._args.found(mention, child, "direct")
            # "Nitish Kumar would be the next president": of his own party
            own = self._info[subject.entity].party if subject.entity in self._info else None
            return Found(own, "party", -1, "default") if own is not None and own in self._info else None
        return None
