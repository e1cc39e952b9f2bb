"""The data files checked against each other: cues, typing rules and the taxonomy name each other by id.

The first tests read the shipped JSON directly (not through the loader), so they hold even if the
loader's checks change. The table after them breaks one thing in a copy of a file and expects the
loader to refuse it with a ``DataError`` naming the file, and the CLI to say so in one line.
"""

from __future__ import annotations

import copy
import inspect
import re

import pytest
from typer.testing import CliRunner

from extractors import classify, cues, lexicon, prefilter, resources, taxonomy
from extractors.errors import DataError
from extractors.lexicon import ACLED, CASUALTY, PLOVER
from extractors.resources import load_json

CUES = load_json("cues.json")["cues"]
TYPING = load_json("typing.json")
RULES = TYPING["rules"]
CATEGORIES = load_json("taxonomy.json")["categories"]

# Every function whose cached result is built from the lexicon: cleared around a test that loads other data.
CACHED = (
    lexicon.lexicon,
    cues.cues,
    cues.trigger_cues,
    cues.lemma_cues,
    taxonomy.categories,
    taxonomy._with,
    classify._rules,
    classify._figures_elsewhere,
    classify._guards_of,
    classify._relative_guarded,
    classify.decisive_cues,
    prefilter.lemma_gate,
    prefilter.trigger_gate,
)


def clear_caches() -> None:
    for f in CACHED:
        f.cache_clear()


def test_the_shipped_data_loads():
    assert lexicon.lexicon().rules


def test_acled_has_its_25_sub_event_types():
    assert sum(len(subs) for subs in ACLED.values()) == 25 and len(PLOVER) == 16


# --- the shipped files against each other --------------------------------------------------------------------


def test_every_cue_typing_names_exists():
    named = [c for r in RULES for key in ("any", "all", "context_any", "none") for c in r.get(key, ())]
    named += [c for guard, guarded in TYPING["context_guards"].items() for c in (guard, *guarded)]
    named += TYPING["relative_guarded"] + TYPING["military_threat"]
    assert sorted(set(named) - set(CUES)) == []


def test_every_category_a_cue_or_rule_names_is_in_the_taxonomy():
    named = {spec["trigger"] for spec in CUES.values() if spec.get("trigger")} - {CASUALTY}
    named |= {r["category"] for r in RULES}
    assert sorted(named - set(CATEGORIES)) == []


@pytest.mark.parametrize("name", sorted(CATEGORIES))
def test_each_category_maps_to_acled_cameo_and_plover(name):
    c = CATEGORIES[name]
    if c["acled"] is not None:
        event_type, sub_type = c["acled"]
        assert event_type in ACLED
        assert sub_type is None or sub_type in ACLED[event_type]
    if name == "other_development":  # ACLED's "Other" has no CAMEO or PLOVER counterpart
        assert c["cameo"] is None and c["plover"] is None
    else:
        assert re.fullmatch(r"(?:0[1-9]|1\d|20)\d{0,2}", c["cameo"]) and c["plover"] in PLOVER


def test_every_acled_sub_event_type_has_a_category():
    mapped = {tuple(c["acled"]) for c in CATEGORIES.values() if c["acled"]}
    assert {(t, s) for t, subs in ACLED.items() for s in subs} <= mapped


def test_territory_is_a_category_coded_by_who_took_it():
    assert taxonomy.by_actor("territory", state_actor1=True) == "government_regains_territory"
    assert taxonomy.by_actor("territory", state_actor1=False) == "non_state_overtakes_territory"
    assert taxonomy.by_actor("armed_clash", state_actor1=True) == "armed_clash"
    assert taxonomy.category("territory").family == taxonomy.category("armed_clash").family


def test_an_incident_cue_starts_the_category_typing_gives_it():
    for cid, spec in CUES.items():
        typed = {r["category"] for r in RULES if cid in r.get("any", ())}
        assert not typed or spec["trigger"] in typed | {CASUALTY}, cid


def test_none_lists_name_cues_that_can_be_triggers():
    # 'none' reads the cues that start events; a cue with no trigger there would be a condition that never holds
    # (protest.violent once had none: ['intervention'], which ACLED would not want either: demonstrators who turn
    # violent are a violent demonstration whether or not the police intervene).
    for r in RULES:
        assert all(CUES[c].get("trigger") for c in r.get("none", ())), r["id"]


# --- a typo in a copy of a file ------------------------------------------------------------------------------


def _set(path: list, value):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _rule(rule_id: str, key: str, value):
    def change(data):
        next(r for r in data["rules"] if r["id"] == rule_id)[key] = value

    return change


def _rename_cue(old: str, new: str):
    def change(data):
        data["cues"][new] = data["cues"].pop(old)

    return change


