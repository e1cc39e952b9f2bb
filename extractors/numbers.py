"""Numbers as news reports them: digits, number words, and ACLED's reading of vague amounts."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "no": 0,
    "none": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "couple": 2,
    "pair": 2,
    "dozen": 12,
    "score": 20,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# ACLED's conventions for vague plurals; "several" and "many" stay unknown.
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}

_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
# One number as written: "12", "1,200", "twenty-one", "two hundred", "a dozen", "dozens".
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:hundred|thousand|million|dozen))?"
    rf"|(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*)"
    r"|tens|dozens|scores|hundreds|thousands"
)


def parse_number(text: str) -> int | None:
    """Integer value of a number phrase, or None if it is not one."""
    t = text.strip().lower().replace(",", "")
    if not t:
        return None
    if t in VAGUE:
        return VAGUE[t]
    if t.isdigit():
        return int(t)
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", t):
        if w == "and":
            continue
        if w.isdigit():
            current += int(w)
        elif w in _UNITS:
            current += _UNITS[w] if w not in ("dozen", "score") else 0
            if w in ("dozen", "score"):
                current = (current or 1) * _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES:
            current = (current or 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None
