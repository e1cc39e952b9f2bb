"""Words of conflict that report no conflict event: disasters, sport, business, courts, commemorations,
names, topical nouns and acts still ahead. Each row pairs an event with a look-alike that is none; the
look-alike's reason shows in ``rule`` (``not-event:<why>``, ``future``) when non-factual events are asked for."""

from __future__ import annotations

import pytest

import extractors
from extractors import genre
from extractors.event import Document
from extractors.reading import Reading

REF = "2024-05-06"


def _events(text: str, **options: object) -> list[extractors.Event]:
    doc = extractors.Document("t", text, REF)
    return list(extractors.extract([doc], extractors=["rules", "spacy"], jobs=1, **options))


def _actual(text: str) -> list[str]:
    return [e.category for e in _events(text) if e.factuality == "actual"]


# (event, look-alike, the reason the look-alike's rule gives, or None when its trigger is not read at all)
PAIRS = [
    (
        "Gunmen stormed a police post in Zorbaville on Monday, killing two officers.",
        "The Kandorian coach stormed off the pitch in Zorbaville on Monday.",
        None,
    ),
    (
        "Leaders of the two factions met in Zorbaville on Monday to discuss a truce.",
        "Officials in Zorbaville gave the toll at a news conference on Monday.",
        None,
    ),
    (
        "Hundreds of farmers rallied outside the governor's office in Zorbaville on Monday.",
        "The commander rallied the troops in Zorbaville on Monday before the parade.",
        None,
    ),
    (
        "Rebels threatened to attack Zorbaville if the army did not withdraw.",
        "The drought threatened the farmers' harvests around Zorbaville this spring.",
        None,
    ),
    (
        "Militiamen set fire to twenty houses in Zorbaville on Monday.",
        "Villagers in Zorbaville set fire to old crates to keep warm on the coldest night of the year.",
        None,
    ),
    (
        "Police opened an investigation into the killing of a journalist in Zorbaville on Monday.",
        "Investigations are underway, the Zorbaville police said on Monday.",
        None,
    ),
    (
        "Soldiers massacred civilians in Zorbaville on Monday, witnesses said.",
        "A Kandorian court on Monday convicted a militia leader of war crimes, including massacring civilians.",
        "court",
    ),
    (
        "Men in uniform raped three women in Zorbaville on Monday, a local official said.",
        "The Zorbaville court charged the former mayor with rape on Monday.",
        "court",
    ),
    (
        "According to the police, the gang tortured two traders in Zorbaville on Monday.",
        "According to the indictment, the gang tortured rival traders in Zorbaville.",
        "court",
    ),
    (
        "Gunmen killed 12 villagers in Zorbaville on Monday.",
        "Residents of Zorbaville gathered on Monday to honour the memory of the victims of the Zorbaville Massacre.",
        "commemoration",
    ),
    (
        "The two sides signed a ceasefire in Zorbaville on Monday.",
        "The monitors will report on the Cessation of Hostilities Agreement to the council in Zorbaville.",
        "name",
    ),
    (
        "Rebel commanders in Kandor ordered their men to kill the prisoners, and the fighters shot six of them on Monday.",
        "The rebel commander gave orders to attack the village of Zorbaville, the witness told investigators.",
        "hypothetical:orders to",
    ),
    (
        "The unions held a nationwide strike across Kandor on Monday.",
        "The unions called for a nationwide day of strikes and protests across Kandor next Thursday.",
        "future",
    ),
    (
        "The governor asked the army on Monday to leave Zorbaville.",
        '"Where were you that night?" the lawyer asked.',
        "question",
    ),
    (
        "Gunmen abducted two aid workers in Zorbaville on Monday.",
        "The council set up a task force on kidnapping in Zorbaville on Monday.",
        "title",
    ),
    (
        "Kandor condemned Zorbania's support for the rebels on Monday.",
        "Kandor sought a resolution condemning Zorbania's support for the rebels.",
        "wished",
    ),
    (
        "The rebels warned on Monday that they would attack Zorbaville.",
        "Residents left their homes with about an hour's warning on Monday.",
        None,
    ),
    (
        "The two ministers met in Zorbaville on Monday.",
        "The last time the two ministers met, at a summit in Zorbaville last year, one of them walked out.",
        None,
    ),
    (
        "A roadside bomb went off beside an army truck near Zorbaville on Monday, killing a soldier.",
        "Emergency alerts went off on every phone in Zorbaville on Monday evening.",
        None,
    ),
    (
        "The Kandorian foreign minister talked with his Zorban counterpart in Zorbaville on Monday.",
        "That is why the Zorbaville police talk about thirty suspects, the researcher said on Monday.",
        None,
    ),
]


