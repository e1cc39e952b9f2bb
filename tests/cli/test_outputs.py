"""Outputs analysts load: ``--format geojson``, ``acled-csv``, ``csv``, ``table``; ``--dedup``; ``summarize``.

Runs go through Typer's ``CliRunner`` in-process (spaCy is loaded once per session); the run on
``samples/`` happens once per module.
"""

from __future__ import annotations

import csv
import inspect
import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import geojson
import pytest
from typer.testing import CliRunner

from cli import writers
from cli.app import app
from extractors import Actor, Event, Place, Quantity, Span, When
from extractors.event import AcledType

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
FORMATS = ("jsonl", "geojson", "acled-csv", "csv", "table")


def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        runner = CliRunner(mix_stderr=False)
    else:
        runner = CliRunner()
    result = runner.invoke(app, list(args), input=input, env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Error: ")]


def event_from_dict(d: dict) -> Event:
    """The inverse of ``Event.to_dict`` (for feeding writers with events read back from JSON)."""

    def opt(cls, v):
        return None if v is None else cls(**v)

    return Event(
        **{
            **d,
            "acled": opt(AcledType, d["acled"]),
            "actor1": opt(Actor, d["actor1"]),
            "actor2": opt(Actor, d["actor2"]),
            "quantity": opt(Quantity, d["quantity"]),
            "location": opt(Place, d["location"]),
            "date": opt(When, d["date"]),
            "trigger": Span(**d["trigger"]),
            "sentence": Span(**d["sentence"]),
            "locations": tuple(Place(**p) for p in d.get("locations", ())),
            "sources": tuple(d.get("sources", ())),
        }
    )


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        for fmt in FORMATS:
            result = invoke("extract", "--format", fmt, "samples/", env={"COLUMNS": "80"})
            assert result.exit_code == 0, result.stderr
            assert error_lines(result.stderr) == []
            out[fmt] = result.stdout
    return out


@pytest.fixture(scope="module")
def records(outputs) -> list[dict]:
    return [json.loads(line) for line in outputs["jsonl"].splitlines()]


@pytest.fixture(scope="module")
def events(records) -> list[dict]:
    """The incidents: records that are not a further mention of one."""
    return [e for e in records if "mention_of" not in e]


# --------------------------------------------------------------------------- geojson


def test_geojson_is_a_valid_feature_collection(outputs, events):
    collection = geojson.loads(outputs["geojson"])
    assert collection.is_valid, collection.errors()
    assert isinstance(collection, geojson.FeatureCollection)
    located = [
        e
        for e in events
        if (e["location"] or {}).get("lat") is not None and (e["location"] or {}).get("lon") is not None
    ]
    assert len(collection["features"]) == len(located)
    for feature, event in zip(collection["features"], located, strict=True):
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert [lon, lat] == [event["location"]["lon"], event["location"]["lat"]]
        assert feature["properties"] == event


def hand_built(**changes) -> Event:
    base = Event(
        doc_id="doc-1",
        event_id="e1",
        summary="Gunmen attack a convoy near Gao",
        category="attack",
        acled=AcledType("Violence against civilians", "Attack"),
        cameo="180",
        plover="ASSAULT",
        factuality="actual",
        actor1=Actor("gunmen", "Unidentified Armed Group (Mali)", "MLI", "UAF"),
        actor2=Actor("villagers", "Civilians (Mali)", "MLI", "CVL"),
        fatalities=5,
        injured=2,
        quantity=None,
        location=Place("near Gao", "Gao", "MLI", "Gao", None, 16.27, -0.04, 2),
        date=When("on Monday", "2024-03-04", "day"),
        trigger=Span("attack", 10, 16),
        sentence=Span("Gunmen attacked a convoy near Gao on Monday, killing five villagers.", 0, 67),
        extractor="rules",
        rule="cue:attack",
        confidence=0.8,
    )
    from dataclasses import replace

    return replace(base, **changes)


def test_geojson_feature_of_a_hand_built_event():
    out = io.BytesIO()
    w = writers.GeoJson(out)
    w.write(hand_built())
    w.write(hand_built(event_id="e2", location=Place("Mali", "Mali", "MLI", None, None, None, None, 3)))
    w.write(hand_built(event_id="e3", location=None))
    w.close()
    collection = geojson.loads(out.getvalue().decode())
    assert collection.is_valid
    assert w.skipped == 2
    (feature,) = collection["features"]
    assert feature["id"] == "e1"
    assert feature["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]}
    assert feature["properties"] == hand_built().to_dict()
    assert feature["properties"]["actor1"]["name"] == "Unidentified Armed Group (Mali)"  # nested stays nested


def test_empty_geojson_is_valid():
    out = io.BytesIO()
    w = writers.GeoJson(out)
    w.close()
    collection = geojson.loads(out.getvalue().decode())
    assert collection.is_valid and collection["type"] == "FeatureCollection" and collection["features"] == []


# --------------------------------------------------------------------------- acled-csv and csv


def test_acled_csv_reads_back(outputs, events):
    reader = csv.DictReader(io.StringIO(outputs["acled-csv"]))
    assert reader.fieldnames == writers.ACLED_COLUMNS
    assert reader.fieldnames[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]
    rows = list(reader)
    acled_events = [e for e in events if e["acled"] is not None and e["factuality"] == "actual"]
    assert len(rows) == len(acled_events) > 0
    names = writers.country_names()
    for row, event in zip(rows, acled_events, strict=True):
        assert row["event_id_cnty"] == event["event_id"]
        assert row["event_type"] == event["acled"]["event_type"]
        assert row["source"] == event["doc_id"]
        assert row["notes"] == event["sentence"]["text"]
        assert row["country"] == names.get((event["location"] or {}).get("country"), "")
        assert row["iso"] == ""
        assert row["disorder_type"] in (
            "Political violence",
            "Demonstrations",
            "Strategic developments",
            "Political violence; Demonstrations",
        )
        if event["date"] and event["date"]["precision"] == "day":
            assert (row["event_date"], row["time_precision"]) == (event["date"]["value"], "1")


def test_acled_row_of_a_hand_built_event():
    row = writers.acled_row(hand_built())
    assert row["inter1"] == 3 and row["inter2"] == 7 and row["interaction"] == "37"
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["disorder_type"] == "Political violence"
    assert (row["country"], row["location"], row["admin1"]) == ("Mali", "Gao", "Gao")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == (16.27, -0.04, 2)
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2024-03-04", "2024", 1)
    month = writers.acled_row(hand_built(date=When("in March", "2024-03", "month")))
    assert (month["event_date"], month["time_precision"]) == ("2024-03-15", 3)
    assert not writers.is_acled_event(hand_built(factuality="hypothetical"))
    assert not writers.is_acled_event(hand_built(acled=None))


def test_csv_reads_back_with_list_fields_as_json(outputs, records):
    reader = csv.DictReader(io.StringIO(outputs["csv"]))
    assert {"actor1_name", "location_name", "locations", "sources", "mention_of"} <= set(reader.fieldnames or ())
    rows = list(reader)
    assert len(rows) == len(records)  # like JSON Lines, every record (with --mentions, mentions included)
    for row, event in zip(rows, records, strict=True):
        assert row["event_id"] == event["event_id"]
        assert row["mention_of"] == event.get("mention_of", "")
        assert (json.loads(row["locations"]) if row["locations"] else []) == event.get("locations", [])
        assert (json.loads(row["sources"]) if row["sources"] else []) == event.get("sources", [])


# --------------------------------------------------------------------------- table


def test_table_fits_80_columns(outputs, events):
    lines = outputs["table"].splitlines()
    assert lines and max(len(line) for line in lines) <= 80
    assert lines[0].split() == ["summary", "date", "type", "place", "killed"]


def test_table_writer_with_a_console_of_width_80(events):
    out = io.StringIO()
    w = writers.Table(out, width=80)
    long = hand_built(
        summary="An exceptionally long summary [with brackets] " * 4,
        location=Place("x", "Democratic Republic of Congo", "COD", None, None, None, None, 3),
        acled=AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        injured=1234,
    )
    for event in [*map(event_from_dict, events), long]:
        w.write(event)
    w.close()
    text = out.getvalue()
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "[with" in text and "brackets]" in text  # not eaten as markup
    assert "Gao (MLI)" not in text and "(COD)" in text


# --------------------------------------------------------------------------- --dedup


def test_dedup_option(tmp_path):
    from tests.extractors.test_dedup import DOCUMENTS

    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "".join(json.dumps({"id": d.id, "text": d.text, "date": d.date}) + "\n" for d in DOCUMENTS), encoding="utf-8"
    )
    plain = invoke("extract", "--mentions", str(docs))
    merged = invoke("extract", "--mentions", "--dedup", str(docs))
    assert plain.exit_code == merged.exit_code == 0, merged.stderr
    bombs = [json.loads(x) for x in merged.stdout.splitlines()]
    echoes = [e for e in bombs if "mention_of" in e]
    bombs = [
        e
        for e in bombs
        if e["category"] in ("explosive_device", "suicide_bombing", "remote_violence") and "mention_of" not in e
    ]
    assert len(bombs) == 1
    # further sentences of the merged reports point at the event that stands for them all
    kept = {e["event_id"] for e in map(json.loads, merged.stdout.splitlines()) if "mention_of" not in e}
    assert all(e["mention_of"] in kept for e in echoes)
    assert [s["doc_id"] for s in bombs[0]["sources"]] == ["report-a", "report-b", "report-c"]
    assert bombs[0]["fatalities"] == 14
    unrelated = [line for line in plain.stdout.splitlines() if '"doc_id":"unrelated"' in line]
    assert unrelated and unrelated == [line for line in merged.stdout.splitlines() if '"doc_id":"unrelated"' in line]


# --------------------------------------------------------------------------- one record an incident, and --mentions


@pytest.fixture(scope="module")
def with_mentions() -> dict[str, str]:
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        for fmt in ("jsonl", "acled-csv", "geojson", "table"):
            result = invoke("extract", "--mentions", "--format", fmt, "samples/", env={"COLUMNS": "80"})
            assert result.exit_code == 0, result.stderr
            out[fmt] = result.stdout
    return out


def test_default_is_one_record_an_incident(records, with_mentions):
    assert records and all("mention_of" not in r for r in records)
    both = [json.loads(line) for line in with_mentions["jsonl"].splitlines()]
    assert [r for r in both if "mention_of" not in r] == records


def test_mentions_are_linked_records_beside_the_incidents(records, with_mentions):
    both = [json.loads(line) for line in with_mentions["jsonl"].splitlines()]
    extra = [r for r in both if "mention_of" in r]
    assert extra, "the samples report incidents over several sentences"
    ids = {e["event_id"] for e in records}
    assert all(r["mention_of"] in ids and r["fatalities"] is None and r["injured"] is None for r in extra)


def test_no_mentions_is_still_accepted_and_changes_nothing(outputs):
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        result = invoke("extract", "--no-mentions", "--format", "jsonl", "samples/")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == outputs["jsonl"]


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "table"])
def test_incident_formats_leave_mentions_out(outputs, with_mentions, fmt):
    assert outputs[fmt] == with_mentions[fmt]


