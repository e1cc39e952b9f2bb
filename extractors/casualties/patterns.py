"""The regexes casualty counting reads with, built around the word lists of ``data/casualty_words.json``.

The English words live in the data file; what stays here is how they are put together (numbers,
spacing, word edges). Lists are joined in their written order: regex alternation tries them in turn.
"""

from __future__ import annotations

import re

from ..numbers import NUMBER
from ..words import choices, words

_FILE = "casualty_words.json"


def _any(key: str) -> str:
    """The list ``key`` as alternatives, in the order the data file gives them."""
    return choices(_FILE, key)


def _set(key: str) -> frozenset[str]:
    return frozenset(words(_FILE, key))


_KILL = _any("kill_words")
_HURT = _any("injury_words")
CAS_WORD = re.compile(rf"(?<![\w-])(?:(?P<k>{_KILL})|(?P<i>{_HURT}))(?![\w-])", re.IGNORECASE)
ACTIVE = re.compile(
    rf"(?<![\w-])(?:(?P<k>{_any('kill_verbs')})|(?P<i>{_any('injury_verbs')}))"
    rf"\s+(?:(?:at least|about|around|nearly|almost|some|more than|over|up to|an estimated|as many as|"
    rf"approximately|roughly|another|a further|an additional|further)\s+)?"
    rf"(?P<n>{NUMBER}|(?:his|her)(?= [a-z]+\b(?<!s))|another(?=\s*(?:[.,;]|and\b|$)))(?![\w-])",
    re.IGNORECASE,
)
TOLL = re.compile(
    rf"(?:{_any('toll_nouns')})\s+(?:\w+\s+){{0,3}}?"
    rf"(?:{_any('toll_verbs')})\s+(?:to|at)?\s*(?:(?:at least|about|around|nearly|more than|over)\s+)?"
    rf"(?P<n>{NUMBER})(?![\w-])",
    re.IGNORECASE,
)
# "which led to the death of three guards and the wounding of a driver"
NOMINAL = re.compile(
    rf"\bthe (?:(?P<k>deaths?|killing)|(?P<i>wounding|injuring|injury|injuries)) of "
    rf"(?:(?:at least|about|around|some|more than|over) )?(?P<n>{NUMBER})(?![\w-])",
    re.IGNORECASE,
)
# "killed Amadou Diallo, a village chief, ...": one named victim.
KILLED_NAMED = re.compile(
    rf"(?<![\w-])(?:{_any('named_kill_verbs')})"
    r"\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+,\s+(?:a|an|the)\s"
)
# "At least 20 were killed across both attacks": one figure for several incidents, shared out evenly.
ACROSS = re.compile(
    r"\bacross (?:(?P<n>both|the two|the three|the four|the five|all (?:two|three|four|five|six)|"
    rf"(?:two|three|four|five|six|\d))|the) (?:related |coordinated |separate )?(?:{_any('shared_incidents')})\b",
    re.IGNORECASE,
)
# "in total 26 were killed": the sum the report itself gives replaces its parts.
TOTAL = re.compile(
    rf"\b(?:{_any('total_cues')}|in (?:the|both|all) (?:(?:{NUMBER})\s+)?(?:{_any('total_incidents')})),?\s+"
    rf"(?P<n>{NUMBER})\s+(?:people\s+|persons\s+)?"
    rf"(?:were|have been|had been)\s+(?:(?P<k>killed|dead)|(?P<i>injured|wounded))\b"
    # "in total 14 were killed and 37 were injured": the second figure is a total too
    rf"(?:,?\s+and\s+(?P<n2>{NUMBER})\s+(?:people\s+)?(?:were\s+|have been\s+)?(?P<i2>injured|wounded|hurt))?",
    re.IGNORECASE,
)
# "The victim suffered serious injuries": one person hurt, though no number is written.
ONE_HURT = re.compile(
    r"\b(?:the|a|one|he|she)\s+(?:[\w-]+\s+){0,2}?(?:victim|man|woman|person|boy|girl|officer|policeman|"
    r"soldier|guard|driver|passenger|child|student|he|she)?\s*(?:,\s*who\b[^,.;]{0,60},\s*)?(?:also\s+)?"
    r"(?:suffered|sustained|received)\s+"
    r"(?:an?\s+)?(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds?)\b",
    re.IGNORECASE,
)
FRESH = re.compile(
    r"\b(?:and|while|whereas)\s+(?P<rest>(?:another|a further|an additional|other|over|more than|some|about|"
    r"around|at least)?\s*\S+\s+(?:others?|more)\b|(?:another|a further|an additional)\b)",
    re.IGNORECASE,
)
# "Of the 20 hostages, five were killed": the group the victims were taken from is not counted with them.
PARTITIVE = re.compile(r"\W*of\s+(?:the|these|those|its|their)\s+[^,;]+,\s*", re.IGNORECASE)
# "One of the four injured children has died": a death among people already counted as hurt.
DIED_OF_HURT = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER})\s+of\s+(?:the\s+)?(?:(?:{NUMBER})\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:injured|wounded)(?:\s+[\w-]+){{0,4}}?\s+(?:died|succumbed)\b",
    re.IGNORECASE,
)
# "Four officers were killed along with all three gunmen": a second group counted after the verb.
ALONG_WITH = re.compile(
    rf"\b(?:(?P<k>killed|died|dead)|(?P<i>wounded|injured))\b[^.;]{{0,40}}?\balong with\s+"
    rf"(?:all\s+|the\s+)*(?P<n>{NUMBER})(?![\w-])",
    re.IGNORECASE,
)
# "died of an illness": a natural death, not a casualty of violence.
NATURAL_DEATH = re.compile(
    r"died\s+(?:\w+\s+){0,2}?(?:of|from|after)\s+(?:an?\s+|a long\s+|a short\s+)?"
    rf"(?:{_any('natural_causes')})",
    re.IGNORECASE,
)
DEATH_WORD = re.compile(r"died|succumbed", re.IGNORECASE)
HURT_VERB = re.compile(r"\b(?:suffered|sustained|received)\b", re.IGNORECASE)
OF_WHOM = re.compile(r"\bof (?:whom|them|those|these)\b", re.IGNORECASE)
# "Four officers were wounded, one of whom seriously": a part of a number already counted.
PART_OF = re.compile(rf"(?:{NUMBER})\s+of\s+(?:whom|them|those|these)\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
# ACLED notes end with the coder's figure ("Unknown reported fatalities coded as 10"): it replaces the rest.
CODED = re.compile(rf"\bfatalities (?:were |are |have been )?coded as (?P<n>{NUMBER})(?![\w-])", re.IGNORECASE)
# A sentence that is only a figure ("2 fatalities.") sums up the report, as ACLED's notes end.
BARE_TOLL = re.compile(rf"\s*(?P<n>{NUMBER})\s+(?:reported\s+)?(?:fatalit(?:y|ies)|deaths?|dead)\.?\s*$", re.IGNORECASE)
ZERO = re.compile(
    rf"(?<![\w-])(?:(?P<both>{_any('no_casualties')})|(?P<k>{_any('no_deaths')})|(?P<i>{_any('no_injuries')}))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Words between the victims and the casualty word: "were reportedly killed", "have also been injured".
AUX = _set("between_victims_and_word")
BREAK_WORDS = re.compile(rf"(?<![\w-])(?:{_any('phrase_breaks')})$", re.IGNORECASE)
# Numbers that measure something other than people.
NOT_PEOPLE = re.compile(rf"\s*(?:{_any('not_people')})(?![a-z])", re.IGNORECASE)
YEAR = re.compile(r"(?:19|20)\d\d")
_SOURCE_VERBS = choices("speech_verbs.json", "source_verbs")
SOURCE_AFTER = re.compile(rf"[^,.;]{{0,40}}?\b(?:{_SOURCE_VERBS})\b", re.IGNORECASE)
MORE = re.compile(
    rf"(?:\s+[\w'’-]+){{0,3}}?\s*(?:,|and|as well as)\s+(?P<n>{NUMBER}|his|her|their)(?![\w-])", re.IGNORECASE
)
POSS_PERSON = re.compile(rf"(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_any('companions')})\b", re.IGNORECASE)
A_PERSON = re.compile(rf"(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?(?:{_any('person_nouns')})\b", re.IGNORECASE)
CUMULATIVE = re.compile(
    rf"\b(?:has|have) (?:so far |now )?(?:killed|claimed|left|cost)\b.{{0,80}}\b(?:{_any('period_cues')})\b"
    r"|\b(?:began|started|erupted) in (?:19|20)\d\d\b.{0,80}\b(?:has|have) (?:killed|left)\b"
    r"|\bsince (?:it began|the start of|the beginning of|(?:19|20)\d\d)\b.{0,60}\b(?:killed|died|dead)\b",
    re.IGNORECASE,
)
ONE_PERSON = re.compile(
    r"(?<![\w'’-])(?:he|she|He|She|[A-Z][\w'’-]+|(?:a|an|the|one|his|her|A|An|The|One|His|Her)\s+"
    r"(?:[\w-]+\s+){0,5}?[\w-]+,?)\s+was\s+"
    r"(?:(?:reportedly|allegedly|also|later|critically|seriously|fatally|badly|slightly|"
    r"mortally|subsequently|then)\s+)?$"
)
PARTICIPLES = _set("singular_participles")
# "Nine people, 4 of them children, were killed": a count of some of them, closed by a comma (without one,
# "Of the 20 hostages, five of them were killed", the count is the subject itself).
ASIDE = re.compile(
    r",?\s+(?:(?:including|among them|among whom|mostly|most of them|many of them)\b[^,;]*,?"
    r"|[\w-]+ of (?:them|whom)\b[^,;]*,)\s*"
    r"(?:were|was|have been|had been|are)?\s*(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
