"""A progress line on stderr for long runs at a terminal: documents read, words/s, events so far.

Shown only when enabled (stderr is a terminal) and once a second document arrives; the number of
documents is not known in advance (input streams), so there is no total, only counts. Rich is
imported only when the line is actually shown.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

from extractors import Document


def _words(text: str) -> int:
    # An estimate (spaces and line breaks) that costs no allocation, even for a document of many megabytes.
    return text.count(" ") + text.count("\n") + 1


class Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.docs = self.words = self.events = 0
        self.started = time.perf_counter()
        self._bar: Any = None
        self._task: Any = None

    def documents(self, docs: Iterable[Document]) -> Iterator[Document]:
        """``docs``, counted as they are taken."""
        for doc in docs:
            if self.enabled:
                self.docs += 1
                self.words += _words(doc.text)
                if self._bar is None and self.docs > 1:
                    self._start()
                self._update()
            yield doc

    def event(self) -> None:
        if self.enabled:
            self.events += 1
            self._update()

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import Progress as Bar
        from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

        self._bar = Bar(
            SpinnerColumn(),
            TextColumn("{task.fields[docs]:,} documents"),
            TextColumn("{task.fields[rate]:,.0f} words/s"),
            TextColumn("{task.fields[events]:,} events"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._bar.add_task("extract", total=None, docs=0, rate=0.0, events=0)
        self._update()
        self._bar.start()

    def _update(self) -> None:
        if self._bar is not None:
            elapsed = max(time.perf_counter() - self.started, 1e-6)
            self._bar.update(self._task, docs=self.docs, rate=self.words / elapsed, events=self.events)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
