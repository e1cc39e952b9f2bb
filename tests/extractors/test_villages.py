"""The village tier (``extractors/geocode/villages.py``, built by ``scripts/build_villages.py``): a village the towns
table lacks is taken only on the text's evidence, one country's file at a time.

The places are real (GeoNames and Who's On First); the sentences are written for these tests.
"""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from extractors import Document, extract
from extractors.geocode import resolve, villages

from .support import km

REF = "2020-05-04"
ABDULLAH_KELAY_SPIN_BOLDAK = (31.2973, 65.9574)  # one of four villages of the name in Afghanistan


def _location(text: str) -> dict:
    found = [e.to_dict() for e in extract([Document("v", text, REF)]) if e.factuality == "actual"]
    assert found, text
    return found[0]["location"]


# (name, country, admin names written beside it, the village meant or None: stay coarse)
CASES = [
    # four villages of the name, in three provinces: the district written beside it picks one
    ("Abdullah Kelay", "AFG", ("Spin Boldak",), ABDULLAH_KELAY_SPIN_BOLDAK),
    # no admin name: a namesake village is no evidence
    ("Abdullah Kelay", "AFG", (), None),
    # the province has two of them (Daman and Spin Boldak districts): still no single village
    ("Abdullah Kelay", "AFG", ("Kandahar",), None),
]


@pytest.mark.parametrize("name, country, hints, point", CASES)
def test_a_village_needs_the_texts_evidence(name, country, hints, point):
    site = resolve(name, countries=(country,), hints=hints, respell=True)
    found = site if site is not None and site.population == 0 and site.kind == "town" else None
    if point is None:
        assert found is None, site
    else:
        assert found is not None and km(found.lat, found.lon, *point) < 1, site


def test_a_village_only_one_place_in_the_country_bears_is_taken():
    assert len(villages.named("Tirbakayi", "SYR")) == 1
    site = resolve("Tirbakayi", countries=("SYR",), respell=True)
    assert site is not None and (site.country, site.admin1) == ("SYR", "Hasaka (Al Haksa)"), site


def test_a_bare_name_never_takes_a_village():
    # without "in"/"near" a capitalised word may be a person's name, and some village bears every name
    assert resolve("Tirbakayi", countries=("SYR",), respell=False) is None


def test_a_district_named_so_is_not_a_village_of_that_name():
    loc = _location("A district official was shot dead by gunmen in Gulran district, Herat, on Sunday.")
    assert loc["precision"] >= 2 and loc["admin1"] == "Herat", loc


# (report, the village point meant, or None when it stays coarse)
NEAR = [
    # four villages share the name; one lies 13 km from Jalalabad, which the report names
    (
        "Gunmen attacked a checkpoint in Jalalabad, Afghanistan, on Monday. Later on Monday, they attacked a police "
        "post in Adam Khel, killing two officers.",
        (34.4256, 70.3075),
    ),
    # two of the name lie within 50 km of Kandahar: no single village, so the place stays coarse
    (
        "Gunmen attacked a checkpoint in Kandahar, Afghanistan, on Monday. Later on Monday, they attacked a police "
        "post in Abdullah Kelay, killing two officers.",
        None,
    ),
]


@pytest.mark.parametrize("text, point", NEAR)
def test_a_village_near_another_place_of_the_report(text, point):
    found = [e.to_dict() for e in extract([Document("v", text, REF)])]
    loc = found[-1]["location"]
    if point is None:
        assert loc["precision"] >= 2, loc
    else:
        assert loc["precision"] == 1 and km(loc["lat"], loc["lon"], *point) < 1, loc


def test_a_report_naming_no_country_takes_the_country_of_a_village_only_it_has():
    # no country, actor or town in the note: the village tells the country
    loc = _location("Youths burned tyres at a crossroads in Aitaroun on Friday to protest against fuel prices.")
    assert (loc["country"], loc["admin1"], loc["precision"]) == ("LBN", "Nabatiye", 1), loc
    # a name villages of two countries bear (Syria and Iraq) tells none
    assert villages.named("Antariyah", "SYR") and villages.named("Antariyah", "IRQ")
    assert villages.only_country("Antariyah") is None
    loc = _location("Gunmen opened fire on a checkpoint in Antariyah on Friday, killing two guards.")
    assert loc is None or loc["precision"] > 1 or loc["country"] is None, loc


def test_the_tier_is_read_one_country_at_a_time():
    villages._country.cache_clear()
    resolve.cache_clear()
    resolve("Abdullah Kelay", countries=("AFG",), hints=("Spin Boldak",), respell=True)
    assert villages._country.cache_info().currsize == 1  # Afghanistan's file, no other


def test_an_article_places_its_incident_in_the_village():
    loc = _location(
        "Taliban fighters attacked a police post in Abdullah Kelay, Spin Boldak district, Kandahar province, on "
        "Monday, killing two officers."
    )
    assert km(loc["lat"], loc["lon"], *ABDULLAH_KELAY_SPIN_BOLDAK) < 1, loc


def test_the_tier_files_are_whole_and_small():
    folder = resources.files("extractors.data").joinpath("villages")
    files = [f for f in folder.iterdir() if f.name.endswith(".tsv.gz")]
    assert len([f for f in files if f.name != "index.tsv.gz"]) == 16  # one a country, and the index
    assert sum(len(f.read_bytes()) for f in files) <= 15 * 1024 * 1024  # the bound on the wheel
    with gzip.open(folder.joinpath("LB.tsv.gz").open("rb"), "rt", encoding="utf-8") as f:
        for line in f:
            keys, name, _a1, _a2, lat, lon = line.rstrip("\n").split("\t")
            assert keys and name and -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180


def test_the_tier_carries_its_credit():
    notice = resources.files("extractors.data").joinpath("villages").joinpath("NOTICE.md").read_text()
    assert "GeoNames" in notice and "Who's On First" in notice and "CC BY 4.0" in notice
