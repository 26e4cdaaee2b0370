"""The parser: one spaCy pipeline per process, shared by every story's extractor."""

from __future__ import annotations

from monitor.claims.model import Parser


def test_a_storys_names_stay_its_own() -> None:
    """Two extractors in one process (a daemon's reload, the tests' two stories) share the
    pipeline; the special cases one story adds must not split another story's text."""
    india, nepal = Parser(), Parser()
    assert india.nlp is nepal.nlp
    nepal.add_names(["CPN(UML)"])
    text = "The CPN(UML) quit."
    assert [t.text for t in nepal.parse([text])[0]] == ["The", "CPN(UML)", "quit", "."]
    assert "CPN(UML)" not in [t.text for t in india.parse([text])[0]]
    assert "CPN(UML)" not in [t.text for t in Parser().parse([text])[0]]
