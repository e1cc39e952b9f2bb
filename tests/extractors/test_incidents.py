"""The document-level incident model: which reports of an article tell one incident, and why.

Each row is an invented report and the incidents (category, place) it should give, with the reason the
``rule`` shows for the fold or split that decided it. Rows come in pairs: a report folded into one incident
and a look-alike that tells two.
"""

from __future__ import annotations

import pytest

from extractors import Document, extract
from extractors.merging import in_dateline, kind_fold

REF = "2024-03-14"

# (report, [(category, place) of each incident in text order], a reason some incident's rule shows)
ROWS = [
    # Headline, dateline lead and body about one ambush: one incident; the bomb that opened it folds in.
    (
        "Gunmen kill four soldiers in Zorbadougou\n\nKANDOR, Maliland (AP) — Gunmen ambushed an army patrol near "
        "Zorbadougou on Tuesday, killing four soldiers, the army said. A roadside bomb struck the lead vehicle "
        "before the gunmen opened fire.",
        [("armed_clash", "Zorbadougou")],
        "fold:strike",
    ),
    # Look-alike: the same kind at the same place, but two days.
    (
        "Gunmen attacked a checkpoint in Zorbaville on Monday, killing two police officers. On Wednesday, gunmen "
        "attacked another checkpoint in Zorbaville, killing one officer.",
        [("armed_clash", "Zorbaville"), ("armed_clash", "Zorbaville")],
        "new:other-day",
    ),
    # One sentence, two places: two incidents.
    (
        "A man was killed in Zorbaville on Monday, and another during a police raid on Kandortown, the ministry said.",
        [("attack", "Zorbaville"), ("attack", "Kandortown")],
        "new:two-places",
    ),
    (
        "Police fired tear gas at protesters in Zorbaville on Monday, while in Kandortown police arrested 40 "
        "demonstrators.",
        [("protest_with_intervention", "Zorbaville"), ("protest_with_intervention", "Kandortown")],
        "new:two-places",
    ),
    # Look-alike: the clause after "and" names no other place, so it tells the same incident.
    (
        "A man was killed in Zorbaville on Monday, and another was wounded in the same shooting, the ministry said.",
        [("attack", "Zorbaville")],
        "",
    ),
    # A report that says it is another incident.
    (
        "Gunmen killed three villagers in Zorbaville on Monday. In a separate incident, gunmen killed two farmers "
        "in Zorbaville.",
        [("attack", "Zorbaville"), ("attack", "Zorbaville")],
        "new:separate",
    ),
    # A casualty sentence naming another place and day is another incident; a later toll is the same one.
    (
        "Gunmen attacked a market in Zorbaville on Monday, killing five people. Two people were killed in "
        "Kandortown on Sunday.",
        [("attack", "Zorbaville"), ("attack", "Kandortown")],
        "new:other-place",
    ),
    (
        "A bomb exploded at a bus stop in Zorbaville on Monday, wounding six people. One of the wounded died in "
        "hospital on Tuesday.",
        [("explosive_device", "Zorbaville")],
        "fold:casualties",
    ),
    # Where the wounded were taken is not another scene.
    (
        "A bomb exploded at a market in Zorbaville on Monday, killing three people. Four more were wounded and "
        "taken to hospital in Kandortown.",
        [("explosive_device", "Zorbaville")],
        "fold:casualties",
    ),
    # A riot and the missiles its crowd threw: one riot, no shelling.
    (
        "Rioters clashed with police outside the town hall in Zorbaville on Tuesday night. Many officers were hit "
        "by missiles thrown by the crowd.",
        [("violent_demonstration", "Zorbaville")],
        "fold:riot",
    ),
    # Look-alike: a riot after an attack, elsewhere, is its own event.
    (
        "A suicide bomber killed nine people at a mosque in Zorbaville on Friday. Hours later, residents rioted in "
        "Kandortown, burning cars.",
        [("suicide_bombing", "Zorbaville"), ("violent_demonstration", "Kandortown")],
        "",
    ),
    # A ceasefire and the truce it sets: one agreement.
    (
        "Zorbaland's government and the rebels signed a ceasefire agreement in Kandor City on Thursday. The truce is "
        "meant to end weeks of fighting.",
        [("agreement", "Kandor")],
        "fold:",
    ),
    # Look-alike: an air strike is coded apart from the ground fighting of the same day and place.
    (
        "Troops clashed with rebels in Zorbaville on Monday, killing six. An air strike hit a rebel base in "
        "Zorbaville the same day.",
        [("armed_clash", "Zorbaville"), ("air_strike", "Zorbaville")],
        "",
    ),
    # A spot no gazetteer lists, written with a town the gazetteer puts in the headline's province: inside it.
    (
        "Mob sets houses on fire in Manipur\n\nPolice fired tear gas at a mob that set houses on fire at Zorbakhong "
        "in Imphal on Thursday.",
        [("mob_violence", "Zorbakhong")],
        "fold:riot,enclosing-place",
    ),
    # Look-alike: the town is in another province.
    (
        "Mob sets houses on fire in Manipur\n\nPolice fired tear gas at a mob that set houses on fire at Zorbakhong "
        "in Guwahati on Thursday.",
        [("mob_violence", "Manipur"), ("violent_demonstration", "Zorbakhong")],
        "new:other-place",
    ),
    # The incident named back ("in the attack") and placed only roughly ("near the town of X"): the same one.
    (
        "Gunmen raped 40 women in Zorbala village on the night of June 11-12, a local official said. Doctors said on "
        "Thursday that 30 women had been treated after they were raped in the attack near the town of Fizi.",
        [("sexual_violence", "Zorbala")],
        "fold:back-reference",
    ),
    # Look-alike: a new report near that town, on its own day.
    (
        "Gunmen raped 40 women in Zorbala village on the night of June 11-12, a local official said. On Thursday, "
        "gunmen raped 30 women near the town of Fizi, doctors said.",
        [("sexual_violence", "Zorbala"), ("sexual_violence", "Fizi")],
        "new:other-place",
    ),
    # The looting told first, then the mob that looted: one incident.
    (
        "Looters ransacked a shopping mall in Alexandra on Monday. Police fought running battles with the mob in "
        "Alexandra through the day.",
        [("looting_property_destruction", "Alexandra")],
        "fold:riot,same-place",
    ),
    # Look-alike: a march on another day is its own event.
    (
        "Looters ransacked a shopping mall in Alexandra on Monday. On Wednesday, hundreds of residents marched "
        "peacefully through Alexandra.",
        [("looting_property_destruction", "Alexandra"), ("peaceful_protest", "Alexandra")],
        "",
    ),
    # A road no gazetteer lists, told after a known town on the same day: a spot in that town's incident.
    (
        "Gunmen attacked a police post in Kandahar on Monday, killing two officers. The gunmen also attacked a "
        "checkpoint on the Zorbawal road on Monday, police said.",
        [("armed_clash", "Kandahār")],
        "fold:same-kind,spot-place",
    ),
    # Look-alike: an unknown name the text calls a village is another place.
    (
        "Gunmen attacked a police post in Kandahar on Monday, killing two officers. The gunmen also attacked a "
        "checkpoint in Zorbawal village on Monday, police said.",
        [("armed_clash", "Kandahār"), ("armed_clash", "Zorbawal")],
        "new:other-place",
    ),
    # A square of the city where the riot broke out, named by its own word ("Place", "Square", "Street").
    (
        "Thousands of protesters rioted in Lyon on Monday night. Rioters set fire to cars on the Place Zorbel on "
        "Monday, police said.",
        [("violent_demonstration", "Place Zorbel")],
        "spot-place",
    ),
]


