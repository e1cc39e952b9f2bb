"""The spaCy extractor: triggers by lemma, and the dependency parse for roles and factuality.

Each parsed object is a spaCy ``Doc`` of one sentence; ``offset`` maps its character offsets back
into the document text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import cues
from .factuality import ACTUAL, HYPOTHETICAL, NEGATED, TOLL_WORDS
from .rules import Candidate

_MODALS = {"would", "could", "might", "may", "will", "shall", "can"}
_IRREALIS_HEADS = {
    "threaten",
    "warn",
    "plan",
    "vow",
    "intend",
    "aim",
    "seek",
    "prepare",
    "try",
    "attempt",
    "deny",
    "halt",
    "cease",
    "stop",
    "suspend",
    "prevent",
    "avert",
    "foil",
    "thwart",
    "fear",
    "pledge",
    "promise",
    "want",
    "refuse",
    "urge",
    "demand",
    "call",
    "avoid",
}
_VERBAL = {"VERB", "NOUN"}
# Subordinators of a clause that tells its own event (time, cause, contrast), not one the main verb governs.
_OWN_CLAUSE = {
    "while",
    "when",
    "whilst",
    "after",
    "before",
    "as",
    "since",
    "because",
    "although",
    "though",
    "whereas",
    "until",
}


def candidates(parsed: Any, sentence: int, offset: int) -> Iterator[Candidate]:
    lemmas = cues.lemma_cues()
    for tok in parsed:
        if tok.pos_ not in _VERBAL:
            continue
        cue = lemmas.get(tok.lemma_.lower())
        if cue is None:
            continue
        a = offset + tok.idx
        yield Candidate(
            sentence,
            a,
            a + len(tok.text),
            tok.text,
            cue.id,
            cue.trigger or "",
            cue.slot or cue.id,
            "spacy",
            f"lemma:{tok.lemma_.lower()}/{tok.pos_}",
        )


def _token_at(parsed: Any, offset: int, start: int) -> Any | None:
    for tok in parsed:
        if offset + tok.idx <= start < offset + tok.idx + len(tok.text):
            return tok
    return None


def refine_factuality(parsed: Any, offset: int, c: Candidate, fact: str, why: str | None) -> tuple[str, str | None]:
    """Let the parse overrule the word-window reading where it sees the structure."""
    tok = _token_at(parsed, offset, c.start)
    if tok is None or fact != ACTUAL or why is not None:
        return fact, why  # only an unmarked actual reading is open to the parse ("failed to stop" is settled)
    chain = [tok]
    head = tok
    for _ in range(3):
        if head.head is head:
            break
        if head.dep_ in ("ccomp", "relcl", "advcl") and head.head.lemma_ in (
            "say",
            "report",
            "tell",
            "claim",
            "announce",
            "state",
            "add",
            "confirm",
        ):
            break  # reported speech stays actual
        if head.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in _OWN_CLAUSE for ch in head.children):
            break  # "were prevented from entering while members staged a protest": a clause of its own
        if head.head.i > tok.i and any(t.text in ",;" for t in parsed[tok.i : head.head.i]):
            break  # "A trader is shot dead in X, attackers not known": a comment after a comma, parsed as the head
        head = head.head
        chain.append(head)
    for t in chain:
        if any(ch.dep_ == "neg" for ch in t.children) and t.pos_ in ("VERB", "AUX") and t.i >= tok.i - 6:
            return NEGATED, "parse:neg"
        if c.slot != "incident":
            continue  # a warning or an accusation is itself a real act; only negation undoes it
        if any(ch.dep_ == "aux" and ch.lower_ in _MODALS for ch in t.children):
            return HYPOTHETICAL, "parse:modal"
        if (
            t is not tok
            and t.lemma_.lower() in _IRREALIS_HEADS
            and not c.start <= offset + t.idx < c.end
            and not (t.lemma_.lower() == "fear" and any(ch.lower_ in TOLL_WORDS for ch in t.children))
        ):
            return HYPOTHETICAL, f"parse:{t.lemma_.lower()}"  # ("feared dead" is a toll, not a fear)
    return fact, why


def roles(parsed: Any, offset: int, c: Candidate) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Character ranges (document offsets) of who acted and who was acted on, from the trigger's dependents."""
    tok = _token_at(parsed, offset, c.start)
    if tok is None:
        return None, None
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if verb is None and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") and tok.head.pos_ == "VERB":
        verb = tok.head if tok.dep_ == "dobj" else None
    agent = patient = None
    source = verb if verb is not None else tok

    def span(t: Any) -> tuple[int, int]:
        sub = list(t.subtree)
        return offset + sub[0].idx, offset + sub[-1].idx + len(sub[-1].text)

    for ch in source.children:
        if ch.dep_ in ("nsubj",) and agent is None:
            agent = span(ch)
        elif ch.dep_ == "nsubjpass" and patient is None:
            patient = span(ch)
        elif ch.dep_ == "agent":
            objs = [g for g in ch.children if g.dep_ == "pobj"]
            if objs:
                agent = span(objs[0])
        elif ch.dep_ in ("dobj",) and patient is None and ch is not tok:
            patient = span(ch)
        elif ch.dep_ == "prep" and ch.lower_ in ("with", "against", "on", "between") and patient is None:
            objs = [g for g in ch.children if g.dep_ == "pobj"]
            if objs:
                patient = span(objs[0])
        elif ch.dep_ == "poss" and agent is None and verb is None:
            agent = span(ch)  # "ISIL's attack"
    if agent is None and source.dep_ in ("xcomp", "conj", "advcl") and source.head.pos_ == "VERB":
        for ch in source.head.children:
            if ch.dep_ == "nsubj":
                agent = span(ch)
                break
    return agent, patient
