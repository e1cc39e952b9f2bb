"""Tables for places and dates: ambiguous names, ACLED geo-precision, villages the gazetteer lacks, and date forms
resolved against the document date. The incidents are invented; the place names are real.

A row marked ``gap`` is a fair example the extractor gets wrong today (strict xfail; the reason says what it
does instead).
"""

from __future__ import annotations

import pytest

from extractors import Document, extract
from extractors.geocode import precision, resolve

from .support import gap, km

REF = "2024-03-14"  # a Thursday
NEAR_KM = 30


def test_haversine():
    assert km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    assert km(31.63, 65.74, 31.63, 65.74) == 0


def _events(text: str, ref: str | None = REF, **kw):
    return [e.to_dict() for e in extract([Document("t", text, ref)], **kw)]


def _primary(text: str, ref: str | None = REF):
    found = _events(text, ref)
    assert found, "no event"
    return min(found, key=lambda e: e["trigger"]["start"])


# --- resolve(): ambiguous names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, countries, hints, country, lat, lon",
    [
        ("Tripoli", ("LBY",), (), "LBY", 32.8872, 13.1913),
        ("Tripoli", ("LBN",), (), "LBN", 34.4367, 35.8497),
        ("Tripoli", (), ("Lebanon",), "LBN", 34.4367, 35.8497),
        ("San Juan", ("PRI",), (), "PRI", 18.4655, -66.1057),
        ("San Juan", ("ARG",), (), "ARG", -31.5375, -68.5364),
        ("Córdoba", ("ARG",), (), "ARG", -31.4201, -64.1888),
        ("Córdoba", ("ESP",), (), "ESP", 37.8882, -4.7794),
        ("Hyderabad", ("IND",), (), "IND", 17.3850, 78.4867),
        ("Hyderabad", ("PAK",), (), "PAK", 25.3960, 68.3578),
        ("Alexandria", ("EGY",), (), "EGY", 31.2001, 29.9187),
        ("Alexandria", ("USA",), (), "USA", 38.8048, -77.0469),
        ("Valencia", ("ESP",), (), "ESP", 39.4699, -0.3763),
        ("Valencia", ("VEN",), (), "VEN", 10.1620, -68.0077),
        ("Valdivia", (), ("Los Rios",), "CHL", -39.8142, -73.2459),  # GeoNames still files it under Los Lagos
        ("Marte", (), ("Borno",), "NGA", 12.3667, 13.8333),
        # a state found in one country only outweighs a bigger namesake town abroad (Rio Claro, Sao Paulo)
        ("Rio Claro", (), ("Lara",), "VEN", 10.0481, -69.405),
        # GeoNames spells the province "Nord Kivu": the one Beni in that country is still the town meant.
        ("Beni", (), ("North Kivu",), "COD", 0.4913, 29.4731),
    ],
)
def test_resolve_ambiguous_names(name, countries, hints, country, lat, lon):
    site = resolve(name, countries=countries, hints=hints)
    assert site is not None
    assert site.country == country
    assert km(site.lat, site.lon, lat, lon) <= NEAR_KM, (site.name, site.lat, site.lon)


@pytest.mark.parametrize(
    "name, countries, hints",
    [
        ("Zorbatown", ("COD",), ("Beni", "North Kivu")),
        ("Zorbatown", ("NGA",), ("Konduga", "Borno")),
        ("Mambasa", ("COD",), ("Ituri",)),  # not Mombasa in Kenya, though GeoNames lists the spelling for it
    ],
)
def test_resolve_never_puts_a_place_in_the_wrong_country(name, countries, hints):
    site = resolve(name, countries=countries, hints=hints, strict=True)
    assert site is None or site.country == countries[0], site


# (spelling in a report, document country, admin names beside it, the gazetteer's town)
@pytest.mark.parametrize(
    "name, country, hints, town",
    [
        ("Jowhaar", "SOM", (), "Jawhar"),
        ("Tessalitt", "MLI", (), "Tessalit"),
        ("Ajdabiyya", "LBY", (), "Ajdabiya"),
        ("Taal Afar", "IRQ", (), "Tall ‘Afar"),
        ("Khan Sheikhoun", "SYR", (), "Khān Shaykhūn"),
        ("Mussa Qala", "AFG", ("Helmand",), "Mūsá Qal‘ah"),  # the province beside it confirms the guess
    ],
)
def test_a_transliteration_variant_finds_the_town(name, country, hints, town):
    site = resolve(name, countries=(country,), hints=hints, respell=True)
    assert site is not None and site.name == town and precision(site) == 1, site