TYPOS = [
    ("typing.json", _rule("riot", "any", ["riots"]), "rule 'riot': 'any': unknown cue 'riots'"),
    ("typing.json", _rule("protest.peaceful", "none", ["airstrike"]), "unknown cue 'airstrike'"),
    ("typing.json", _rule("air", "category", "air_strikes"), "category 'air_strikes' is not in taxonomy.json"),
    ("typing.json", _rule("air", "catgory", "air_strike"), "unknown field 'catgory'"),
    ("typing.json", _rule("air", "any", ["intervention"]), "a cue that starts no event"),
    (
        "typing.json",
        _rule("protest.violent", "none", ["intervention"]),
        "'none' names 'intervention', a cue that starts no event",
    ),
    ("typing.json", _set(["context_guards", "grievance"], ["violence_word"]), "unknown cue 'violence_word'"),
    ("typing.json", _set(["military_threat"], ["shellng"]), "unknown cue 'shellng'"),
    ("cues.json", _set(["cues", "air", "trigger"], "air_strik"), "cue 'air': trigger 'air_strik' is no category"),
    ("cues.json", _set(["cues", "air", "triger"], "air_strike"), "cue 'air': unknown field 'triger'"),
    ("cues.json", _set(["cues", "air", "pattern"], "air(strike"), "cue 'air': pattern does not compile"),
    ("cues.json", _set(["cues", "air", "trigger"], "shelling"), "cue 'air': trigger 'shelling', but typing.json"),
    ("cues.json", _rename_cue("fiction", "fictions"), "has no cue 'fiction'"),
    (
        "cues.json",
        _set(["cues", "kettled"], {"trigger": "protest_with_intervention", "slot": "incident", "pattern": "kettled"}),
        "cue 'kettled': no rule of typing.json types 'protest_with_intervention'",
    ),
    ("taxonomy.json", _set(["categories", "grenade", "acled", 1], "Grenades"), "'Grenades' is not one of"),
    ("taxonomy.json", _set(["categories", "grenade", "acled", 0], "Battle"), "category 'grenade': acled must be"),
    ("taxonomy.json", _set(["categories", "grenade", "plover"], "ASSAULTS"), "plover 'ASSAULTS' is none of"),
    ("taxonomy.json", _set(["categories", "grenade", "cameo"], "18x"), "cameo '18x' is no CAMEO code"),
    ("taxonomy.json", _set(["categories", "grenade", "violent"], "yes"), "'violent' must be true or false"),
    (
        "taxonomy.json",
        _set(["categories", "territory", "by_actor1", "state"], "government_regains"),
        "by_actor1 names 'government_regains'",
    ),
]


@pytest.fixture
def broken(monkeypatch):
    """``broken(file, change)``: the lexicon loads a changed copy of ``file`` until the test ends."""

    def install(file: str, change) -> None:
        data = copy.deepcopy(load_json(file))
        change(data)
        monkeypatch.setattr(lexicon, "load_json", lambda name: data if name == file else load_json(name))
        clear_caches()

    yield install
    monkeypatch.undo()
    clear_caches()


@pytest.mark.parametrize("file, change, message", TYPOS, ids=[t[2][:40] for t in TYPOS])
def test_a_typo_is_a_data_error_naming_the_file(broken, file, change, message):
    broken(file, change)
    with pytest.raises(DataError) as raised:
        cues.cues()
    assert raised.value.file == file
    assert str(raised.value).startswith(f"{file}: ") and message in str(raised.value)


def test_invalid_json_is_a_data_error_naming_the_file(monkeypatch):
    read = resources.read_text
    monkeypatch.setattr(resources, "read_text", lambda name: read(name)[:-3] if name == "typing.json" else read(name))
    resources.load_json.cache_clear()
    clear_caches()
    try:
        with pytest.raises(DataError, match=r"^typing\.json: not valid JSON"):
            lexicon.lexicon()
    finally:
        monkeypatch.undo()
        resources.load_json.cache_clear()
        clear_caches()


def _runner() -> CliRunner:
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


def test_the_cli_reports_a_typo_in_one_line(broken):
    from cli.app import app

    broken("typing.json", _rule("riot", "any", ["riots"]))
    doc = '{"id": "a", "text": "Rioters burned cars in the capital on Monday.", "date": "2024-03-01"}\n'
    result = _runner().invoke(app, ["extract", "--extractors", "rules", "--input-format", "jsonl", "-"], input=doc)
    lines = result.stderr.splitlines()
    assert result.exit_code == 4  # the documented code for a broken data file
    assert "Traceback" not in result.stderr and not isinstance(result.exception, DataError)
    assert lines == [line for line in lines if line.startswith("Error: typing.json: ")] and len(lines) == 1