@pytest.mark.parametrize("text, expected, reason", ROWS)
def test_reports_fold_into_their_incident(text, expected, reason):
    events = [e for e in extract([Document("r", text, REF)], mentions=False) if e.acled is not None]
    assert [(e.category, e.location.name if e.location else None) for e in events] == expected, [
        (e.category, e.location, e.rule) for e in events
    ]
    assert any(reason in e.rule for e in events), [e.rule for e in events]


@pytest.mark.parametrize("text, expected, reason", ROWS)
def test_folded_reports_are_mentions_of_their_incident(text, expected, reason):
    plain = list(extract([Document("r", text, REF)], mentions=False))
    both = list(extract([Document("r", text, REF)], mentions=True))
    assert [e for e in both if e.mention_of is None] == plain
    ids = {e.event_id for e in plain}
    mentions = [e for e in both if e.mention_of is not None]
    assert all(m.mention_of in ids and m.rule.endswith(">mention") for m in mentions)
    assert all(m.fatalities is None for m in mentions)


@pytest.mark.parametrize(
    "line, name, dateline",
    [
        ("KANDOR, Maliland (AP) — Gunmen attacked a post.", "KANDOR", True),
        ("Zorbaville, May 14 (Agency) A drone strike hit a car.", "Zorbaville", True),
        ("ZORBA [Kandor], March 3 (Agency): Two soldiers were killed.", "ZORBA", True),
        ("ZORBAVILLE: Police fired tear gas.", "ZORBAVILLE", True),
        ("Gunmen attacked a post in Kandor on Monday.", "Kandor", False),
        ("Kandor violence: mobs set houses on fire.", "Kandor", False),
    ],
)
def test_datelines_say_where_a_report_was_filed(line, name, dateline):
    text = "Headline\n\n" + line
    assert in_dateline(text, text.index(name)) is dateline


