"""The place patterns of the recent geocoding commits, one table each: ACLED's "Name (District, Province)" with no
preposition, "the village of X", spots named for a town, "Burundi troops", residents, acronyms / institutions /
ranks, admin names spelled unlike GeoNames, "X, Province, Country", an unknown village's district, and a town
written beside a province its only namesake is not in.

The incidents are invented; villages called "Zorba..." are made up and unknown to the gazetteer on purpose, the
other towns and provinces are real. Rows read either the place mentions of one sentence
(``extractors.places.mentions``) or the location of the first factual event (``extract``).

A row marked ``gap`` is a fair example the extractor gets wrong today (strict xfail; the reason says what it does
instead).
"""

from __future__ import annotations

import pytest

from extractors import Document, extract
from extractors.gazetteer import atoms
from extractors.geocode import areas_named, candidates
from extractors.places import PlaceMention, mentions

from .support import gap, km

REF = "2024-03-14"  # a Thursday
NEAR_KM = 25


def places(text: str) -> list[PlaceMention]:
    return mentions(text, 0, len(text), atoms(text, 0, len(text)))


def names(text: str) -> list[str]:
    return [p.name for p in places(text)]


def location(text: str) -> dict | None:
    """The location of the first factual event in ``text`` (None when it has none)."""
    found = [e.to_dict() for e in extract([Document("pp", text, REF)])]
    factual = [e for e in found if e["factuality"] == "actual"]
    assert factual, f"no factual event: {[e['summary'] for e in found]}"
    return min(factual, key=lambda e: e["trigger"]["start"])["location"]


def near(loc: dict, lat: float, lon: float) -> float:
    assert loc["lat"] is not None and loc["lon"] is not None, loc
    return km(loc["lat"], loc["lon"], lat, lon)


# --- 1. "Name (District, Province)" with no preposition ---------------------------------------------------------------

# (sentence, the only place named, its hints). The district in brackets is never a place of its own.
BRACKETED_ADMINS = [
    (
        "On 3 March 2024, gunmen attacked Udawa (Chikun LGA, Kaduna) and abducted 12 residents.",
        "Udawa",
        ("Chikun LGA", "Kaduna"),
    ),
    (
        "Unidentified gunmen attacked Zorbawa area (Chikun LGA, Kaduna), killing two people.",
        "Zorbawa",
        ("Chikun LGA", "Kaduna"),
    ),
    (
        "Bandits raided Zorbawa village (Giwa LGA, Kaduna) on Monday, killing three villagers.",
        "Zorbawa",
        ("Giwa LGA", "Kaduna"),
    ),
    ("Houthi forces shelled Zorbaniyah area (Sirwah, Marib), killing a child.", "Zorbaniyah", ("Sirwah", "Marib")),
    (
        "On Monday, residents of Zorbawa (Chikun LGA, Kaduna) protested against the killing of a farmer by herders.",
        "Zorbawa",
        ("Chikun LGA", "Kaduna"),
    ),
    # the acronym in brackets before it is not a place either
    (
        "The Armed Forces (FARDC) clashed with ADF militants in Zorbaville (Beni, Nord-Kivu) on Monday.",
        "Zorbaville",
        ("Beni", "Nord-Kivu"),
    ),
    (
        "Bandits killed four farmers in an attack on Zorbawa (Chikun LGA, Kaduna) on Tuesday.",
        "Zorbawa",
        ("Chikun LGA", "Kaduna"),
    ),
    (
        "Residents of Zorbawa (Chikun LGA, Kaduna) protested on Monday against the killing of a farmer.",
        "Zorbawa",
        ("Chikun LGA", "Kaduna"),
    ),
]


@pytest.mark.parametrize("sentence, name, hints", BRACKETED_ADMINS)
def test_name_with_admins_in_brackets(sentence, name, hints):
    found = places(sentence)
    assert [p.name for p in found] == [name], found
    assert found[0].hints == hints, found


def test_udawa_lands_in_kaduna():
    loc = location("On 3 March 2024, gunmen attacked Udawa (Chikun LGA, Kaduna) and abducted 12 residents.")
    assert loc["country"] == "NGA", loc
    assert loc["admin1"] == "Kaduna", loc
    assert near(loc, 10.5264, 7.4388) <= 60, loc  # Chikun LGA borders Kaduna city