def test_summarize_counts_incidents_not_mentions(tmp_path, with_mentions, outputs):
    both = tmp_path / "mentions.jsonl"
    plain = tmp_path / "plain.jsonl"
    both.write_text(with_mentions["jsonl"], encoding="utf-8")
    plain.write_text(outputs["jsonl"], encoding="utf-8")
    a, b = invoke("summarize", "--format", "json", str(both)), invoke("summarize", "--format", "json", str(plain))
    assert a.exit_code == b.exit_code == 0, a.stderr
    assert json.loads(a.stdout) == json.loads(b.stdout)


# --------------------------------------------------------------------------- --min-confidence


@pytest.mark.parametrize("floor", ["0.6", "0.75", "0.9"])
def test_min_confidence_keeps_the_incidents_at_or_above_it(with_mentions, floor):
    both = [json.loads(line) for line in with_mentions["jsonl"].splitlines()]
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        result = invoke("extract", "--mentions", "--min-confidence", floor, "--format", "jsonl", "samples/")
    assert result.exit_code == 0, result.stderr
    kept = [json.loads(line) for line in result.stdout.splitlines()]
    sure = {r["event_id"] for r in both if "mention_of" not in r and r["confidence"] >= float(floor)}
    assert kept == [r for r in both if r.get("mention_of", r["event_id"]) in sure]


