"""``Options``: one set of defaults, every value checked once, when the options are made."""

from __future__ import annotations

import os
import pickle
from dataclasses import fields

import pytest

from extractors import EXTRACTORS, Document, OptionError, Options, extract

DEFAULTS = {
    "extractors": frozenset({"rules", "spacy"}),
    "model": None,
    "include_nonfactual": False,
    "prefilter": True,
    "batch_docs": 32,
    "dedup": False,
    "jobs": 1,
    "mentions": False,
    "min_confidence": 0.0,
}


def test_defaults():
    options = Options()
    assert {f.name: getattr(options, f.name) for f in fields(Options)} == DEFAULTS
    assert options.extractors == frozenset(EXTRACTORS)


@pytest.mark.parametrize(
    "values, option",
    [
        ({"extractors": ["regex"]}, "extractors"),
        ({"extractors": ["rules", "regex"]}, "extractors"),
        ({"extractors": []}, "extractors"),
        ({"jobs": -1}, "jobs"),
        ({"jobs": "2"}, "jobs"),
        ({"jobs": True}, "jobs"),
        ({"batch_docs": 0}, "batch_docs"),
        ({"min_confidence": -0.1}, "min_confidence"),
        ({"min_confidence": 1.5}, "min_confidence"),
        ({"min_confidence": "0.5"}, "min_confidence"),
        ({"min_confidence": True}, "min_confidence"),
    ],
    ids=[
        "unknown",
        "one-unknown",
        "none",
        "negative-jobs",
        "text-jobs",
        "bool-jobs",
        "empty-batches",
        "negative-confidence",
        "confidence-above-one",
        "text-confidence",
        "bool-confidence",
    ],
)
def test_bad_values_raise_option_error(values, option):
    with pytest.raises(OptionError) as raised:
        Options(**values)
    assert raised.value.option == option
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("given", [["rules"], ("rules",), {"rules"}, "rules"], ids=["list", "tuple", "set", "str"])
def test_extractors_any_iterable_or_one_name(given):
    assert Options(extractors=given).extractors == frozenset({"rules"})


def test_workers():
    assert Options().workers == 1
    assert Options(jobs=3).workers == 3
    assert Options(jobs=0).workers == (os.cpu_count() or 1)


def test_options_are_frozen_hashable_and_picklable():
    options = Options(extractors=["rules"], jobs=2)
    with pytest.raises(AttributeError):
        options.jobs = 3  # type: ignore[misc]
    assert hash(options) == hash(Options(extractors=("rules",), jobs=2))
    assert pickle.loads(pickle.dumps(options)) == options


def test_extract_checks_options_before_reading_a_document():
    read = []

    def documents():
        read.append(1)
        yield Document("d", "Gunmen killed three villagers on Monday.", "2024-03-01")

    with pytest.raises(OptionError):
        extract(documents(), jobs=-1)
    assert read == []


def test_extract_keywords_replace_fields_of_the_options_given():
    text = "Gunmen killed three villagers in an attack on a village on Monday. Nine more were wounded in the attack."
    docs = [Document("d", text, "2024-03-01")]
    base = Options(extractors=["rules"], mentions=False)
    assert [e.mention_of for e in extract(docs, base)] == [None]
    overridden = [e.to_dict() for e in extract(docs, base, mentions=True)]
    expected = [e.to_dict() for e in extract(docs, extractors=["rules"], mentions=True)]
    assert len(overridden) == 2 and overridden == expected
    with pytest.raises(TypeError):
        extract(docs, no_such_option=True)