@pytest.mark.parametrize(
    "first, later, folds",
    [
        ("armed_clash", "explosive_device", True),  # the ambush and the bomb that opened it
        ("shelling", "attack", True),  # "A missile hit X. The attack killed two."
        ("attack", "shelling", False),  # an attack told first does not take in a later strike from afar
        ("armed_clash", "air_strike", False),  # coded apart from the ground fighting
        ("violent_demonstration", "shelling", True),  # stones and other missiles a crowd threw
        ("attack", "violent_demonstration", False),  # a riot after an attack is its own event
        ("ceasefire", "agreement", True),
        ("arrests", "attack", False),
    ],
)
def test_kinds_a_coder_folds(first, later, folds):
    assert (kind_fold(first, later) is not None) is folds


# (report, categories of the records it gives in text order, a reason some record's rule shows): a statement
# about an incident already told is part of its report; told alone, or about nothing told, it is an event.
STATEMENTS = [
    # A reaction the incident drew, in a sentence telling the incident again.
    (
        "Police kill 14 in raid on Zorbaville slum\n\nA police raid on the Zorbaville slum on Tuesday left 14 "
        "people dead, drawing condemnation from human rights groups.",
        ["attack"],
        "fold:statement,reaction",
    ),
    # Look-alike: one sentence alone telling an incident and the accusation about it tells both.
    (
        "The Kandor army accused Zorban rebels of killing five villagers in Zorbaville on Tuesday.",
        ["accusation", "attack"],
        "",
    ),
    # A later accusation naming the incident back.
    (
        "Gunmen killed six farmers in Zorbaville on Tuesday. The killings were blamed on a local militia, officials "
        "said.",
        ["attack"],
        "fold:statement,names-back",
    ),
    # Look-alike: a later accusation about something else.
    (
        "Gunmen killed six farmers in Zorbaville on Tuesday. The governor accused the opposition of rigging the "
        "vote, officials said.",
        ["attack", "accusation"],
        "",
    ),
    # "The attackers" named back says who did it, whatever sides the incident was told with.
    (
        "Four soldiers were killed in an ambush in Zorbaville on Tuesday. Army sources said the attackers belonged "
        "to a rebel faction.",
        ["armed_clash"],
        "",
    ),
    # A figure among the dead is a part of the toll, not another incident.
    (
        "Air strikes on Zorbaville killed at least 40 civilians on Tuesday. Medics said at least 9 children were "
        "among the dead.",
        ["air_strike"],
        "",
    ),
]


