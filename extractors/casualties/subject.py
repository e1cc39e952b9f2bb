"""The victims named before a passive casualty word: "one civilian and six assailants were killed"."""

from __future__ import annotations

import re

from ..numbers import NUMBER, parse_number
from .patterns import A_PERSON, ASIDE, AUX, BREAK_WORDS, CAS_WORD, FRESH, NOT_PEOPLE, PARTITIVE, YEAR

_TOKEN = re.compile(r"[^\s,;:]+|[,;:]")
_NUMBER_TOKEN = re.compile(rf"(?:{NUMBER})", re.IGNORECASE)
_NUMBER_IN = re.compile(rf"(?<![\w-])(?P<n>{NUMBER})(?![\w-])", re.IGNORECASE)
_PARENS = re.compile(r"\([^()]*\)")
_OF_ANOTHER = re.compile(r"\s*(?:of|another)\b")
_ONLY_ANOTHER = re.compile(r"(?:another|a further|an additional)\s*", re.IGNORECASE)
_ANOTHER = re.compile(r"\s*(?:another|a further|an additional)\s+", re.IGNORECASE)
_PHRASE_WORDS = 14
_PP = {"in", "of", "from", "at", "near", "on"}


def subject_count(text: str, sent_start: int, word_start: int) -> tuple[int | None, int]:
    """Sum of the numbers in the noun phrase before a casualty word, or None; and where the phrase starts."""
    left = text[sent_start:word_start]
    aside = ASIDE.search(left)
    if aside is not None and aside.start() > 0 and not CAS_WORD.search(aside.group()):
        # "Eight people, including one assailant, were killed": the total stands before the aside.
        before = subject_count(text, sent_start, sent_start + aside.start())
        if before[0] is not None:
            return before
    tokens = list(_TOKEN.finditer(left))
    i = _phrase_last(tokens)
    if i < 0:
        return None, word_start
    j = _phrase_first(tokens, i)
    phrase_end = tokens[i].end()
    phrase_start = tokens[j + 1].start() if j + 1 <= i else phrase_end
    # "(four being civilians)" is an aside about the same people; "... and another 6 were injured"
    # starts a new group, as does "..., including 29 children and over 200 others" after a first count.
    phrase = _PARENS.sub(lambda m: " " * len(m.group()), left[phrase_start:phrase_end])
    fresh = list(FRESH.finditer(phrase))
    if fresh:
        phrase_start += fresh[-1].start("rest")
        phrase = phrase[fresh[-1].start("rest") :]
    partitive = PARTITIVE.match(phrase)
    if partitive:
        phrase_start += partitive.end()
        phrase = phrase[partitive.end() :]
    at = sent_start + phrase_start
    values, none = _numbers(phrase)
    if none:
        return 0, at
    if values:
        total = sum(values)
        if len(values) > 2 and max(values) * 2 == total:
            total = max(values)  # "40 people, 6 soldiers and 34 civilians, were killed": a total and its parts
        return total, at
    if _one_more(phrase, bool(fresh)):
        return 1, at
    if j > 0 and tokens[j].group().lower() in _PP:
        # "8 other police in the governor's squad were injured": the count precedes the prepositional phrase.
        value, a = subject_count(text, sent_start, sent_start + tokens[j].start())
        if value is not None:
            return value, a
    return None, word_start


def _one_more(phrase: str, fresh: bool) -> bool:
    """Does ``phrase`` count one more victim without a number ("and another was wounded")?"""
    if fresh and _ONLY_ANOTHER.fullmatch(phrase):
        return True  # "five soldiers were killed and another was wounded"
    one_more = _ANOTHER.match(phrase)
    return bool(one_more and A_PERSON.match("a " + phrase[one_more.end() :]))  # "Another soldier later died"


def _phrase_last(tokens: list[re.Match[str]]) -> int:
    """Index of the last token of the noun phrase, past auxiliaries and adverbs ("were reportedly")."""
    i = len(tokens) - 1
    while i >= 0 and tokens[i].group().lower() in AUX:
        i -= 1
    if i > 0 and tokens[i].group() == ",":
        i -= 1  # "five people, including four officers and one guard, were killed"
    return i


def _phrase_first(tokens: list[re.Match[str]], i: int) -> int:
    """Index of the token before the noun phrase ending at token ``i`` (-1 if it starts the text)."""
    j = i
    while j >= 0 and i - j < _PHRASE_WORDS:
        w = tokens[j].group()
        if w in (";", ":") or CAS_WORD.fullmatch(w) or BREAK_WORDS.search(w) and j != i or YEAR.fullmatch(w):
            break  # a year ends the noun phrase: "On 2 May 2020, 4 soldiers were killed"
        if w == "," and j > 0 and not _NUMBER_TOKEN.fullmatch(tokens[j + 1].group() if j + 1 <= i else ""):
            break
        j -= 1
    return j


def _numbers(phrase: str) -> tuple[list[int], bool]:
    """The people counted in ``phrase``, and whether it says none ("no civilian")."""
    values: list[int] = []
    for m in _NUMBER_IN.finditer(phrase):
        after = phrase[m.end() :]
        if NOT_PEOPLE.match(after):
            continue
        token = m.group("n").lower()
        if token in ("a", "an", "one", "no", "none", "single") and not A_PERSON.match(phrase, m.start()):
            if token not in ("one",) or _OF_ANOTHER.match(after):
                continue
        value = parse_number(m.group("n"))
        if value is None:
            continue
        if token in ("no", "none"):
            return values, True
        values.append(value)
    return values, False