# Sentences that name no place at all: acronyms, institutions, a country's troops, a people, a bank.
NO_PLACE = [
    "On 3 March 2024, the Armed Forces (FARDC) clashed with M23 rebels, killing five fighters.",
    "Fighters of the Islamic State (IS) attacked an army post, killing three soldiers.",
    "Officials of the World Food Programme (WFP) said gunmen looted a warehouse on Monday.",
    # brackets of names we do not know as admin units are an aside, not a district and province
    "Soldiers attacked Zorbaya (Zorbadi, Zorbaland) on Monday, killing three people.",
    "On Monday, police arrested members of the Bulawayo Youth Arise (BUYA) during a protest.",
    "Three activists arrested during the protest appeared in Court on Tuesday.",
    "Opposition supporters marched to Parliament on Tuesday to protest against the new tax.",
    "Al-Shabaab claimed an attack on Burundi troops on Monday, saying it killed five soldiers.",
    "Hundreds of Somali residents marched on Tuesday to protest against rising fuel prices.",
    "On Tuesday, Somali residents staged a protest against the killing of a trader by police.",
    "On Tuesday, depositors protested outside the Central bank, demanding access to their savings.",
    "Soldiers raided the village of Fulani herders on Monday, killing three people.",
]


@pytest.mark.parametrize("sentence", NO_PLACE)
def test_no_place_named(sentence):
    assert places(sentence) == []


# --- 2. "the village of X" / "the town of X" without a preposition ------------------------------------------------------

# (sentence, name, hints)
KIND_OF = [
    (
        "On 5 March 2024, JNIM militants attacked the village of Zorbagou (Logobou, Tapoa), killing nine civilians.",
        "Zorbagou",
        ("Logobou", "Tapoa"),
    ),
    ("Gunmen stormed the town of Zorbaya on Sunday night and killed six people.", "Zorbaya", ()),
    ("Gunmen stormed the town of Djibo on Sunday night and killed six people.", "Djibo", ()),
    # unlike the bare "Zorbaya (Zorbadi, Zorbaland)" above, "the village of" says it is a place
    (
        "Soldiers raided the village of Zorbaya (Zorbadi, Zorbaland) on Monday, killing three people.",
        "Zorbaya",
        ("Zorbadi", "Zorbaland"),
    ),
]


@pytest.mark.parametrize("sentence, name, hints", KIND_OF)
def test_village_of_x_is_a_place(sentence, name, hints):
    found = places(sentence)
    assert [p.name for p in found] == [name], found
    assert found[0].hints == hints, found


def test_town_of_djibo_is_resolved():
    loc = location("Gunmen stormed the town of Djibo on Sunday night and killed six people.")
    assert (loc["country"], loc["precision"]) == ("BFA", 1), loc
    assert near(loc, 14.0986, -1.6266) <= NEAR_KM, loc


# --- 3. spots: a road or roundabout names its town only when nothing else does; buildings never ------------------------

# (sentence, the place names found)
SPOTS = [
    ("On Monday, protesters blocked the Zahle roundabout to denounce the rising cost of fuel.", ["Zahle"]),
    ("Protesters gathered at the Zahle roundabout on Monday to denounce the rising cost of fuel.", ["Zahle"]),
    (
        "On Monday, protesters blocked the Zahle roundabout and burned tyres in Beirut to denounce the rising cost of "
        "fuel.",
        ["Beirut"],
    ),
    ("On Tuesday, gunmen shot dead a man at the Zorba intersection in Sidon.", ["Sidon"]),
    (
        "On Tuesday, depositors protested outside the Central bank in Sidon, demanding access to their savings.",
        ["Sidon"],
    ),
    (
        "On Tuesday, depositors protested outside the Fransabank branch in Tyre, demanding access to their savings.",
        ["Tyre"],
    ),
    ("Gunmen attacked a checkpoint on the Kabul-Kandahar highway in Zorbapul, killing three policemen.", ["Zorbapul"]),
]


@pytest.mark.parametrize("sentence, expected", SPOTS)
def test_spot_names_yield_to_the_town(sentence, expected):
    assert names(sentence) == expected


# A day or month written after a place ends its name (datelines and wire copy often drop the "on").
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A missile was fired from rebel-held territory in Yemen Saturday.", ["Yemen"]),
        ("Clashes in Kabul March 3 left two people dead.", ["Kabul"]),
        ("Gunmen stormed a church in Deir Mimas on Sunday.", ["Deir Mimas"]),
    ],
)
def test_a_day_ends_a_place_name(sentence, expected):
    assert names(sentence) == expected


