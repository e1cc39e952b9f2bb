"""Errors the library raises for its callers to report (the CLI turns each into one ``Error:`` line)."""

from __future__ import annotations


class DataError(ValueError):
    """A data file (shipped or the user's) that cannot be used: names the file and what is wrong with it."""

    def __init__(self, file: str, what: str) -> None:
        super().__init__(f"{file}: {what}")
        self.file = file
        self.what = what

    def __reduce__(self) -> tuple[type[DataError], tuple[str, str]]:
        # A worker process sends it to the parent pickled; the default would call __init__ with one argument.
        return (DataError, (self.file, self.what))