@pytest.mark.parametrize("floor", ["-0.1", "1.5"])
def test_min_confidence_outside_0_to_1_is_a_usage_error(floor):
    result = invoke("extract", "--min-confidence", floor, "samples/")
    assert result.exit_code == 2
    assert "--min-confidence" in result.stderr


# --------------------------------------------------------------------------- summarize


@pytest.fixture(scope="module")
def golden_events() -> list[dict]:
    """The incidents of the golden files (summarize leaves further mentions of one out)."""
    return [
        e
        for path in sorted(GOLDEN.glob("*.jsonl"))
        for e in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        if "mention_of" not in e
    ]


def test_summarize_json(golden_events):
    paths = [str(p) for p in sorted(GOLDEN.glob("*.jsonl"))]
    result = invoke("summarize", "--format", "json", *paths)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["events"] == len(golden_events)
    assert (
        sum(data["by_type"].values())
        == sum(data["by_country"].values())
        == sum(data["by_week"].values())
        == len(golden_events)
    )
    assert data["fatalities"] == sum(e["fatalities"] or 0 for e in golden_events)
    assert data["injured"] == sum(e["injured"] or 0 for e in golden_events)
    assert data["by_type"]["Battles"] == sum(
        1 for e in golden_events if (e["acled"] or {}).get("event_type") == "Battles"
    )
    assert data["by_type"]["meeting"] == sum(1 for e in golden_events if e["category"] == "meeting" and not e["acled"])
    assert data["by_country"]["SOM"] == sum(1 for e in golden_events if (e["location"] or {}).get("country") == "SOM")
    assert "2024-W06" in data["by_week"] and "2023-09" in data["by_week"]  # a month-precision date counts by month
    assert 0 < len(data["top_actors"]) <= 10
    counts = [a["events"] for a in data["top_actors"]]
    assert counts == sorted(counts, reverse=True)