# A place in a clause telling an earlier event ("a day after an attack in X") is that event's, not the trigger's.
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Imphal: A mob burned down two shops here on Thursday, one day after an attack in the Zorbalok area "
            "killed nine villagers, police said.",
            "Imphal",
        ),
        ("Imphal: A mob burned down two shops on Thursday in the Zorbalok area, police said.", "Zorbalok"),
    ],
)
def test_an_earlier_events_place_is_not_the_scene(text, name):
    assert (location(text) or {}).get("name") == name


# (sentence, coordinates of the town meant)
SPOT_LOCATIONS = [
    ("On Monday, protesters blocked the Zahle roundabout to denounce the rising cost of fuel.", (33.8468, 35.902)),
    ("On Tuesday, gunmen shot dead a man at the Zorba intersection in Sidon.", (33.5575, 35.3715)),
    (
        "On Tuesday, depositors protested outside the Central bank in Sidon, demanding access to their savings.",
        (33.5575, 35.3715),
    ),
]


@pytest.mark.parametrize("sentence, coords", SPOT_LOCATIONS)
def test_spot_event_is_in_the_town(sentence, coords):
    loc = location(sentence)
    assert loc["country"] == "LBN", loc
    assert near(loc, *coords) <= NEAR_KM, loc


# --- 4. "Burundi troops" are the country's forces, not the place ---------------------------------------------------------

# (sentence, country, coordinates or None)
FORCES_OF_A_COUNTRY = [
    (
        "Al-Shabaab militants carried out an attack on Burundi troops in Zorbaville village (Jowhar, Middle Shabelle), "
        "killing two soldiers.",
        "SOM",
        (2.7809, 45.5005),
    ),
    (
        "Al-Shabaab claimed an attack on Burundi troops near Jowhar on Monday, saying it killed five soldiers.",
        "SOM",
        (2.7809, 45.5005),
    ),
    ("The rebels said they attacked Burundi forces in Zorbamulo village (Uvira, Sud-Kivu) on Monday.", "COD", None),
    # the country itself after "in" is a place
    ("Rebels attacked an army post in Burundi on Monday, killing three soldiers.", "BDI", None),
]


@pytest.mark.parametrize("sentence, country, coords", FORCES_OF_A_COUNTRY)
def test_country_troops_are_not_a_place(sentence, country, coords):
    loc = location(sentence)
    assert loc["country"] == country, loc
    if coords is not None:
        assert near(loc, *coords) <= NEAR_KM, loc


# --- 5. residents name their town; a people does not ------------------------------------------------------------------------

RESIDENTS = [
    ("On Monday, residents of Mabopane protested against the lack of water.", ["Mabopane"]),
    ("On Tuesday, Accra residents marched to protest against rising fuel prices.", ["Accra"]),
    ("On Tuesday, Zorbakoro residents staged a protest against the killing of a trader by police.", ["Zorbakoro"]),
    ("On Tuesday, villagers of Zorbakoro blocked a road to protest against the arrest of their chief.", ["Zorbakoro"]),
    ("Hundreds of Accra residents marched on Tuesday to protest against rising fuel prices.", ["Accra"]),
    ("Residents of Mabopane protested on Monday against the lack of water.", ["Mabopane"]),
]


@pytest.mark.parametrize("sentence, expected", RESIDENTS)
def test_residents_name_a_place(sentence, expected):
    assert names(sentence) == expected


# (sentence, country, coordinates)
RESIDENT_LOCATIONS = [
    ("On Monday, residents of Mabopane protested against the lack of water.", "ZAF", (-25.509, 28.064)),
    ("On Tuesday, Accra residents marched to protest against rising fuel prices.", "GHA", (5.556, -0.1969)),
]


@pytest.mark.parametrize("sentence, country, coords", RESIDENT_LOCATIONS)
def test_residents_town_is_resolved(sentence, country, coords):
    loc = location(sentence)
    assert loc["country"] == country, loc
    assert near(loc, *coords) <= NEAR_KM, loc


# --- 6. acronyms, institutions and ranks ---------------------------------------------------------------------------------

