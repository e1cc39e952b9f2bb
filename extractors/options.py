"""How to extract: one frozen ``Options`` holding every default and checking every value once.

``extract()`` builds it from its keyword arguments and the CLI from its flags, so both share these
defaults. A bad value raises ``OptionError`` when the ``Options`` is made; nothing downstream checks again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

EXTRACTORS = ("rules", "spacy")


class OptionError(ValueError):
    """A value ``Options`` cannot take. ``option`` names the field (the CLI turns it into its flag)."""

    def __init__(self, message: str, option: str | None = None) -> None:
        super().__init__(message)
        self.option = option


@dataclass(frozen=True, slots=True)
class Options:
    """``extractors``: any of "rules" (cue patterns) and "spacy" (lemmas and the dependency parse).
    ``model``: the spaCy pipeline (None: the first of ``nlp.DEFAULT_MODELS`` installed).
    ``include_nonfactual``: also negated and hypothetical events.
    ``prefilter``: parse only sentences where a cue could start an event (same events, less work).
    ``batch_docs``: documents (or chunks) a batch holds at most.
    ``dedup``: merge reports of one event from different documents.
    ``jobs``: worker processes, 0 for one per CPU core.
    ``mentions``: also a record for every further sentence that reports an incident (``mention_of`` set);
    by default one record an incident.
    ``min_confidence``: leave out incidents whose ``confidence`` is below it (0..1), and their mentions.
    """

    extractors: frozenset[str] = frozenset(EXTRACTORS)
    model: str | None = None
    include_nonfactual: bool = False
    prefilter: bool = True
    batch_docs: int = 32
    dedup: bool = False
    jobs: int = 1
    mentions: bool = False
    min_confidence: float = 0.0

    def __post_init__(self) -> None:
        # Any iterable of names (or one name) is welcome; stored as a frozenset so Options stays hashable.
        given = self.extractors
        chosen = frozenset((given,) if isinstance(given, str) else given)
        object.__setattr__(self, "extractors", chosen)
        unknown = chosen - set(EXTRACTORS)
        if unknown or not chosen:
            named = ", ".join(sorted(unknown)) or "none"
            raise OptionError(f"extractors {named}: choose one or both of {', '.join(EXTRACTORS)}", "extractors")
        if isinstance(self.jobs, bool) or not isinstance(self.jobs, int) or self.jobs < 0:
            raise OptionError(f"jobs must be 0 (one per CPU core) or more, not {self.jobs!r}", "jobs")
        if isinstance(self.batch_docs, bool) or not isinstance(self.batch_docs, int) or self.batch_docs < 1:
            raise OptionError(f"batch_docs must be 1 or more, not {self.batch_docs!r}", "batch_docs")
        given_min = self.min_confidence
        if isinstance(given_min, bool) or not isinstance(given_min, int | float) or not 0.0 <= given_min <= 1.0:
            raise OptionError(f"min_confidence must be between 0 and 1, not {given_min!r}", "min_confidence")

    @property
    def workers(self) -> int:
        """``jobs`` as a number of processes."""
        return self.jobs or os.cpu_count() or 1
