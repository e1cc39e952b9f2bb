"""Who acted, read from whole news sentences, and the one-line summary that names them (issue 14).

Each cause has an event sentence and a look-alike: the wire agency or outlet, the rescuers and monitors
who report or count are never the actor of violence; the victims' nationality is not the attacker's; an
affiliation phrase keeps the group that acted; a place ("Haiti's capital") is not a side; who intercepts
a weapon did not fire it. The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from extractors import Document, extract
from extractors.event import Actor, Place, Quantity
from extractors.records import summary_of
from extractors.wording import agree, plural, verb_for


def _violent(text: str) -> list[dict]:
    events = [e.to_dict() for e in extract([Document("t", text, "2024-03-14")])]
    return [e for e in events if e["acled"] and e["acled"]["event_type"] != "Protests" and not e.get("mention_of")]


def _first(text: str) -> dict:
    found = _violent(text)
    assert found, text
    return found[0]


def _side(e: dict, key: str) -> tuple[str | None, str | None]:
    a = e[key] or {}
    return a.get("name"), a.get("sector")


# (sentence, actor1 name starts with, actor1 sector); the reporter named in each is never actor1.
REPORTED = [
    ("Rebels shelled the town of Zorbaville on Monday, killing four civilians, Reuters reported.", "Rebels", "REB"),
    (
        "Gunmen killed six villagers near Zorbaville in Niger on Sunday, the state-run news agency said.",
        "Unidentified Armed Group",
        "REB",
    ),
    ("Health officials said gunmen killed six people in Kandor, Mali on Sunday.", "Unidentified Armed Group", "REB"),
    (
        "Six soldiers were killed in clashes with militants near Zorbaville, Syria, rights monitors said on Monday.",
        "Rebels",
        "REB",
    ),
    # look-alike: the outlet is the target, the gunmen acted
    ("Gunmen stormed the offices of Al Jazeera in Kandor, Mali on Monday.", "Unidentified Armed Group", "REB"),
]


@pytest.mark.parametrize("sentence, name, sector", REPORTED)
def test_who_reports_or_counts_is_not_the_actor(sentence, name, sector):
    e = _first(sentence)
    assert e["actor1"]["name"].startswith(name) and e["actor1"]["sector"] == sector
    assert all((e[k] or {}).get("sector") != "MED" for k in ("actor1", "actor2"))


def test_rescuers_after_a_strike_are_not_the_strikers():
    e = _first("Rescuers pulled 12 bodies from the rubble after a Russian missile hit Zorbivka, Ukraine on Monday.")
    assert _side(e, "actor1")[1] != "NGO"


@pytest.mark.parametrize(
    "sentence, actor1",
    [
        # event: the victims are Pakistani, the attackers unknown
        ("Two Pakistani workers were shot dead by gunmen near Kandahar on Monday.", "Unidentified Armed Group"),
        # look-alike: the Pakistani troops did the shooting
        ("Pakistani troops shot dead two gunmen near Quetta on Monday.", "Military Forces of Pakistan"),
    ],
)
def test_victims_nationality_is_not_the_attackers(sentence, actor1):
    assert _first(sentence)["actor1"]["name"].startswith(actor1)


@pytest.mark.parametrize(
    "sentence, actor1, actor2",
    [
        # the agent after "by" in a participle set off by commas acted; the victims are the other side
        (
            "A soldier was killed on Monday in a roadside bomb blast, triggered by al-Shabaab, in Kismayo.",
            "Al Shabaab",
            "Military Forces of Somalia",
        ),
        # look-alike: a participle with no agent names nobody: the bombers stay unidentified
        (
            "A soldier was killed on Monday in a roadside bomb blast, reported hours later, in Kismayo.",
            "Unidentified Armed Group (Somalia)",
            "Military Forces of Somalia",
        ),
    ],
)
def test_an_agent_set_off_by_commas_acted(sentence, actor1, actor2):
    e = _first(sentence)
    assert ((e["actor1"] or {}).get("name"), (e["actor2"] or {}).get("name")) == (actor1, actor2)


@pytest.mark.parametrize(
    "sentence, actor1, not_actor",
    [
        # event: the patron after "linked to" did not act
        ("The Kandor Front, a group linked to al-Qaeda, killed five soldiers in Kidal on Monday.", None, "Al Qaeda"),
        ("Militias backed by Rwanda attacked the town of Goma on Monday.", None, "Rwanda"),
        # look-alike: an attack linked to a group names its author
        ("An attack linked to al-Qaeda killed five soldiers in Kidal on Monday.", "Al Qaeda", None),
    ],
)
def test_affiliation_keeps_the_group_that_acted(sentence, actor1, not_actor):
    e = _first(sentence)
    if actor1 is not None:
        assert e["actor1"]["name"] == actor1
    if not_actor is not None:
        assert not_actor not in {(e[k] or {}).get("name") for k in ("actor1", "actor2")}


@pytest.mark.parametrize(
    "sentence, actor1_sector, actor2_sector",
    [
        ("Government troops recaptured the town of Kidal from the rebels on Friday.", "MIL", "REB"),
        # look-alike: the rebels took it
        ("Rebels captured the town of Kidal from government troops on Friday.", "REB", "MIL"),
    ],
)
def test_retaken_territory_keeps_who_took_it_first(sentence, actor1_sector, actor2_sector):
    e = _first(sentence)
    assert (e["actor1"]["sector"], e["actor2"]["sector"]) == (actor1_sector, actor2_sector)


@pytest.mark.parametrize(
    "sentence, actor1, actor2",
    [
        # event: the interceptor is the target's side; the rebels fired
        (
            "Saudi air defences intercepted a ballistic missile fired by the Houthis toward Jazan on Saturday.",
            "Houthis",
            "Saudi Arabia",
        ),
        # look-alike: the army fired
        ("Syrian army artillery shelled rebel positions near Idlib on Saturday.", "Military Forces of Syria", None),
    ],
)
def test_interceptor_did_not_fire(sentence, actor1, actor2):
    e = _first(sentence)
    assert e["actor1"]["name"] == actor1
    if actor2 is not None:
        assert actor2 in e["actor2"]["name"]


@pytest.mark.parametrize(
    "sentence, place_is_side",
    [
        # event: "Haiti's capital", "Kandor, Haiti" are places
        ("Gangs launched an attack on Haiti's capital early on Tuesday.", False),
        ("Gangs attacked the town of Kandor, Haiti on Tuesday.", False),
        # look-alike: the Haitian police are a side
        ("Gangs attacked Haitian police officers in Kandor on Tuesday.", True),
    ],
)
def test_a_place_named_by_its_country_is_no_side(sentence, place_is_side):
    e = _first(sentence)
    sides = [(e[k] or {}).get("country") for k in ("actor2",)]
    assert (sides == ["HTI"]) is place_is_side


def test_headline_source_is_no_side():
    e = _first("Rebels seize the town of Kidal in Mali: Official\n\nRebels seized the town of Kidal on Monday.")
    assert all((e[k] or {}).get("sector") != "GOV" for k in ("actor1", "actor2"))


KENYA_FORCES = Actor("Kenya Defence Forces", "Military Forces of Kenya", "KEN", "MIL")
KENYA = Place("Kenya", "Kenya", "KEN", precision=3)
BAURE = Place("Baure", "Baure", "KEN", precision=1)


@pytest.mark.parametrize(
    "verb, category, a1, a2, quantity, location, summary",
    [
        # a coder's name would repeat the country: the side is named plainly
        (
            "clashes with",
            "armed_clash",
            Actor("", "Unidentified Armed Group (Kenya)", "KEN", "REB"),
            KENYA_FORCES,
            None,
            BAURE,
            "An armed group clashes with Kenya in Baure",
        ),
        # one country as the side acted on and as the place: the text's words for the side
        (
            "clashes with",
            "armed_clash",
            Actor("gunmen", "Unidentified Armed Group (Kenya)", "KEN", "REB"),
            Actor("police", "Police Forces of Kenya", "KEN", "COP"),
            None,
            KENYA,
            "Gunmen clash with police in Kenya",
        ),
        # subject-verb agreement with a plural subject
        (
            "attacks",
            "attack",
            Actor("Gangs", "Unidentified Armed Group (Haiti)", "HTI", "REB"),
            Actor("residents", "Civilians (Haiti)", "HTI", "CVL"),
            None,
            Place("Kandor", "Kandor", "HTI", precision=1),
            "Gangs attack residents in Kandor",
        ),
        (
            "clashes with",
            "armed_clash",
            Actor("militants", "Rebels (Mali)", "MLI", "REB"),
            Actor("soldiers", "Military Forces of Mali", "MLI", "MIL"),
            None,
            Place("Kidal", "Kidal", "MLI", precision=1),
            "Militants clash with Mali in Kidal",
        ),
        (
            "sexually assaults",
            "sexual_violence",
            Actor("armed men", "Unidentified Armed Group (Zorbia)", None, "REB"),
            None,
            Quantity(12, "women", "12 women"),
            Place("Zorbaville", "Zorbaville"),
            "Armed men sexually assault 12 women in Zorbaville",
        ),
        (
            "loots or destroys property of",
            "looting_property_destruction",
            Actor("looters", "Rioters (Kenya)", "KEN", "PRT"),
            None,
            None,
            Place("Kandor", "Kandor", "KEN"),
            "Looters loot or destroy property in Kandor",
        ),
        # a singular subject keeps (or takes) the singular verb
        (
            "riot against",
            "violent_demonstration",
            Actor("mob", "Rioters (Kenya)", "KEN", "PRT"),
            None,
            None,
            Place("Kandor", "Kandor", "KEN"),
            "Mob riots in Kandor",
        ),
        (
            "attacks",
            "attack",
            Actor("Hamas", "Hamas", "PSE", "REB"),
            None,
            None,
            Place("Kandor", "Kandor"),
            "Hamas attacks in Kandor",
        ),
        (
            "strikes",
            "air_strike",
            Actor("US", "Military Forces of United States", "USA", "MIL"),
            None,
            None,
            Place("Zorbaville", "Zorbaville"),
            "United States strikes in Zorbaville",
        ),
    ],
)
def test_summaries(verb, category, a1, a2, quantity, location, summary):
    assert summary_of(verb, category, a1, a2, quantity, location) == summary


@pytest.mark.parametrize(
    "label, is_plural",
    [
        ("Gangs", True),
        ("gunmen", True),
        ("police", True),
        ("Rapid Support Forces", True),
        ("Houthis", True),
        ("Democratic Forces for the Liberation of Rwanda", True),
        ("Protesters (France)", True),
        ("United States", False),
        ("Philippines", False),
        ("IS", False),
        ("Hamas", False),
        ("An armed group", False),
        ("Unidentified Armed Group (Kenya)", False),
    ],
)
def test_plural_subjects(label, is_plural):
    assert plural(label) is is_plural


@pytest.mark.parametrize(
    "verb, subject, agreed",
    [
        ("carries out a suicide bombing against", "bombers", "carry out a suicide bombing against"),
        ("clashes with", "Fighters", "clash with"),
        ("defuses or seizes weapons of", "troops", "defuse or seize weapons of"),
        ("use force against", "Kenya", "uses force against"),
        ("protest;", "A crowd", "protests;"),
        ("attacks", "the army", "attacks"),
    ],
)
def test_verb_agreement(verb, subject, agreed):
    assert agree(verb, subject) == agreed


@pytest.mark.parametrize(
    "trigger, verb",
    [
        # an interception is no strike by the interceptor, nor a seizure of weapons
        ("shot down", "intercepts weapons of"),
        ("intercepted", "intercepts weapons of"),
        # look-alike: a bomb defused keeps the category's verb
        ("defused", "defuses or seizes weapons of"),
    ],
)
def test_interception_verb(trigger, verb):
    assert verb_for("defuses or seizes weapons of", "disrupted_weapons_use", trigger) == verb
