"""Revision detail and the revised flag."""

from __future__ import annotations

import json

import pytest

from monitor.diff import revised_flag, revision_detail, word_diff
from monitor.types import FlagKind

OLD = "Intro stays.\n\nCongress will contest 23 of the 26 seats in Gujarat.\n\nGone paragraph here."
NEW = ("Intro stays.\n\nCongress will contest 24 of the 26 seats in Gujarat.\n\n"
       "A brand new paragraph about Goa and Chandigarh.")

CASES = [
    ("identical", "A.\n\nB.", "A.\n\nB.", (0, 0, 0)),
    ("changed-word", "Congress gets 23 seats.", "Congress gets 24 seats.", (1, 0, 0)),
    ("added", "A para.", "A para.\n\nAnother one entirely.", (0, 1, 0)),
    ("removed", "A para.\n\nAnother one entirely.", "A para.", (0, 0, 1)),
    ("replaced-unrelated", "Alpha beta gamma.", "Totally different words now.", (0, 1, 1)),
    ("mixed", OLD, NEW, (1, 1, 1)),
]


@pytest.mark.parametrize("old,new,counts", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_revision_detail(old: str, new: str, counts: tuple[int, int, int]) -> None:
    detail = revision_detail(old, new)
    assert (len(detail["changed"]), len(detail["added"]), len(detail["removed"])) == counts
    json.dumps(detail)  # JSON-ready


def test_word_diff_is_compact() -> None:
    old = " ".join(f"w{i}" for i in range(40)) + " 23 seats"
    new = " ".join(f"w{i}" for i in range(40)) + " 24 seats"
    parts = word_diff(old, new)
    assert parts[0]["op"] == "=" and parts[0]["text"].startswith("…")
    assert {"op": "-", "text": "23"} in parts and {"op": "+", "text": "24"} in parts
    assert len(" ".join(p["text"] for p in parts)) < 60


def test_revised_flag() -> None:
    flag = revised_flag("https://x.example/a", OLD, NEW, "42")
    assert flag.kind == FlagKind.REVISED and flag.subject is None and flag.fact is None
    assert flag.detail["url"] == "https://x.example/a"
    assert flag.evidence.startswith("Congress will contest 24")
    assert flag.key == revised_flag("https://x.example/a", OLD, NEW, "42").key
    assert flag.key != revised_flag("https://x.example/a", OLD, NEW + " More.", "42").key
    assert flag.key != revised_flag("https://x.example/a", OLD, NEW, "43").key
    json.dumps(flag.detail)
