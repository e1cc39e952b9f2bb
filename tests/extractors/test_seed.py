"""The seed article (../shared/seed/): every item a careful coder must find, found once; nothing it must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import Document, extract

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "hurriyet-2016-11-02.txt"
pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason=f"seed article not found at {SEED} (../shared is not beside the repo)"
)

VIOLENCE = {
    "armed_clash",
    "air_strike",
    "shelling",
    "remote_violence",
    "attack",
    "explosive_device",
    "grenade",
    "suicide_bombing",
    "government_regains_territory",
    "non_state_overtakes_territory",
}


@pytest.fixture(scope="module")
def records():
    """Every record with ``mentions``: the incidents and the further sentences about each."""
    seed = Document(str(SEED), SEED.read_text(encoding="utf-8"), "2016-11-02")
    return [e.to_dict() for e in extract([seed], mentions=True)]


@pytest.fixture(scope="module")
def events(records):
    """The incidents: "once" below counts these, not the further sentences that mention one."""
    return [e for e in records if "mention_of" not in e]


@pytest.fixture(scope="module")
def everything():
    return [
        e.to_dict()
        for e in extract([Document(str(SEED), SEED.read_text(encoding="utf-8"), "2016-11-02")], include_nonfactual=True)
    ]


def _countries(e):
    return {(e[k] or {}).get("country") for k in ("actor1", "actor2")} - {None}


def _names(e):
    return {(e[k] or {}).get("name") for k in ("actor1", "actor2")} - {None}


def test_mentions_point_at_incidents(records, events):
    ids = {e["event_id"] for e in events}
    echoes = [e for e in records if "mention_of" in e]
    assert echoes and all(e["mention_of"] in ids for e in echoes)
    # a mention is a sentence with no record of its own otherwise
    taken = [e["sentence"]["start"] for e in events] + [e["sentence"]["start"] for e in echoes]
    assert len(set(taken)) == len(set(e["sentence"]["start"] for e in events)) + len(echoes)


def test_default_output_is_the_incidents(events):
    seed = Document(str(SEED), SEED.read_text(encoding="utf-8"), "2016-11-02")
    assert [e.to_dict() for e in extract([seed])] == events


def test_evidence_offsets_point_into_the_text(records):
    text = SEED.read_text(encoding="utf-8")
    for e in records:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]
        assert text[e["sentence"]["start"] : e["sentence"]["end"]] == e["sentence"]["text"]


def test_meeting_in_moscow_once(events):
    meetings = [e for e in events if e["category"] == "meeting"]
    in_moscow = [e for e in meetings if (e["location"] or {}).get("name") == "Moscow"]
    assert len(in_moscow) == 1, [e["summary"] for e in meetings]
    m = in_moscow[0]
    assert _countries(m) == {"TUR", "RUS"}
    assert "MIL" in {m["actor1"]["sector"], m["actor2"]["sector"]}
    assert m["date"]["value"] == "2016-11-01"
    assert m["cameo"].startswith("04") and m["plover"] == "CONSULT" and m["acled"] is None
    assert m["mentions"] > 1  # headline three times, both statements


def test_turkey_hits_80_isil_targets_once(events):
    strikes = [e for e in events if (e["quantity"] or {}).get("value") == 80]
    assert len(strikes) == 1, [e["summary"] for e in strikes]
    s = strikes[0]
    assert s["actor1"]["country"] == "TUR"
    assert s["actor2"]["name"] == "Islamic State"
    assert s["quantity"]["unit"] == "targets"
    assert s["location"]["country"] == "SYR" and "Syria" in s["location"]["text"]
    assert s["date"]["value"] == "2016-11-01" and s["date"]["precision"] == "day"
    assert s["acled"]["event_type"] == "Explosions/Remote violence"
    assert s["cameo"].startswith("19") and s["plover"] == "ASSAULT"
    assert s["summary"].startswith("Turkey hits 80 ISIL targets in")
    assert s["mentions"] == 2  # the subheading and the body


def test_isil_fsa_clash_with_casualties_once(events):
    clashes = [
        e for e in events if e["category"] == "armed_clash" and _names(e) == {"Islamic State", "Free Syrian Army"}
    ]
    assert len(clashes) == 1
    c = clashes[0]
    assert (c["fatalities"], c["injured"]) == (3, 4)
    assert c["acled"] == {"event_type": "Battles", "sub_event_type": "Armed clash"}
    # the incident's deaths sit on one event only
    assert sum(e["fatalities"] or 0 for e in events if _names(e) & {"Free Syrian Army"}) == 3


def test_isil_recaptures_six_towns_once(events):
    taken = [e for e in events if e["category"] == "non_state_overtakes_territory"]
    assert len(taken) == 1
    t = taken[0]
    assert t["actor1"]["name"] == "Islamic State" and t["actor2"]["name"] == "Free Syrian Army"
    assert t["acled"] == {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"}
    names = {p["name"] for p in t.get("locations") or [t["location"]]}
    assert names == {"Aq Burhan", "Vash", "al-Baruzah", "al-Gharz", "Tlatinah", "Jabal Khirbat al-Kanisah"}


def test_syrian_threat_to_shoot_down_turkish_warplanes_once(events):
    threats = [e for e in events if e["plover"] == "THREATEN"]
    assert len(threats) == 1
    t = threats[0]
    assert t["cameo"] == "138"
    assert t["actor1"]["country"] == "SYR" and t["actor1"]["sector"] == "GOV"
    assert t["actor2"]["country"] == "TUR"


def test_nothing_that_did_not_happen_is_actual(events, everything):
    for e in events:
        a1 = (e["actor1"] or {}).get("country")
        a2 = (e["actor2"] or {}).get("country")
        assert not (e["category"] == "air_strike" and a1 in ("RUS", "TUR")), e["summary"]
        assert not (e["category"] in VIOLENCE and a1 == "SYR" and a2 == "TUR"), e["summary"]
    # they are still there for whoever asks for non-factual events, flagged as such
    hypothetical = [e for e in everything if e["factuality"] != "actual"]
    assert any(e["category"] == "air_strike" for e in hypothetical)


def test_halts_are_halts(events):
    halts = [e for e in events if e["category"] == "halt"]
    assert {(e["actor1"] or {}).get("country") for e in halts} >= {"RUS"}
    russian = next(e for e in halts if e["actor1"]["country"] == "RUS")
    assert russian["date"]["value"] == "2016-10-16"  # "16 days ago" in a statement of Nov. 1


def _km(lat1, lon1, lat2, lon2):
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def test_places_are_on_the_map(everything):
    """Issue 4: Moscow at its own coordinates; the six recaptured towns at least in Syria's Aleppo
    governorate; the ceased strikes on 2016-10-16."""
    moscow = next(e for e in everything if e["category"] == "meeting" and (e["location"] or {}).get("name") == "Moscow")
    assert (
        moscow["location"]["precision"] == 1
        and _km(moscow["location"]["lat"], moscow["location"]["lon"], 55.75, 37.62) < 25
    )
    taken = next(e for e in everything if e["category"] == "non_state_overtakes_territory")
    towns = {p["text"]: p for p in taken["locations"]}
    assert len(towns) == 6, list(towns)
    for name, p in towns.items():
        assert p["country"] == "SYR" and p["admin1"] == "Aleppo", (name, p)
        assert p["lat"] is not None and _km(p["lat"], p["lon"], 36.2, 37.16) < 120, (name, p)  # Aleppo governorate
        assert p["precision"] in (1, 2, 3)
    halted = [e for e in everything if e["category"] == "halt" and e["actor1"]["country"] == "RUS"]
    assert halted and halted[0]["date"] == {"text": "16 days ago", "value": "2016-10-16", "precision": "day"}