# (sentence, the place names found, hints of the first)
NOT_PART_OF_A_PLACE = [
    (
        "Members of the Bulawayo Youth Arise (BUYA) protested in Bulawayo on Monday against power cuts.",
        ["Bulawayo"],
        (),
    ),
    (
        "Opposition supporters marched to Parliament in Harare on Tuesday to protest against the new tax.",
        ["Harare"],
        (),
    ),
    ("Three activists arrested during the protest in Harare appeared in Court on Tuesday.", ["Harare"], ()),
    # a rank after the comma is the speaker, not an admin name
    ("Militants attacked an army post in Gwoza, Maj-Gen. Nelson Williams said on Tuesday.", ["Gwoza"], ()),
    ("Rebels attacked an army post in Zorbaville, Lt. Col. Ahmed Musa told reporters on Tuesday.", ["Zorbaville"], ()),
    # a country's acronym is still the country
    ("Rebels killed four civilians in DRC on Monday.", ["DRC"], ()),
]


@pytest.mark.parametrize("sentence, expected, hints", NOT_PART_OF_A_PLACE)
def test_acronyms_institutions_and_ranks(sentence, expected, hints):
    found = places(sentence)
    assert [p.name for p in found] == expected, found
    assert found[0].hints == hints, found
    assert found[0].admin1 is None, found


def test_rank_is_not_the_admin1():
    loc = location("Militants attacked an army post in Gwoza, Maj-Gen. Nelson Williams said on Tuesday.")
    assert (loc["country"], loc["admin1"], loc["precision"]) == ("NGA", "Borno", 1), loc


def test_acronym_is_not_a_town_end_to_end():
    loc = location("On Monday, police arrested members of the Bulawayo Youth Arise (BUYA) during a protest.")
    assert loc is None or "BUYA" not in loc["text"], loc


# --- 7. admin names written unlike GeoNames ------------------------------------------------------------------------------

# (as written, GeoNames' name, country)
ADMIN_SPELLINGS = [
    ("Soum", "Province du Soum", "BFA"),
    ("Province du Soum", "Province du Soum", "BFA"),
    ("Tapoa", "Province de la Tapoa", "BFA"),
    ("Sanaga-Maritime", "Departement de la Sanaga-Maritime", "CMR"),
    ("Sud-Kivu", "South Kivu", "COD"),
    ("Extreme-Nord", "Far North", "CMR"),
    ("Extrême-Nord", "Far North", "CMR"),
    ("Marib", "Ma'rib", "YEM"),
    ("Ma'rib", "Ma'rib", "YEM"),
]


@pytest.mark.parametrize("written, geonames, country", ADMIN_SPELLINGS)
def test_admin_name_resolves_exactly(written, geonames, country):
    assert (geonames, country) in [(a.name, a.country) for a in areas_named(written)]


# only a transliteration variant: found when asked loosely
LOOSE_SPELLINGS = [
    ("Dar'a", "Daraa", "SYR"),
    ("Middle Shabelle", "Middle Shabele", "SOM"),
]


@pytest.mark.parametrize("written, geonames, country", LOOSE_SPELLINGS)
def test_admin_name_resolves_loosely(written, geonames, country):
    assert (geonames, country) in [(a.name, a.country) for a in areas_named(written, loose=True)]


# (sentence, country, admin1, admin2 or None for "not checked"). The villages are unknown.
UNKNOWN_VILLAGE_IN_VARIANT_ADMINS = [
    (
        "JNIM militants attacked Zorbagou (Logobou, Tapoa), killing four civilians.",
        "BFA",
        "Est",
        "Province de la Tapoa",
    ),
    ("JNIM militants attacked Zorbagou (Djibo, Soum), killing four civilians.", "BFA", "Sahel", "Province du Soum"),
    (
        "JNIM militants attacked Zorbagou (Djibo, Province du Soum), killing four civilians.",
        "BFA",
        "Sahel",
        "Province du Soum",
    ),
    (
        "Boko Haram fighters killed two civilians in Zorbari (Mayo-Tsanaga, Extreme-Nord) on Sunday.",
        "CMR",
        "Far North",
        None,
    ),
    (
        "The rebels said they attacked Burundi forces in Zorbamulo village (Uvira, Sud-Kivu) on Monday.",
        "COD",
        "South Kivu",
        None,
    ),
    ("Houthi forces shelled Zorbaniyah area (Sirwah, Ma'rib), killing a child.", "YEM", "Ma'rib", "Sirwah"),
    ("Regime forces shelled Zorbaville village (Izra, Dar'a) on Sunday, killing two civilians.", "SYR", "Daraa", None),
    # the object of "shelled" is a place, so its brackets are read as its admin names
    ("Regime forces shelled Zorbaville (Izra, Dar'a) on Sunday, killing two civilians.", "SYR", "Daraa", None),
]