@pytest.mark.parametrize("event, look_alike, why", PAIRS)
def test_an_event_and_its_look_alike(event: str, look_alike: str, why: str | None) -> None:
    assert _actual(event), event
    assert not _actual(look_alike), look_alike
    if why is not None:
        rules = [e.rule for e in _events(look_alike, include_nonfactual=True)]
        assert any(r.endswith(f"not-event:{why}") or r.endswith(f">{why}") for r in rules), rules


# (a sentence, the event it reports, a category its words name that it does not report, the reason in that one's rule)
BESIDE = [
    (
        "Both sides signed a deal on the cessation of hostilities in Zorbaville on Monday.",
        "agreement",
        "armed_clash",
        "halted",
    ),
    (
        "Police in Zorbaville on Monday arrested three men suspected of smuggling explosives to the rebels.",
        "arrests",
        "explosive_device",
        "not-event:court",
    ),
    (
        "The drug lord has accused the general of kidnapping him and handing him over to the police.",
        "accusation",
        "abduction",
        "not-event:allegation",
    ),
]


# An act someone is accused of, in a sentence with no date, is an allegation (BESIDE); dated, it is news.
def test_a_dated_act_someone_is_accused_of_is_news() -> None:
    assert "attack" in _actual("Police accused the rebels of killing 12 villagers in Zorbaville on Monday.")


@pytest.mark.parametrize("text, event, named, why", BESIDE)
def test_an_act_named_beside_the_event_is_none(text: str, event: str, named: str, why: str) -> None:
    assert _actual(text) == [event]
    rules = [e.rule for e in _events(text, include_nonfactual=True) if e.category == named]
    assert rules and all(r.endswith(f">{why}") for r in rules), rules


EARTHQUAKE = (
    "Quake kills 40 in the hills of Kandor. "
    "An earthquake of magnitude 6.1 killed at least 40 people in the hills of northern Kandor on Monday, officials said. "
    "Rescuers dug through the rubble of collapsed homes in Zorbaville, the town nearest the epicentre. "
    "Another 12 people were killed in the neighbouring province, state media said. "
    "Aftershocks shook the region through the night and the weather office warned of landslides."
)
EARTHQUAKE_AND_RAID = (
    EARTHQUAKE + " Separately, militants attacked an army post in Zorbatown on Monday, killing three soldiers."
)
FACTORY = (
    "Blast at chemical factory kills nine. "
    "An explosion ripped through a chemical factory in Zorbaville on Monday, killing nine workers, officials said. "
    "Firefighters fought the blaze for six hours. "
    "Work safety inspectors said a gas leak in a boiler room caused the accident. "
    "The factory had been fined for safety violations last year."
)
MATCH = (
    "Kandor's bowlers leave the visitors battered. "
    "Kandor's fast bowlers launched a fierce assault on the visitors' top order in the second Test on Monday. "
    "The hosts took seven wickets before lunch as the batsmen struggled on a lively pitch. "
    "The captain said his team would attack again in the third match of the series. "
    "The visitors' coach said his players had to fight fire with fire."
)
PAY_DEAL = (
    "Zorba Air strikes deal with pilots' union. "
    "Zorba Air has struck an agreement with the union representing its pilots, averting a strike that threatened its summer profits. "
    "The contract raises pay by 12% over three years, the company said. "
    "Members of the union will vote on the deal next month. "
    "Shares in the airline rose 4% after the announcement, and investors welcomed the end of the dispute."
)
ROBBERY = (
    "Shop clerk shot dead in Zorbaville robbery. "
    "A clerk at a Zorbaville convenience store was shot dead during a robbery on Sunday night, police said. "
    "Detectives arrested a 31-year-old suspect on robbery charges on Monday. "
    "The suspect took cash from the register before he fled, police said. "
    "Police said the investigation was continuing and further charges were possible."
)
RAID_REPORT = (
    "Militants kill 12 in raid on Zorbaville. "
    "Militants attacked the village of Zorbaville on Monday, killing 12 civilians, officials said. "
    "The attackers burned houses and stole cattle before fleeing into the forest. "
    "Soldiers were sent to the area, the army said. "
    "The region has seen a string of attacks by armed groups this year."
)


WAR_CRIMES_TRIAL = (
    "Kandorian militia leader convicted of war crimes. "
    "Judges at the international tribunal on Monday convicted a Kandorian militia leader of war crimes and crimes against humanity. "
    "His fighters massacred villagers around Zorbaville in 2015 and 2016, the judges said. "
    "Prosecutors told the court that he gave orders to burn the villages. "
    "He commanded the troops during the offensive, the presiding judge said. "
    "The defence lawyers said they would appeal the verdict, and sentencing is due next month."
)
PROTEST_OUTSIDE_COURT = (
    WAR_CRIMES_TRIAL + " Outside the court, hundreds of relatives of the victims held a protest on Monday."
)
RECENT_TRIAL = WAR_CRIMES_TRIAL.replace("in 2015 and 2016", "in March")