@pytest.mark.parametrize(
    "name, country, hints, respell, not_town",
    [
        ("Jowhaar", "SOM", (), False, "Jawhar"),  # a bare capitalised word (maybe a person's name): no guessing
        ("Mussa Qala", "AFG", ("Kandahar",), True, "Mūsá Qal‘ah"),  # the province beside it is not the variant's
        ("Tessalitt", "NER", (), True, "Tessalit"),  # only the document's own countries are searched
    ],
)
def test_a_variant_is_not_guessed_against_the_text(name, country, hints, respell, not_town):
    site = resolve(name, countries=(country,), hints=hints, respell=respell)
    assert site is None or site.name != not_town, site


@pytest.mark.parametrize(
    "name, hints, level",
    [
        ("Kandahar", (), 1),
        ("Goma", (), 1),
        ("Maiduguri", (), 1),
        ("Borno", (), 3),
        ("Helmand", (), 3),
        ("Nangarhar", (), 3),
        ("Zorbatown", ("Konduga", "Borno"), 2),  # unknown village: the town it lies near
        ("North Kivu", (), 3),  # GeoNames' "Nord Kivu": the French compass word is read as English
    ],
)
def test_resolve_precision(name, hints, level):
    site = resolve(name, hints=hints)
    assert site is not None and precision(site) == level, site


# --- ACLED geo-precision through extraction -------------------------------------------------------------------

# (sentence, place name as the location gives it, country, precision, coordinates of the town or None)
PRECISION = [
    # 1: the town itself
    ("Gunmen killed three villagers in Kandahar on Monday.", "Kandah", "AFG", 1, (31.6289, 65.7372)),
    ("A bomb exploded in Maiduguri on Tuesday, killing four people.", "Maiduguri", "NGA", 1, (11.8333, 13.15)),
    ("Rebels attacked an army post in Goma on Friday.", "Goma", "COD", 1, (-1.6792, 29.2228)),
    ("Fighting broke out in Lashkar Gah on Sunday.", "Lashkar G", "AFG", 1, (31.593, 64.36)),
    # 2: near a town, or a part of a region
    ("Gunmen killed three villagers near Kandahar on Monday.", "Kandah", "AFG", 2, (31.6289, 65.7372)),
    ("Rebels attacked an army post near Goma on Friday.", "Goma", "COD", 2, (-1.6792, 29.2228)),
    ("Militants attacked a village about 30 km north of Maiduguri on Monday.", "Maiduguri", "NGA", 2, (11.8333, 13.15)),
    ("Fighting broke out in northern Idlib province on Sunday.", "Idlib", "SYR", 2, None),
    (
        "A bomb exploded on the outskirts of Maiduguri on Tuesday, killing four people.",
        "Maiduguri",
        "NGA",
        2,
        (11.8333, 13.15),
    ),
    ("Fighting broke out in southern Helmand province on Sunday.", "Helmand", "AFG", 2, None),  # part of a region
    # 3: only the region or the country
    ("Gunmen attacked a convoy in Borno State on Monday, killing six soldiers.", "Borno", "NGA", 3, None),
    ("Fighting broke out in Helmand province on Sunday.", "Helmand", "AFG", 3, None),
    ("Fighting broke out in Nangarhar province on Sunday.", "Nangarhar", "AFG", 3, None),
    ("Fighting broke out in Afghanistan on Sunday, killing nine soldiers.", "Afghanistan", "AFG", 3, None),
    ("Gunmen killed two farmers in Nigeria on Sunday.", "Nigeria", "NGA", 3, None),
    ("Fighting broke out in Idlib province on Sunday.", "Idlib", "SYR", 3, None),  # the province, not the city
    ("Rebels shelled villages in North Kivu province on Friday.", "North Kivu", "COD", 3, None),
]


@pytest.mark.parametrize("sentence, name, country, level, coords", PRECISION)
def test_location_precision(sentence, name, country, level, coords):
    loc = _primary(sentence)["location"]
    assert loc is not None
    assert name in loc["name"] and loc["country"] == country, loc
    assert loc["precision"] == level, loc
    if coords is not None:
        assert km(loc["lat"], loc["lon"], *coords) <= NEAR_KM, loc


# --- a village the gazetteer lacks, written with its district or province ---------------------------------------