@pytest.mark.parametrize("sentence, country, admin1, admin2", UNKNOWN_VILLAGE_IN_VARIANT_ADMINS)
def test_unknown_village_in_variant_admins(sentence, country, admin1, admin2):
    loc = location(sentence)
    assert loc is not None
    assert (loc["country"], loc["admin1"]) == (country, admin1), loc
    if admin2 is not None:
        assert loc["admin2"] == admin2, loc


# --- 8. "Name, Province, Country" ---------------------------------------------------------------------------------------

# (sentence, hints, country set by the mention, country of the event)
CLOSING_COUNTRY = [
    (
        "Taliban fighters attacked a police checkpoint in Bagram, Parwan, Afghanistan, on Monday, killing two "
        "policemen.",
        ("Parwan", "Afghanistan"),
        "AFG",
        "AFG",
    ),
    # "Eastern Province" is in several countries: the closing one decides
    (
        "Gunmen killed two traders in Zorbaville, Eastern Province, Zambia, on Sunday.",
        ("Eastern Province", "Zambia"),
        "ZMB",
        "ZMB",
    ),
    (
        "Gunmen killed two traders in Zorbaville, Eastern Province, Rwanda, on Sunday.",
        ("Eastern Province", "Rwanda"),
        "RWA",
        "RWA",
    ),
    (
        "Gunmen killed two traders in Zorbaville, Eastern Province, Sri Lanka, on Sunday.",
        ("Eastern Province", "Sri Lanka"),
        "LKA",
        "LKA",
    ),
    (
        "Rebels attacked an army post in Zorbaville, Ituri, Democratic Republic of Congo, on Sunday, killing four "
        "soldiers.",
        ("Ituri", "Democratic Republic of Congo"),
        "COD",
        "COD",
    ),
    (
        "Gunmen killed three villagers in Zorbaville, Borno State, Nigeria, on Sunday.",
        ("Borno State", "Nigeria"),
        "NGA",
        "NGA",
    ),
]


@pytest.mark.parametrize("sentence, hints, mention_country, country", CLOSING_COUNTRY)
def test_closing_country_is_kept(sentence, hints, mention_country, country):
    first = places(sentence)[0]
    assert (first.hints, first.country) == (hints, mention_country), first
    assert location(sentence)["country"] == country


def test_a_list_of_towns_keeps_no_closing_name():
    # "in Kabul, Kandahar, Herat": a list; only a closing country would be kept, so Herat is dropped
    first = places("Police fired tear gas at protesters in Kabul, Kandahar, Herat on Friday.")[0]
    assert (first.name, first.hints) == ("Kabul", ("Kandahar",)), first


# --- 9. an unknown village keeps the district the text names as admin2 ---------------------------------------------------

# (sentence, country, admin1, admin2)
UNKNOWN_VILLAGE_DISTRICT = [
    (
        # the village tier knows Walikale (in North Kivu), which gives the province too
        "Mai-Mai fighters attacked Zorbakala village in the Walikale area on Monday, killing three civilians.",
        "COD",
        "Nord Kivu",
        "Walikale",
    ),
    ("Gunmen killed two farmers in Zorbakala village in Zorbadi district on Monday.", None, None, "Zorbadi"),
    # neither the province nor the closing country is a district
    ("Gunmen killed two farmers in Zorbaville, Plateau, Nigeria, on Sunday.", "NGA", "Plateau", None),
    ("Gunmen killed three villagers in Zorbaville, Borno State, Nigeria, on Sunday.", "NGA", "Borno", None),
    ("Rebels attacked an army post in Zorbaville, Ituri, DRC, on Sunday, killing four soldiers.", "COD", "Ituri", None),
    gap(
        "Mai-Mai fighters killed three civilians in Zorbakala (Walikale, North Kivu) on Monday.",
        "COD",
        "Nord Kivu",
        "Walikale",
        reason="admin2 'North Kivu': the province resolves to GeoNames' admin2 of that name, and the text's district "
        "is kept only when nothing resolves",
    ),
]