def test_a_trial_of_acts_years_back_reports_no_conflict_event() -> None:
    assert genre.kind_of(Reading(Document("t", WAR_CRIMES_TRIAL, REF))) == "trial"
    assert not [c for c in _actual(WAR_CRIMES_TRIAL) if c != "peaceful_protest"]
    assert "peaceful_protest" in _actual(PROTEST_OUTSIDE_COURT)
    assert genre.kind_of(Reading(Document("t", RECENT_TRIAL, REF))) is None


OUTBREAK = (
    "Mystery fever kills nine in Zorba province. "
    "An outbreak of an unidentified disease has killed nine people in Zorba province since Monday, health officials "
    "said. Doctors are fighting to contain the illness, and two more patients died in Kandortown on Wednesday. "
    "Officials said it was not cholera and urged residents to boil their water."
)


@pytest.mark.parametrize(
    "text, kind",
    [
        (EARTHQUAKE, "disaster"),
        (FACTORY, "disaster"),
        (OUTBREAK, "disaster"),
        (MATCH, "sport"),
        (PAY_DEAL, "business"),
        (ROBBERY, "crime"),
    ],
)
def test_a_disaster_sport_business_or_crime_story_reports_no_conflict_event(text: str, kind: str) -> None:
    assert genre.kind_of(Reading(Document("t", text, REF))) == kind
    assert not _actual(text)
    assert any(e.rule.endswith(f"not-event:{kind}") for e in _events(text, include_nonfactual=True))


def test_a_conflict_story_has_no_genre() -> None:
    assert genre.kind_of(Reading(Document("t", RAID_REPORT, REF))) is None
    assert "attack" in _actual(RAID_REPORT)


def test_a_sentence_naming_fighters_stands_in_a_disaster_story() -> None:
    assert _actual(EARTHQUAKE_AND_RAID)


def test_a_coder_note_has_no_genre() -> None:
    note = "An explosion at a Zorbaville factory killed nine workers on Monday."
    assert genre.kind_of(Reading(Document("t", note, REF))) is None


WALKOUT = (
    "Zorba Motors workers walk out over pay. "
    "Hundreds of workers at the Zorba Motors plant in Zorbaville held a demonstration outside the company offices on Monday. "
    "They demanded the company pay their salaries in full and reinstate 40 employees. "
    "The company said the contract talks with the union would resume next week. "
    "Shares in the firm fell 2% and investors worried about the quarter's sales."
)


def test_a_workers_protest_stands_in_a_business_story() -> None:
    assert genre.kind_of(Reading(Document("t", WALKOUT, REF))) == "business"
    assert "peaceful_protest" in _actual(WALKOUT)


@pytest.mark.parametrize(
    "event, look_alike",
    [
        ("Gunmen killed 14 people in Zorbaville on Monday.", "An earthquake killed 14 people in Zorbaville on Monday."),
        (
            "Five people were killed in an ambush near Zorbaville.",
            "Five people were killed in a bus crash near Zorbaville.",
        ),
        ("A car bomb explosion killed six people in Zorbaville.", "A gas explosion killed six people in Zorbaville."),
        ("The rebels demanded the release of their leader.", "The report demands our attention."),
    ],
)
def test_a_hazard_or_accident_is_no_attack(event: str, look_alike: str) -> None:
    assert _actual(event), event
    assert not _actual(look_alike), look_alike


@pytest.mark.parametrize(
    "event, look_alike, why",
    [
        ("The two sides held talks in Zorbaville on Monday.", "The two sides will resume talks in Zorbaville.", "will"),
        (
            "The two sides held talks in Zorbaville on Monday.",
            "The talks in Zorbaville were postponed until March.",
            "halted",
        ),
    ],
)
def test_talks_ahead_or_called_off_are_hypothetical(event: str, look_alike: str, why: str) -> None:
    assert "meeting" in _actual(event)
    assert "meeting" not in _actual(look_alike)
    assert any(e.rule.endswith(why) for e in _events(look_alike, include_nonfactual=True))


def test_an_announced_visit_stays_an_event() -> None:
    """PLOVER codes an announced intent ("will visit") as an event: only a future verb governing the talks
    ("will resume talks") puts them ahead."""
    assert "meeting" in _actual("The Kandorian minister will visit Zorbaville in June.")
