"""The place mention every pass produces, and what the passes over one sentence gather together."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PlaceMention:
    text: str
    start: int
    end: int
    name: str
    country: str | None
    admin1: str | None
    is_country: bool
    precision: int
    hints: tuple[str, ...] = ()  # admin or country names written next to it: "X (District, Province)", "X, Province"
    bare: bool = False  # named without a locative preposition ("neighbourhoods of Baidoa"): a place only if known
    level: str | None = None  # "admin1" or "admin2" when the text calls it so ("Idlib province", "Khyber district")


@dataclass
class Found:
    """What the passes over one sentence found so far; each later pass skips what an earlier one read."""

    places: list[PlaceMention] = field(default_factory=list)
    # spots and buildings named for a town ("the Zorba intersection"): the place only if nothing else is
    spots: list[PlaceMention] = field(default_factory=list)
    # spans already read as a place, with what came with it ("on Zorbawa (Chikun LGA, Kaduna)")
    covered: list[tuple[int, int]] = field(default_factory=list)
    # starts of two places joined by "and" ("near Zorba and Zorbaville municipalities")
    pairs: list[tuple[int, int]] = field(default_factory=list)