@pytest.mark.parametrize("sentence, country, admin1, admin2", UNKNOWN_VILLAGE_DISTRICT)
def test_unknown_village_keeps_its_district(sentence, country, admin1, admin2):
    loc = location(sentence)
    assert (loc["country"], loc["admin1"], loc["admin2"]) == (country, admin1, admin2), loc


# --- 10. a province beside a town rules out its namesake in another province ----------------------------------------------

TUDUN_WADA_KANO = (11.2485, 8.4011)


def test_premise_tudun_wada_is_known_only_in_kano():
    assert {(s.country, s.admin1, s.kind) for s in candidates("Tudun Wada")} == {("NGA", "Kano", "town")}
    assert {(s.country, s.admin1) for s in candidates("Nasarawa")} == {("NGA", "Nassarawa")}


# (sentence, admin1 the text names). Tudun Wada is a quarter in many northern Nigerian cities.
OTHER_PROVINCE = [
    ("Gunmen attacked Tudun Wada (Kaduna North LGA, Kaduna) on Sunday, killing two residents.", "Kaduna"),
    ("Gunmen killed two residents in Tudun Wada (Kaduna North LGA, Kaduna) on Sunday.", "Kaduna"),
    ("Gunmen killed two residents in Tudun Wada, Kaduna, on Sunday.", "Kaduna"),
    ("Gunmen killed two residents in Tudun Wada (Jos North, Plateau) on Sunday.", "Plateau"),
    ("Gunmen killed two residents in Tudun Wada, Jos, on Sunday.", "Plateau"),
]


@pytest.mark.parametrize("sentence, admin1", OTHER_PROVINCE)
def test_namesake_in_another_province_is_not_meant(sentence, admin1):
    loc = location(sentence)
    assert (loc["country"], loc["admin1"]) == ("NGA", admin1), loc
    assert near(loc, *TUDUN_WADA_KANO) > 60, loc


def test_nasarawa_quarter_of_kano_is_not_the_town_in_nassarawa():
    loc = location("Thugs attacked traders in Nasarawa, Kano, on Sunday, injuring five people.")
    assert (loc["country"], loc["admin1"]) == ("NGA", "Kano"), loc
    assert near(loc, 8.5389, 7.7082) > 200, loc  # Nasarawa town, Nassarawa state


# the control: written with its own province (or alone), the known town is meant
@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed two residents in Tudun Wada, Kano, on Sunday.",
        "Gunmen killed two residents in Tudun Wada on Sunday.",
    ],
)
def test_namesake_in_its_own_province_is_meant(sentence):
    loc = location(sentence)
    assert (loc["country"], loc["admin1"], loc["precision"]) == ("NGA", "Kano", 1), loc
    assert near(loc, *TUDUN_WADA_KANO) <= NEAR_KM, loc


# --- a part of a place: "X junction of Y", "residents of X area of Y"; the town in the trigger's clause ----------

PART_OF = [
    ("Riders and traffic officers fought at Zorbagi junction of Kampala on Monday.", "UGA", "Kampala"),
    ("Residents of Zorbaland area of Lagos State blocked a road in protest on Monday.", "NGA", "Lagos"),
    ("Residents of Zorbatu and Zorbate districts of Addis Ababa marched on Monday.", "ETH", "Addis Ababa"),
]


@pytest.mark.parametrize("sentence, country, enclosing", PART_OF)
def test_part_of_a_place_lies_in_it(sentence, country, enclosing):
    loc = location(sentence)
    assert loc["country"] == country, loc
    assert any(enclosing in (loc[k] or "") for k in ("admin1", "admin2")), loc  # "Kampala District", "Lagos"


def test_a_town_in_the_clause_beats_a_country_in_a_name():
    loc = location(
        "Fighting between African Union Mission in Somalia troops and al-Shabab left two dead in the "
        "town of Baidoa on Monday."
    )
    assert (loc["name"], loc["country"], loc["precision"]) == ("Baidoa", "SOM", 1), loc


# --- the object of a verb of striking or taking ground is a place, even one the gazetteer lacks ------------------

STRUCK_OR_TAKEN = [
    ("Army jets bomb Zorbadina. Three herders died.", "Zorbadina"),
    ("Militants take control of Zorbadhere as the army pulls out.", "Zorbadhere"),
    ("Air force jets bombed Jebel Zorba in the west on Sunday.", "Jebel Zorba"),
    ("Kenyan jets carried out air strikes on Zorbahaawo on Monday, killing five militants.", "Zorbahaawo"),
]