# (sentence, the village's name, country, coordinates of the enclosing place the text names)
VILLAGES = [
    (
        "Gunmen killed two farmers in Garin Zorba village (Konduga, Borno) on Monday.",
        "Garin Zorba",
        "NGA",
        (11.65, 13.42),
    ),
    (
        "Gunmen killed two farmers in Zorbatown village (Gusau, Zamfara) on Monday.",
        "Zorbatown",
        "NGA",
        (12.1628, 6.6614),
    ),
    (
        "Suspected militants killed two people in Tumbalo village (Kandahar) on Friday.",
        "Tumbalo",
        "AFG",
        (31.6289, 65.7372),
    ),
    ("Gunmen killed two farmers in Zorbatown village in Djugu territory on Monday.", "Zorbatown", "COD", (1.92, 30.50)),
    (
        "Gunmen killed two farmers in the village of Zorbatown near Bunia on Monday.",
        "Zorbatown",
        "COD",
        (1.5667, 30.25),
    ),
    (
        "Gunmen killed two farmers in Zorbatown village, Nangarhar province, on Monday.",
        "Zorbatown",
        "AFG",
        (34.4342, 70.4478),
    ),  # the province's seat, Jalalabad
    gap(
        "Gunmen killed three villagers in Zorbatown village (Mambasa, Ituri) on Monday.",
        "Zorbatown",
        "COD",
        (1.36, 29.05),
        reason="Ituri's seat Bunia (~135 km): the gazetteer has no town Mambasa, only the spelling "
        "for Mombasa, which the province rules out",
    ),
    # Ituri (2015) is newer than GeoNames' admin names, which file its towns under Eastern Province
    ("Gunmen killed two farmers in Zorbatown village (Djugu, Ituri) on Monday.", "Zorbatown", "COD", (1.92, 30.50)),
    (
        "Gunmen killed three villagers in Zorbatown village (Beni, North Kivu) on Monday.",
        "Zorbatown",
        "COD",
        (0.4913, 29.4731),
    ),
]


@pytest.mark.parametrize("sentence, village, country, coords", VILLAGES)
def test_unknown_village_takes_its_enclosing_place(sentence, village, country, coords):
    loc = _primary(sentence)["location"]
    assert loc is not None
    assert loc["country"] in (None, country), loc  # never a wrong country
    assert loc["text"] == village and loc["name"] == village, loc
    assert loc["country"] == country, loc
    assert loc["precision"] >= 2, loc
    assert loc["lat"] is not None and km(loc["lat"], loc["lon"], *coords) <= NEAR_KM, loc


# --- dates against the document date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, ref, value, level",
    [
        ("Gunmen killed three villagers near Gao on 3 March 2021.", REF, "2021-03-03", "day"),
        ("Rebels attacked an army post near Beni on Nov. 1, killing two soldiers.", REF, "2023-11-01", "day"),
        ("Police arrested an opposition leader in Kampala on March 20.", REF, "2023-03-20", "day"),
        ("Gunmen killed a trader in Kano on Dec. 30.", "2021-01-05", "2020-12-30", "day"),
        ("A bomb exploded in a market in Maiduguri on Tuesday, killing four people.", REF, "2024-03-12", "day"),
        ("A roadside bomb killed two soldiers near Afgoye last Thursday.", REF, "2024-03-07", "day"),
        (
            "Fighter jets struck rebel positions near Kidal on Friday, the army said on Saturday.",
            REF,
            "2024-03-08",
            "day",
        ),
        ("Militants abducted five aid workers near Diffa yesterday.", REF, "2024-03-13", "day"),
        ("Soldiers clashed with rebels near Kidal 16 days ago.", REF, "2024-02-27", "day"),
        ("The army launched an offensive against the rebels in late August.", REF, "2023-08", "month"),
        ("The rebels shelled Goma in early January.", REF, "2024-01", "month"),
        ("Gunmen abducted two priests in Bamenda last month.", REF, "2024-02", "month"),
        ("Rebels seized the town of Rutshuru in 2023.", REF, "2023", "year"),
        ("Gunmen killed a trader in Kano on Christmas Day.", REF, "2023-12-25", "day"),  # the last one before REF
        ("Churches were bombed on Christmas Eve 2011 in Madalla.", REF, "2011-12-24", "day"),
        ("Rioters burned cars in Strasbourg on New Year's Eve.", REF, "2023-12-31", "day"),
    ],
)
def test_event_dates(sentence, ref, value, level):
    when = _primary(sentence, ref)["date"]
    assert when is not None
    assert when["value"] <= ref[: len(when["value"])], when  # news reports the past: never after the document
    assert (when["value"], when["precision"]) == (value, level), when