@pytest.mark.parametrize("text, expected, reason", STATEMENTS)
def test_statements_about_an_incident_are_part_of_its_report(text, expected, reason):
    events = [e for e in extract([Document("r", text, REF)], mentions=False) if e.factuality == "actual"]
    assert [e.category for e in events] == expected, [(e.category, e.rule) for e in events]
    assert any(reason in e.rule for e in events), [e.rule for e in events]


# (article, incidents, the sum of their fatalities): what a reader summing ``fatalities`` over the article gets.
SUMS = [
    # Another source's figure for the incident named back ("the attack") leaves the first figure standing.
    (
        "A suicide bomber killed six people at a market in Kandahar on Monday, police said. In a statement, the "
        "Zorba Front said the attack killed more than 40 people.",
        1,
        6,
    ),
    # Look-alike: a second incident told with its own place and toll adds its dead.
    (
        "A suicide bomber killed six people at a market in Kandahar on Monday, police said. In a separate attack, "
        "gunmen killed 40 people in Zorbaville on Monday.",
        2,
        46,
    ),
    # A toll raised in a later sentence replaces the first rather than adding to it.
    (
        "Gunmen killed four villagers in Zorbaville on Monday. The death toll from the attack rose to nine on "
        "Tuesday, officials said.",
        1,
        9,
    ),
]


@pytest.mark.parametrize("text, count, total", SUMS)
def test_fatalities_sum_to_what_the_article_reports(text, count, total):
    events = [e for e in extract([Document("r", text, REF)]) if e.acled is not None]
    assert (len(events), sum(e.fatalities or 0 for e in events)) == (count, total), [
        (e.summary, e.fatalities, e.rule) for e in events
    ]


# (report, the number of accusations it gives, a reason some rule shows): an accusation and the reply it draws
# are one exchange; accusations between other sides are another.
EXCHANGES = [
    (
        "Kenya accused Uganda of backing the rebels on Monday. Uganda in turn accused Kenya of spreading lies, its "
        "foreign ministry said on Monday.",
        1,
        "fold:same-kind",
    ),
    (
        "Kenya accused Uganda of backing the rebels on Monday. Tanzania accused Rwanda of spreading lies on Monday.",
        2,
        "new:other-sides",
    ),
]


@pytest.mark.parametrize("text, count, reason", EXCHANGES)
def test_an_accusation_and_its_reply_are_one_exchange(text, count, reason):
    events = [e for e in extract([Document("r", text, REF)]) if e.category == "accusation"]
    assert len(events) == count
    assert any(reason in e.rule for e in events), [e.rule for e in events]


# (article, [(category, place)] of its incidents): a report saying only "attack" takes the weapon of the article's
# first incident when that is a strike from afar by the same side or by a side it does not name.
WEAPONS = [
    (
        "A Russian missile hit an apartment block in Kharkiv on Monday, killing three people. On Sunday, Sumy came "
        "under attack and two people were killed.",
        [("shelling", "Kharkiv"), ("shelling", "Sumy")],
    ),
    # Look-alike: the first incident is a shooting, so "came under attack" says no weapon.
    (
        "Gunmen shot dead three people in Kharkiv on Monday. On Sunday, Sumy came under attack and two people were "
        "killed.",
        [("attack", "Kharkiv"), ("attack", "Sumy")],
    ),
    # Look-alike: another side's attack is its own.
    (
        "A Russian missile hit an apartment block in Kharkiv on Monday, killing three people. On Sunday, Ukrainian "
        "troops attacked Russian positions near Sumy, the army said.",
        [("shelling", "Kharkiv"), ("armed_clash", "Sumy")],
    ),
]


@pytest.mark.parametrize("text, expected", WEAPONS)
def test_a_bare_attack_takes_the_articles_weapon(text, expected):
    events = [e for e in extract([Document("r", text, REF)]) if e.acled is not None]
    assert [(e.category, e.location.name if e.location else None) for e in events] == expected