@pytest.mark.parametrize("sentence, name", STRUCK_OR_TAKEN)
def test_object_of_striking_or_taking_is_the_place(sentence, name):
    assert location(sentence)["name"] == name


# --- a village placed by the town next to it: that town is its district (ACLED codes the event there) ----------

NEAR_TOWN = [
    ("Gunmen burnt a clinic in Zorbasie near Zorbabrits on Monday.", "Zorbasie", "Zorbabrits"),
    ("Gunmen raped two women near Zorbayma, 12 km east of Zorbawila, on Monday.", "Zorbayma", "Zorbawila"),
    (
        "Troops and a gunman exchanged fire in the village of Zorbalouane, near Zorbatahar, on Monday.",
        "Zorbalouane",
        "Zorbatahar",
    ),
]


@pytest.mark.parametrize("sentence, village, town", NEAR_TOWN)
def test_village_near_a_town(sentence, village, town):
    loc = location(sentence)
    assert (loc["name"], loc["admin2"]) == (village, town), loc


# --- names that only look like places abroad --------------------------------------------------------------------


def test_arabic_article_before_a_known_town():
    loc = location("Militants ambushed a convoy bound for el-Arish on Monday, killing a soldier.")
    assert (loc["country"], loc["precision"]) == ("EGY", 1), loc
    assert near(loc, 31.1316, 33.7984) <= NEAR_KM, loc


@pytest.mark.parametrize(
    "sentence",
    [
        # a capitalised word with no country in the story is not a district abroad (Mineral County, West Virginia)
        "Mineral traders protested against new fees on Monday.",
        # nor is an institution's name a province spelled another way (Marin County, California)
        "Lecturers at the Marien-Ngouabi University went on strike on Monday over unpaid grants.",
    ],
)
def test_no_namesake_abroad_for_a_story_without_a_country(sentence):
    loc = location(sentence)
    assert loc is None or loc["country"] != "USA", loc


def test_rural_province_is_a_part_of_the_province():
    loc = location("Regime forces shelled villages in rural Idlib on Monday, killing three civilians.")
    assert (loc["country"], loc["admin1"], loc["precision"]) == ("SYR", "Idlib", 2), loc  # like "northern Aleppo"


def test_article_written_with_a_hyphen_before_a_town():
    loc = location("Gunmen killed two shepherds near Ar-Rutba on Monday.")
    assert loc["country"] == "IRQ", loc


# --- the town an institution is named for, when the sentence names no other place -------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("On Monday a rocket landed in the parking lot of the Benghazi Central Hospital.", "Benghazi"),
        ("Gunmen robbed a Kandahar bank branch on Monday, wounding a guard.", "Kandahār"),  # GeoNames' spelling
        # a town beats the country the sentence also names
        ("Gunmen ransacked the MSF Bria office in the Central African Republic.", "Bria"),
        ("Gunmen shot dead a shopkeeper outside a Kandahar bank branch in Afghanistan.", "Kandahār"),
    ],
)
def test_town_an_institution_is_named_for(sentence, name):
    assert location(sentence)["name"] == name


def test_village_placed_by_its_province_keeps_the_district_written_beside_it():
    loc = location(
        "On 2 May 2020, Al Shabaab militants attacked an army position at Zorbadow village in "
        "Mogadishu-Daynile district (Daynile, Banadir), killing two soldiers."
    )
    assert (loc["name"], loc["country"], loc["admin2"]) == ("Zorbadow", "SOM", "Mogadishu-Daynile"), loc


@pytest.mark.parametrize(
    "sentence, name",
    [
        # a road is a spot, even a "national highway"; the village on it is the place
        (
            "Stranded labourers protested and blocked lorries on the Pune-Mumbai national highway close to Zorbasan village "
            "(Satara, Maharashtra) on Saturday.",
            "Zorbasan",
        ),
        # a name cut short by a lower-case word ("Al zorba") is no place; the district is
        (
            "Police clashed with soldiers at Al zorba junction in Mogadishu-Hodan district (Hodan, Banadir) on Saturday.",
            "Mogadishu-Hodan",
        ),
    ],
)
def test_the_place_not_the_road(sentence, name):
    assert location(sentence)["name"] == name


