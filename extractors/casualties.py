"""How many were killed and injured, as one sentence reports it.

Counts come from the noun phrase before a passive or adjectival casualty word ("one civilian and
six assailants were killed"), from the object of an active one ("killing 2 and wounding 5"), from
toll updates ("the death toll rose to 12", which replaces earlier figures) and from explicit zeros
("no casualties", "no one was hurt").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .numbers import NUMBER, parse_number

KILLED, INJURED = "killed", "injured"

_KILL = (
    r"killed|dead|died|slain|perished|murdered|massacred|executed|beheaded|shot dead|gunned down|lynched|"
    r"lost (?:their|his|her) li(?:ves|fe)|deaths|fatalities|fatality|bodies|corpses|lifeless|burned to death|hacked to death|"
    r"beaten to death|stabbed to death|shot to death|drowned|assassinated|death"
)
_HURT = r"injured|wounded|hurt|injuries|hospitali[sz]ed|sustained (?:an? )?(?:\w+ )?(?:injur(?:y|ies)|wounds?)|maimed"
_CAS_WORD = re.compile(rf"(?<![\w-])(?:(?P<k>{_KILL})|(?P<i>{_HURT}))(?![\w-])", re.IGNORECASE)
_ACTIVE = re.compile(
    rf"(?<![\w-])(?:(?P<k>kill(?:ed|ing|s)?|claim(?:ed|ing)? the li(?:ves|fe) of|left|shot dead|"
    rf"gunned down|beheaded|executed|murdered|stabbed to death|hacked to death|lynched)|(?P<i>wound(?:ed|ing|s)?|injur(?:e|ed|ing|es)))"
    rf"\s+(?:(?:at least|about|around|nearly|almost|some|more than|over|up to|an estimated|as many as|"
    rf"approximately|roughly|another|a further|an additional|further)\s+)?"
    rf"(?P<n>{NUMBER}|(?:his|her)(?= [a-z]+\b(?<!s))|another(?=\s*(?:[.,;]|and\b|$)))(?![\w-])",
    re.IGNORECASE,
)
_TOLL = re.compile(
    rf"(?:death toll|toll|number of (?:the )?(?:dead|deaths|people killed|fatalities))\s+(?:\w+\s+){{0,3}}?"
    rf"(?:rose|risen|rises|climbed|increased|reached|jumped|stands|stood|is|was|has risen|has climbed|hit|"
    rf"went up|grew)\s+(?:to|at)?\s*(?:(?:at least|about|around|nearly|more than|over)\s+)?(?P<n>{NUMBER})(?![\w-])",
    re.IGNORECASE,
)
# "which led to the death of three guards and the wounding of a driver"
_NOMINAL = re.compile(
    rf"\bthe (?:(?P<k>deaths?|killing)|(?P<i>wounding|injuring|injury|injuries)) of "
    rf"(?:(?:at least|about|around|some|more than|over) )?(?P<n>{NUMBER})(?![\w-])",
    re.IGNORECASE,
)
# "killed Amadou Diallo, a village chief, ...": one named victim.
_KILLED_NAMED = re.compile(
    r"(?<![\w-])(?:killed|shot dead|murdered|assassinated|executed|beheaded|gunned down|stabbed to death)"
    r"\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+,\s+(?:a|an|the)\s"
)
# "At least 20 were killed across both attacks": one figure for several incidents, shared out evenly.
_ACROSS = re.compile(
    r"\bacross (?:(?P<n>both|the two|the three|the four|the five|all (?:two|three|four|five|six)|"
    r"(?:two|three|four|five|six|\d))|the) (?:related |coordinated |separate )?(?:attacks|incidents|events|"
    r"assaults|raids|bombings|explosions|blasts|clashes)\b",
    re.IGNORECASE,
)
# "in total 26 were killed": the sum the report itself gives replaces its parts.
_TOTAL = re.compile(
    rf"\b(?:in total|in all|altogether|overall|in (?:the|both|all) (?:(?:{NUMBER})\s+)?(?:attacks|bombings|"
    rf"blasts|explosions|incidents|shootings)),?\s+(?P<n>{NUMBER})\s+(?:people\s+|persons\s+)?"
    rf"(?:were|have been|had been)\s+(?:(?P<k>killed|dead)|(?P<i>injured|wounded))\b"
    # "in total 14 were killed and 37 were injured": the second figure is a total too
    rf"(?:,?\s+and\s+(?P<n2>{NUMBER})\s+(?:people\s+)?(?:were\s+|have been\s+)?(?P<i2>injured|wounded|hurt))?",
    re.IGNORECASE,
)
# "The victim suffered serious injuries": one person hurt, though no number is written.
_ONE_HURT = re.compile(
    r"\b(?:the|a|one|he|she)\s+(?:[\w-]+\s+){0,2}?(?:victim|man|woman|person|boy|girl|officer|policeman|"
    r"soldier|guard|driver|passenger|child|student|he|she)?\s*(?:,\s*who\b[^,.;]{0,60},\s*)?(?:also\s+)?"
    r"(?:suffered|sustained|received)\s+"
    r"(?:an?\s+)?(?:\w+\s+){0,2}?(?:injur(?:y|ies)|wounds?)\b",
    re.IGNORECASE,
)
_FRESH = re.compile(
    r"\b(?:and|while|whereas)\s+(?P<rest>(?:another|a further|an additional|other|over|more than|some|about|"
    r"around|at least)?\s*\S+\s+(?:others?|more)\b|(?:another|a further|an additional)\b)",
    re.IGNORECASE,
)
# "One of the four injured children has died": a death among people already counted as hurt.
_DIED_OF_HURT = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER})\s+of\s+(?:the\s+)?(?:(?:{NUMBER})\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:injured|wounded)(?:\s+[\w-]+){{0,4}}?\s+(?:died|succumbed)\b",
    re.IGNORECASE,
)
# "Four officers were killed along with all three gunmen": a second group counted after the verb.
_ALONG_WITH = re.compile(
    rf"\b(?:(?P<k>killed|died|dead)|(?P<i>wounded|injured))\b[^.;]{{0,40}}?\balong with\s+"
    rf"(?:all\s+|the\s+)*(?P<n>{NUMBER})(?![\w-])",
    re.IGNORECASE,
)
# "died of an illness": a natural death, not a casualty of violence.
_NATURAL_DEATH = re.compile(
    r"died\s+(?:\w+\s+){0,2}?(?:of|from|after)\s+(?:an?\s+|a long\s+|a short\s+)?(?:illness|disease|"
    r"natural causes|cancer|heart attack|heart failure|stroke|covid|coronavirus)",
    re.IGNORECASE,
)
_DEATH_WORD = re.compile(r"died|succumbed", re.IGNORECASE)
_HURT_VERB = re.compile(r"\b(?:suffered|sustained|received)\b", re.IGNORECASE)
_OF_WHOM = re.compile(r"\bof (?:whom|them|those|these)\b", re.IGNORECASE)
# "Four officers were wounded, one of whom seriously": a part of a number already counted.
_PART_OF = re.compile(rf"(?:{NUMBER})\s+of\s+(?:whom|them|those|these)\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
# ACLED notes end with the coder's figure ("Unknown reported fatalities coded as 10"): it replaces the rest.
_CODED = re.compile(rf"\bfatalities (?:were |are |have been )?coded as (?P<n>{NUMBER})(?![\w-])", re.IGNORECASE)
# A sentence that is only a figure ("2 fatalities.") sums up the report, as ACLED's notes end.
_BARE_TOLL = re.compile(
    rf"\s*(?P<n>{NUMBER})\s+(?:reported\s+)?(?:fatalit(?:y|ies)|deaths?|dead)\.?\s*$", re.IGNORECASE
)
_ZERO = re.compile(
    r"(?<![\w-])(?:(?P<both>no (?:immediate |reported )?casualties|no (?:one|1|body|person|people) (?:was|were|had been|has been)"
    r" (?:killed or )?(?:hurt|harmed|injured or killed|killed or injured|wounded or killed|affected)|nobody was "
    r"(?:hurt|harmed|injured)|without (?:causing )?(?:any )?casualties|did not cause (?:any )?casualties|"
    r"caused no casualties|no (?:loss of life or )?injuries|no (?:one|1) was hurt)"
    r"|(?P<k>no (?:one|1|body) (?:was|were|had been) killed|nobody was killed|no (?:deaths|fatalities|lives were lost|"
    r"loss of life)|no one died|did not cause (?:any )?(?:deaths|fatalities)|without (?:causing )?(?:any )?(?:deaths|fatalities))"
    r"|(?P<i>no (?:one|1|body) (?:was|were) (?:injured|wounded)|no injuries))(?![\w-])",
    re.IGNORECASE,
)
_NUM_NP = re.compile(
    rf"(?<![\w-])(?P<q>at least|about|around|nearly|almost|some|more than|over|up to|an estimated|as many as|"
    rf"approximately|roughly|another|a further|an additional|a total of|further)?\s*(?P<n>{NUMBER})(?![\w-])"
    rf"(?P<rest>(?:\s+[\w'’()-]+){{0,7}}?)\s*$",
    re.IGNORECASE,
)
_AUX = {
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "being",
    "are",
    "is",
    "be",
    "got",
    "reportedly",
    "also",
    "later",
    "all",
    "both",
    "allegedly",
    "subsequently",
    "immediately",
    "instantly",
    "confirmed",
    "feared",
    "left",
    "found",
    "became",
    "were left",
    "critically",
    "seriously",
    "severely",
    "fatally",
    "badly",
    "slightly",
    "lightly",
    "mortally",
    "reported",
    "now",
}
_BREAK_WORDS = re.compile(
    r"(?<![\w-])(?:said|says|told|after|when|while|as|in|during|by|near|on|at|from|killing|wounding|"
    r"injuring|including|among|whom|which|who|that|of whom)$",
    re.IGNORECASE,
)
# Numbers that measure something other than people.
_NOT_PEOPLE = re.compile(
    r"\s*(?:-?year|-?years?-old|years?|months?|days?|hours?|minutes?|weeks?|percent|per cent|%|km|kilomet|"
    r"miles?|metres?|meters?|am\b|pm\b|a\.m|p\.m|mm\b|o'clock|times|dollars|usd|tonnes?|tons?|kg|houses|"
    r"homes|vehicles?|cars?|trucks?|buildings?|shops?|rounds?|rockets?|missiles?|shells?|mortars?|bombs?|"
    r"targets?|villages?|towns?|districts?|provinces?|states?|cities|countries|bases?|positions?|cattle|"
    r"cows|goats|camels|sheep|animals|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_SOURCE_AFTER = re.compile(r"[^,.;]{0,40}?\b(?:said|says|told|reported|added|confirmed)\b", re.IGNORECASE)
_MORE = re.compile(
    rf"(?:\s+[\w'’-]+){{0,3}}?\s*(?:,|and|as well as)\s+(?P<n>{NUMBER}|his|her|their)(?![\w-])", re.IGNORECASE
)
_POSS_PERSON = re.compile(
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:driver|guard|bodyguard|son|daughter|wife|husband|"
    r"brother|sister|father|mother|child|colleague|friend|companion|escort|assistant|guide)\b",
    re.IGNORECASE,
)
_A_PERSON = re.compile(
    r"(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:civilian|soldier|policeman|police officer|officer|man|woman|boy|girl|"
    r"child|person|member|fighter|militant|rebel|farmer|trader|student|teacher|villager|resident|worker|"
    r"driver|journalist|guard|gunman|assailant|attacker|pastor|imam|priest|chief|leader|commander|"
    r"official|herder|youth|teenager|protester|demonstrator|bystander|passenger|suspect|local|bomber|paramilitary|"
    r"militiaman|mother|father|child|baby|infant|tourist|pilgrim|doctor|nurse|judge|lawyer|priest|monk)\b",
    re.IGNORECASE,
)


_CUMULATIVE = re.compile(
    r"\b(?:has|have) (?:so far |now )?(?:killed|claimed|left|cost)\b.{0,80}\b(?:since|over the (?:past|last)|"
    r"in total|so far)\b|\b(?:began|started|erupted) in (?:19|20)\d\d\b.{0,80}\b(?:has|have) (?:killed|left)\b|\bsince (?:it began|the start of|the beginning of|(?:19|20)\d\d)\b.{0,60}\b(?:killed|died|dead)\b",
    re.IGNORECASE,
)


_ONE_PERSON = re.compile(
    r"(?<![\w'’-])(?:he|she|He|She|[A-Z][\w'’-]+|(?:a|an|the|one|his|her|A|An|The|One|His|Her)\s+(?:[\w-]+\s+){0,5}?[\w-]+,?)\s+was\s+"
    r"(?:(?:reportedly|allegedly|also|later|critically|seriously|fatally|badly|slightly|"
    r"mortally|subsequently|then)\s+)?$"
)
_PARTICIPLES = {
    "killed",
    "slain",
    "murdered",
    "executed",
    "beheaded",
    "shot dead",
    "gunned down",
    "lynched",
    "assassinated",
    "injured",
    "wounded",
    "hurt",
    "hospitalized",
    "hospitalised",
    "maimed",
}


_ASIDE = re.compile(
    r",?\s+(?:including|among them|among whom|mostly|most of them|many of them)\b[^,;]*,?\s*"
    r"(?:were|was|have been|had been|are)?\s*(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Count:
    kind: str  # killed | injured
    value: int
    start: int  # offsets of the phrase that gave the number
    end: int
    update: bool = False  # a toll update replaces earlier figures instead of adding to them


def counts(text: str, start: int, end: int) -> list[Count]:
    """Casualty counts reported in ``text[start:end]`` (one sentence), in text order."""
    out: list[Count] = []
    taken: list[tuple[int, int]] = []
    if _CUMULATIVE.search(text, start, end):
        return out  # "the insurgency has killed more than 35,000 people since 2009" is history, not this event

    def add(kind: str, value: int | None, a: int, b: int, update: bool = False) -> None:
        if value is None or any(a < y and x < b for x, y in taken):
            return
        taken.append((a, b))
        out.append(Count(kind, value, a, b, update))

    for m in _ZERO.finditer(text, start, end):
        kinds = (KILLED, INJURED) if m.group("both") else (KILLED,) if m.group("k") else (INJURED,)
        for k in kinds:
            out.append(Count(k, 0, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    if _DEATH_WORD.search(text, start, end):  # the pattern is costly to try everywhere
        for m in _DIED_OF_HURT.finditer(text, start, end):
            add(KILLED, parse_number(m.group("n")), m.start(), m.end())
    for m in _NOMINAL.finditer(text, start, end):
        add(KILLED if m.group("k") else INJURED, parse_number(m.group("n")), m.start(), m.end())
    for m in _KILLED_NAMED.finditer(text, start, end):
        add(KILLED, 1, m.start(), m.end())
    for m in _CODED.finditer(text, start, end):
        add(KILLED, parse_number(m.group("n")), m.start(), m.end(), update=True)
    if bare := _BARE_TOLL.fullmatch(text, start, end):
        add(KILLED, parse_number(bare.group("n")), bare.start("n"), bare.end(), update=True)
    for m in _TOLL.finditer(text, start, end):
        add(KILLED, parse_number(m.group("n")), m.start(), m.end(), update=True)
    for m in _TOTAL.finditer(text, start, end):
        add(KILLED if m.group("k") else INJURED, parse_number(m.group("n")), m.start(), m.end("n"), update=True)
        if m.group("n2"):
            add(INJURED, parse_number(m.group("n2")), m.start("n2"), m.end(), update=True)
        taken.append((m.start(), m.end()))
    if _HURT_VERB.search(text, start, end):
        for m in _ONE_HURT.finditer(text, start, end):
            add(INJURED, 1, m.start(), m.end())
    for m in _ACTIVE.finditer(text, start, end):
        kind = KILLED if m.group("k") else INJURED
        if m.group("k") and m.group("k").lower() == "left":
            continue  # "left 5 dead": the adjective after it decides, below
        n_end = m.end("n")
        after = text[n_end : min(end, n_end + 30)]
        if _NOT_PEOPLE.match(after):
            continue
        value = 1 if m.group("n").lower().startswith(("his", "her", "another")) else parse_number(m.group("n"))
        if (
            value is not None
            and value == 1
            and m.group("n").lower() in ("a", "an")
            and not _A_PERSON.match(text, m.start("n"), end)
        ):
            continue
        total = value
        # "killing two soldiers and three civilians": add the coordinated numbers that follow.
        while more := _MORE.match(text, n_end, end):
            extra = parse_number(more.group("n"))
            if extra is None and _POSS_PERSON.match(text, more.start("n"), end):
                extra = 1  # "killing three tourists and their driver"
            if extra is None or _NOT_PEOPLE.match(text, more.end(), end):
                break
            if (
                more.group("n").lower() in ("a", "an", "one")
                and not _A_PERSON.match(text, more.start("n"), end)
                or _SOURCE_AFTER.match(text, more.end(), end)
            ):
                break  # ", a military officer said" names the source, not a victim
            total = (total or 0) + extra
            n_end = more.end()
        add(kind, total, m.start(), n_end)
    for m in _CAS_WORD.finditer(text, start, end):
        kind = KILLED if m.group("k") else INJURED
        if kind == KILLED and _NATURAL_DEATH.match(text, m.start()):
            continue
        # "The bomb killed 11 people and a further 40 were hurt": the second noun phrase
        # starts after what an earlier count already read.
        floor = max((y for x, y in taken if y <= m.start()), default=start)
        if _OF_WHOM.search(text, floor, m.start()) and _PART_OF.search(text, floor, m.start()):
            continue
        value, a = _subject_count(text, floor, m.start())
        if (
            value is None
            and _ONE_PERSON.search(text, max(start, m.start() - 80), m.start())
            and m.group().lower() in _PARTICIPLES
        ):
            value, a = 1, m.start()  # "Okafor, a contractor, was killed": one named or singular victim
        if value is not None:
            add(kind, value, a, m.end())
    for m in _ALONG_WITH.finditer(text, start, end):
        if not _NOT_PEOPLE.match(text, m.end("n"), end):
            add(KILLED if m.group("k") else INJURED, parse_number(m.group("n")), m.start("n"), m.end("n"))
    across = _ACROSS.search(text, start, end)
    share = _SHARES.get(across.group("n").lower()) if across and across.group("n") else None
    if share:
        # The report describes one of ``share`` incidents: give it its even share of the joint figure.
        out = [replace(c, value=c.value // share) for c in out]
    return out


_SHARES = {
    "both": 2,
    "the two": 2,
    "the three": 3,
    "the four": 4,
    "the five": 5,
    "all two": 2,
    "all three": 3,
    "all four": 4,
    "all five": 5,
    "all six": 6,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    **{str(n): n for n in range(2, 10)},
}


def _subject_count(text: str, sent_start: int, word_start: int) -> tuple[int | None, int]:
    """Sum of the numbers in the noun phrase before a casualty word, or None."""
    left = text[sent_start:word_start]
    aside = _ASIDE.search(left)
    if aside is not None and aside.start() > 0 and not _CAS_WORD.search(aside.group()):
        # "Eight people, including one assailant, were killed": the total stands before the aside.
        before = _subject_count(text, sent_start, sent_start + aside.start())
        if before[0] is not None:
            return before
    words = list(re.finditer(r"[^\s,;:]+|[,;:]", left))
    # Skip auxiliaries and adverbs: "were reportedly killed", "have also been injured".
    i = len(words) - 1
    while i >= 0 and words[i].group().lower() in _AUX:
        i -= 1
    if i > 0 and words[i].group() == ",":
        i -= 1  # "five people, including four officers and one guard, were killed"
    if i < 0:
        return None, word_start
    phrase_end = words[i].end()
    j = i
    while j >= 0 and i - j < 14:
        w = words[j].group()
        if w in (";", ":") or _CAS_WORD.fullmatch(w) or _BREAK_WORDS.search(w) and j != i or _YEAR.fullmatch(w):
            break  # a year ends the noun phrase: "On 2 May 2020, 4 soldiers were killed"
        if (
            w == ","
            and j > 0
            and not re.fullmatch(rf"(?:{NUMBER})", words[j + 1].group() if j + 1 <= i else "", re.IGNORECASE)
        ):
            break
        j -= 1
    phrase_start = words[j + 1].start() if j + 1 <= i else phrase_end
    phrase = left[phrase_start:phrase_end]
    # "(four being civilians)" is an aside about the same people; "... and another 6 were injured"
    # starts a new group, as does "..., including 29 children and over 200 others" after a first count.
    phrase = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), phrase)
    fresh = list(_FRESH.finditer(phrase))
    if fresh:
        phrase_start += fresh[-1].start("rest")
        phrase = phrase[fresh[-1].start("rest") :]
    total, found = 0, False
    values: list[int] = []
    for m in re.finditer(rf"(?<![\w-])(?P<n>{NUMBER})(?![\w-])", phrase, re.IGNORECASE):
        after = phrase[m.end() :]
        if _NOT_PEOPLE.match(after):
            continue
        token = m.group("n").lower()
        if token in ("a", "an", "one", "no", "none", "single") and not _A_PERSON.match(phrase, m.start()):
            if token not in ("one",) or re.match(r"\s*(?:of|another)\b", after):
                continue
        value = parse_number(m.group("n"))
        if value is None:
            continue
        if token in ("no", "none"):
            return 0, sent_start + phrase_start
        total += value
        values.append(value)
        found = True
    if not found and fresh and re.fullmatch(r"(?:another|a further|an additional)\s*", phrase, re.IGNORECASE):
        return 1, sent_start + phrase_start  # "five soldiers were killed and another was wounded"
    one_more = None if found else re.match(r"\s*(?:another|a further|an additional)\s+", phrase, re.IGNORECASE)
    if one_more and _A_PERSON.match("a " + phrase[one_more.end() :]):
        return 1, sent_start + phrase_start  # "Another soldier later died of his wounds"
    if len(values) > 2 and max(values) * 2 == total:
        total = max(values)  # "40 people, 6 soldiers and 34 civilians, were killed": a total and its parts
    if not found and j >= 0 and words[j].group().lower() in _PP and j > 0:
        # "8 other police in the governor's squad were injured": the count precedes the prepositional phrase.
        value, a = _subject_count(text, sent_start, sent_start + words[j].start())
        if value is not None:
            return value, a
    return (total, sent_start + phrase_start) if found else (None, word_start)


_PP = {"in", "of", "from", "at", "near", "on"}


def sentence_totals(found: list[Count]) -> tuple[int | None, int | None, bool]:
    """(killed, injured, is_update) for one sentence's counts."""
    killed = injured = None
    update = False
    for c in found:
        if c.kind == KILLED:
            if c.update:
                killed, update = c.value, True
            elif not update:
                killed = (killed or 0) + c.value if c.value else (killed if killed is not None else 0)
        else:
            injured = (injured or 0) + c.value if c.value else (injured if injured is not None else 0)
    totals = [c.value for c in found if c.kind == INJURED and c.update]
    if totals:
        injured = totals[-1]  # "in total ... 91 were injured": the report's own sum replaces its parts
    return killed, injured, update