def test_summarize_table():
    paths = [str(p) for p in sorted(GOLDEN.glob("*.jsonl"))]
    result = invoke("summarize", *paths, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    for title in ("By type", "By country", "By week", "Top actors"):
        assert title in text
    assert "Somalia (SOM)" in text and "2024-W06" in text and "█" in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_summarize_stdin_and_bad_lines(tmp_path, golden_events):
    good = "".join(json.dumps(e) + "\n" for e in golden_events[:3])
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good + "{not json\n[1, 2]\n\n" + good, encoding="utf-8")
    result = invoke("summarize", "--format", "json", str(bad), str(tmp_path / "missing.jsonl"))
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert len(errors) == 3, result.stderr
    assert errors[0].startswith(f"Error: {bad}:4: ")
    assert errors[1].startswith(f"Error: {bad}:5: ")
    assert errors[2].startswith(f"Error: {tmp_path / 'missing.jsonl'}: ")
    assert json.loads(result.stdout)["events"] == 6  # the good lines still counted
    piped = invoke("summarize", "--format", "json", "-", input=good)
    assert piped.exit_code == 0 and json.loads(piped.stdout)["events"] == 3


def test_summarize_bad_format_is_a_usage_error():
    result = invoke("summarize", "--format", "xml", str(GOLDEN))
    assert result.exit_code == 2
    assert len(error_lines(result.stderr)) == 1


def test_summarize_help_imports_neither_spacy_nor_rich():
    probe = textwrap.dedent("""
        import json, sys
        sys.argv = ["conflict-events", "summarize", "--help"]
        import cli.app
        try:
            cli.app.main()
        except SystemExit:
            pass
        print(json.dumps({"spacy": "spacy" in sys.modules, "rich": "rich" in sys.modules}))
    """)
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {"spacy": False, "rich": False}


def test_acled_row_codes_private_security_as_other_forces():
    guard = Actor("a security guard", "Private Security Forces (Mali)", "MLI", "UAF")
    out = io.StringIO()
    w = writers.AcledCsv(out)
    w.write(hand_built(actor2=guard, category="armed_clash", acled=AcledType("Battles", "Armed clash")))
    w.close()
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["inter1"] == "3" and row["inter2"] == "8" and row["interaction"] == "38"