def test_a_village_is_no_city_of_another_name():
    # GeoNames lists "Korogo" among the names of Korhogo, a city of 440,000 in Ivory Coast
    loc = location(
        "Troops overran a militia camp at Korogo village, close to Zorbunda (Mahagi, Ituri), on Monday, "
        "killing six fighters."
    )
    assert (loc["country"], loc["admin1"]) == ("COD", "Ituri"), loc


def test_a_town_written_beside_it_picks_the_namesake():
    # Oume (Ivory Coast) and Ome (Japan): Gagnoa, beside it, is only in Ivory Coast
    loc = location("Youths beat up curfew violators in Oume, Gagnoa, on Tuesday.")
    assert loc["country"] == "CIV", loc


@pytest.mark.parametrize(
    "sentence, name",
    [
        # where the news came from is not the scene
        ("Police sources in Nairobi said protesters burnt two lorries near Naivasha on Monday.", "Naivasha"),
        # a province whose name opens with a compass word
        ("Villagers of Zorbaville in the Eastern Cape marched on Monday to demand land.", "Zorbaville"),
        # "on the border of", "in the hospital of", "X border town"
        ("Herders on the border of Kassala state rallied on Monday over grazing rights.", "Kassala"),
        ("Nurses protested in the hospital of Sfax on Monday against staff shortages.", "Sfax"),
        ("Militants attacked Zorbamasa border town with explosives on Monday.", "Zorbamasa"),
    ],
)
def test_the_scene_of_the_event(sentence, name):
    assert location(sentence)["name"] == name


def test_a_province_named_with_a_compass_word_places_its_village():
    loc = location("Villagers of Zorbaville in the Eastern Cape marched on Monday to demand land.")
    assert (loc["country"], loc["admin1"]) == ("ZAF", "Eastern Cape"), loc


def test_a_part_of_the_province_written_after_the_village():
    loc = location("Clan militias fought in Zorbadaro, southern Mudug, on Monday, killing five.")
    assert (loc["name"], loc["country"], loc["admin1"]) == ("Zorbadaro", "SOM", "Mudug"), loc


def test_two_peoples_between_are_no_place():
    loc = location("Fighting between Fulani and Konkomba herders left four dead in the Zorbaplains district on Monday.")
    assert loc["name"] == "Zorbaplains", loc


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Treasury Department, the police chief ordered the killing of protesters in Kinshasa.",
        "Gunmen killed a driver in Kinshasa, according to the Ministry of Interior.",
    ],
)
def test_a_source_is_no_place(sentence):
    assert location(sentence)["name"] == "Kinshasa"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Rioters threw a Molotov cocktail at a bank in Beirut on Wednesday.", "Beirut"),
        ("Relatives of prisoners rallied outside the President's Office in Kyiv on Tuesday.", "Kyiv"),
        ("Protesters threw stones at a bank in ech Choueifat on Wednesday.", "ech Choueifat"),
    ],
)
def test_words_that_only_look_like_places(sentence, name):
    assert location(sentence)["name"] == name


def test_the_preposition_trie_matches_exactly_its_words():
    import re

    from extractors.places.patterns import PREP_WORDS, trie

    pattern = re.compile(trie(PREP_WORDS))
    assert all(pattern.fullmatch(w) for w in PREP_WORDS)
    assert not any(pattern.fullmatch(w) for w in ("i", "insid", "bombe", "on the road", "outskirts", "nearby"))


@pytest.mark.parametrize(
    "sentence, first, hints",
    [
        # a list of villages: the second is the next item, not the first one's province
        (
            "Soldiers fought militants in Zorbayiwa, Zorbabuta, Zorbaka, Zorbagala and Zorbala on Monday.",
            "Zorbayiwa",
            (),
        ),
        ("Clashes in Kabul, Kandahar and Herat left ten dead.", "Kabul", ()),
        # ... but a town, its district and its province are one place
        ("Police arrested five protesters in Kotri, Jamshoro, Sindh on Monday.", "Kotri", ("Jamshoro",)),
        ("Gunmen attacked a market in Zorba, Jammu and Kashmir, on Monday.", "Zorba", ("Jammu and Kashmir",)),
    ],
)
def test_list_of_places_is_no_chain_of_admin_names(sentence, first, hints):
    found = mentions(sentence, 0, len(sentence), atoms(sentence, 0, len(sentence)))
    assert found and (found[0].name, found[0].hints) == (first, hints), found
