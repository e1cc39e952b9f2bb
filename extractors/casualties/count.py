"""The counts of one sentence, read in turn by the readers, and the totals they make."""

from __future__ import annotations

from dataclasses import replace

from .patterns import ACROSS, CUMULATIVE
from .period import period_total
from .readers import READERS
from .tally import INJURED, KILLED, Count, Tally

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


def counts(text: str, start: int, end: int) -> list[Count]:
    """Casualty counts reported in ``text[start:end]`` (one sentence), in the order the readers found them."""
    tally = Tally(text, start, end)
    for read in READERS:
        read(tally)
    if CUMULATIVE.search(text, start, end):
        # "the insurgency has killed more than 35,000 people since 2009" is history, not this event
        return [replace(c, period=True) for c in tally.out]
    # "Last year, 30 soldiers were killed in rebel attacks": a total over a period, kept but marked
    tally.out = [replace(c, period=True) if period_total(text, start, end, c.start, c.end) else c for c in tally.out]
    across = ACROSS.search(text, start, end)
    share = _SHARES.get(across.group("n").lower()) if across and across.group("n") else None
    if share:
        # The report describes one of ``share`` incidents: give it its even share of the joint figure.
        return [replace(c, value=c.value // share) for c in tally.out]
    return tally.out


def sentence_totals(found: list[Count]) -> tuple[int | None, int | None, bool]:
    """(killed, injured, is_update) for one sentence's counts; totals over a period count for nothing."""
    killed = injured = None
    update = False
    found = [c for c in found if not c.period]
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
