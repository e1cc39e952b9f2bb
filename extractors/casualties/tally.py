"""A casualty count, and the tally of counts one sentence gives as its readers go through it."""

from __future__ import annotations

from dataclasses import dataclass, field

KILLED, INJURED = "killed", "injured"


@dataclass(frozen=True, slots=True)
class Count:
    kind: str  # killed | injured
    value: int
    start: int  # offsets of the phrase that gave the number
    end: int
    update: bool = False  # a toll update replaces earlier figures instead of adding to them
    period: bool = False  # a total over a period ("so far this year"): background, never an incident's


@dataclass(slots=True)
class Tally:
    """The counts read so far from ``text[start:end]`` and the stretches of text they came from.

    A stretch read once is not read again: a later reader's match that overlaps it gives no count.
    """

    text: str
    start: int
    end: int
    out: list[Count] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)

    def add(self, kind: str, value: int | None, a: int, b: int, update: bool = False) -> None:
        if value is None or any(a < y and x < b for x, y in self.taken):
            return
        self.taken.append((a, b))
        self.out.append(Count(kind, value, a, b, update))

    def floor(self, pos: int) -> int:
        """Where a noun phrase ending at ``pos`` can begin: after what an earlier count already read."""
        return max((y for x, y in self.taken if y <= pos), default=self.start)
