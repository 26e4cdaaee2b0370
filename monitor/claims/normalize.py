"""Readable claim text: "JD(U) left the INDIA bloc", "Congress contests 17 seats in Uttar Pradesh".

The sentence templates are data (``[relations.NAME.templates]`` in the lexicon); this
module fills in display names and tidies the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.claims.lexicon import Lexicon
from monitor.types import Claim

_SPACES = re.compile(r"\s{2,}")
#: Which display table a relation's value is shown from.
_VALUE_TABLES = {"role": "role", "proposes": "role", "meeting_status": "status",
                 "attends": "event", "invites": "event"}


class Normalizer:
    def __init__(self, lexicon: Lexicon, entity_display: Callable[[str], str],
                 entity_kind: Callable[[str], str | None], place_display: Callable[[str], str]) -> None:
        self._lex = lexicon
        self._entity = entity_display
        self._kind = entity_kind
        self._place = place_display

    def text(self, claim: Claim) -> str:
        if not claim.typed:
            return ""
        assert claim.relation is not None and claim.subject is not None
        templates = self._lex.templates(claim.relation)
        sign = "yes" if claim.polarity else "no"
        # Most specific first: by the object's kind; "_place" for a claim with a
        # place and no object ("chief minister of Bihar"); then the plain one.
        kind = self._kind(claim.object) if claim.object else ("place" if claim.place else None)
        template = (templates.get(f"{sign}_{kind}") or templates.get(sign)
                    or "{subject} {relation} {object}")
        fields = {
            "subject": self._entity(claim.subject),
            "object": self._entity(claim.object) if claim.object else "",
            "the_object": self._the(claim.object),
            "value": self._value(claim),
            "place": self._place(claim.place) if claim.place else "",
            "relation": claim.relation,
            "s": "" if claim.value == "1" else "s",   # "1 seat", "17 seats"
        }
        out = template.format(**fields)
        if claim.place and "{place}" not in template:
            out += " in " + fields["place"]
        if claim.modality != "asserted":
            out += f" ({self._lex.display('modality', claim.modality)})"
        return _tidy(out)

    def _the(self, entity: str | None) -> str:
        if not entity:
            return ""
        name = self._entity(entity)
        return f"the {name}" if self._kind(entity) == "alliance" else name

    def _value(self, claim: Claim) -> str:
        if claim.value is None:
            return ""
        table = _VALUE_TABLES.get(claim.relation or "")
        return self._lex.display(table, claim.value) if table else claim.value


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = re.sub(r"\s+([,.)])", r"\1", text)
    text = re.sub(r"\b(of|to|with|as|on)\s*(?=\(|$)", "", text)
    return _SPACES.sub(" ", text).strip()
