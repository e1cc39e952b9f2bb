"""The spaCy extractor: triggers by lemma, and the dependency parse for roles and factuality.

Each parsed object is a spaCy ``Doc`` of one sentence; ``offset`` maps its character offsets back
into the document text. The words the parse is searched for (speech verbs, modals, clause markers)
are in ``data/clause_words.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from . import cues
from .factuality import ACTUAL, HYPOTHETICAL, NEGATED, TOLL_WORDS
from .rules import Candidate
from .words import words

_VERBAL = {"VERB", "NOUN"}
_CLAUSE_WORDS = "clause_words.json"


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(words(_CLAUSE_WORDS, key))


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


def _clause_ends(parsed: Any, tok: Any, head: Any) -> bool:
    """Whether ``head``'s own head stands outside the clause of the trigger ``tok``."""
    if head.dep_ in ("ccomp", "relcl", "advcl") and head.head.lemma_ in _words("speech_heads"):
        return True  # reported speech stays actual
    if head.dep_ == "advcl" and any(
        ch.dep_ == "mark" and ch.lower_ in _words("own_clause_markers") for ch in head.children
    ):
        return True  # "were prevented from entering while members staged a protest": a clause of its own
    # "A trader is shot dead in X, attackers not known": a comment after a comma, parsed as the head
    return head.head.i > tok.i and any(t.text in ",;" for t in parsed[tok.i : head.head.i])


def _governing(parsed: Any, tok: Any) -> list[Any]:
    """The trigger and up to three heads above it, within its clause."""
    chain = [tok]
    head = tok
    for _ in range(3):
        if head.head is head or _clause_ends(parsed, tok, head):
            break
        head = head.head
        chain.append(head)
    return chain


def _irrealis(t: Any) -> bool:
    lemma = t.lemma_.lower()
    if lemma not in _words("irrealis_heads"):
        return False
    # "feared dead" is a toll, not a fear
    return not (lemma in _words("toll_heads") and any(ch.lower_ in TOLL_WORDS for ch in t.children))


def _reading(t: Any, tok: Any, c: Candidate, offset: int) -> tuple[str, str] | None:
    """What word ``t`` of the trigger's chain says of the event: negated, hypothetical or nothing."""
    if any(ch.dep_ == "neg" for ch in t.children) and t.pos_ in ("VERB", "AUX") and t.i >= tok.i - 6:
        return NEGATED, "parse:neg"
    if c.slot != "incident":
        return None  # a warning or an accusation is itself a real act; only negation undoes it
    if any(ch.dep_ == "aux" and ch.lower_ in _words("modals") for ch in t.children):
        return HYPOTHETICAL, "parse:modal"
    if t is not tok and _irrealis(t) and not c.start <= offset + t.idx < c.end:
        return HYPOTHETICAL, f"parse:{t.lemma_.lower()}"
    return None


def refine_factuality(parsed: Any, offset: int, c: Candidate, fact: str, why: str | None) -> tuple[str, str | None]:
    """Let the parse overrule the word-window reading where it sees the structure."""
    tok = _token_at(parsed, offset, c.start)
    if tok is None or fact != ACTUAL or why is not None:
        return fact, why  # only an unmarked actual reading is open to the parse ("failed to stop" is settled)
    for t in _governing(parsed, tok):
        reading = _reading(t, tok, c, offset)
        if reading is not None:
            return reading
    return fact, why


_Range = tuple[int, int]


def _span(t: Any, offset: int) -> _Range:
    sub = list(t.subtree)
    return offset + sub[0].idx, offset + sub[-1].idx + len(sub[-1].text)


def _object_span(prep: Any, offset: int) -> _Range | None:
    """The object of a preposition ("by the army", "with police"), if the parse found one."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return _span(objs[0], offset) if objs else None


def _agent(source: Any, verb: Any | None, offset: int) -> _Range | None:
    agent = None
    for ch in source.children:
        if ch.dep_ == "nsubj" and agent is None:
            agent = _span(ch, offset)
        elif ch.dep_ == "agent":
            agent = _object_span(ch, offset) or agent
        elif ch.dep_ == "poss" and agent is None and verb is None:
            agent = _span(ch, offset)  # "ISIL's attack"
    if agent is None and source.dep_ in ("xcomp", "conj", "advcl") and source.head.pos_ == "VERB":
        # "vowed to attack": the subject of the verb the trigger hangs on
        agent = next((_span(ch, offset) for ch in source.head.children if ch.dep_ == "nsubj"), None)
    return agent


def _patient(source: Any, tok: Any, offset: int) -> _Range | None:
    for ch in source.children:
        if ch.dep_ == "nsubjpass" or (ch.dep_ == "dobj" and ch is not tok):
            return _span(ch, offset)
        if ch.dep_ == "prep" and ch.lower_ in _words("patient_prepositions"):
            found = _object_span(ch, offset)
            if found is not None:
                return found
    return None


def _intercepts(verb: Any) -> bool:
    """ "intercepted a missile", "shot down a drone": the verb stops the weapon it governs."""
    lemmas = words("roles.json", "interception_lemmas")
    return verb.lemma_.lower() in lemmas or any(ch.dep_ == "prt" and ch.lower_ in lemmas for ch in verb.children)


def roles(parsed: Any, offset: int, c: Candidate) -> tuple[_Range | None, _Range | None]:
    """Character ranges (document offsets) of who acted and who was acted on, from the trigger's dependents."""
    tok = _token_at(parsed, offset, c.start)
    if tok is None:
        return None, None
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if verb is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        verb = tok.head  # "carried out an attack": the verb's dependents say who
        if _intercepts(verb):
            # "Air defences intercepted a missile fired by the rebels": who intercepted is the target's side
            return None, _agent(verb, verb, offset)
    source = verb if verb is not None else tok
    return _agent(source, verb, offset), _patient(source, tok, offset)
