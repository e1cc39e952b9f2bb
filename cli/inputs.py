"""Paths, directories and stdin to ``Document``s; unreadable input is reported and skipped."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import orjson

from extractors import Document, record_document, text_document

TEXT_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
STDIN = "-"
# A folder's own documentation is not news: skipped when a directory is expanded (named files are read).
NOT_ARTICLES = ("README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING")

ErrorSink = Callable[[str, str, str], None]


@dataclass(frozen=True)
class InputOptions:
    input_format: str = "auto"  # auto | text | jsonl
    id_field: str = "id"
    text_field: str = "text"
    date_field: str = "date"
    date: str | None = None  # --date, checked: the reference date for documents without one


def expand(paths: Iterable[str], error: ErrorSink) -> Iterator[str]:
    """Files named, and files under directories (recursive, sorted, dotfiles skipped)."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
                and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
                and not f.stem.upper().startswith(NOT_ARTICLES)
            )
            yield from (str(f) for f in found)
        elif p.exists():
            yield raw
        else:
            error(raw, "no such file or directory", "Check the path, or pass - to read standard input.")


def read(paths: Iterable[str], options: InputOptions, error: ErrorSink) -> Iterator[Document]:
    for path in expand(paths, error):
        yield from _read_one(path, options, error)


def _kind(path: str, options: InputOptions, head: bytes) -> str:
    if options.input_format != "auto":
        return options.input_format
    suffix = Path(path).suffix.lower() if path != STDIN else ""
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "jsonl" if head.lstrip()[:1] == b"{" else "text"


def _read_one(path: str, options: InputOptions, error: ErrorSink) -> Iterator[Document]:
    try:
        if path == STDIN:
            stream, name = sys.stdin.buffer, "<stdin>"
        else:
            stream, name = open(path, "rb"), path  # noqa: SIM115 (closed below)
    except OSError as exc:
        error(path, exc.strerror or str(exc), "Check that the file exists and is readable.")
        return
    try:
        yield from _read_stream(stream, path, name, options, error)
    except OSError as exc:
        error(name, exc.strerror or str(exc), "Check that the file exists and is readable.")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _read_stream(
    stream: IO[bytes], path: str, name: str, options: InputOptions, error: ErrorSink
) -> Iterator[Document]:
    """JSON Lines are read line by line (input of any length streams); a text file is one document."""
    head = _head(stream)
    if b"\x00" in head:
        error(name, "binary data, not text", "Pass UTF-8 text (.txt, .md) or JSON Lines (.jsonl) files.")
        return
    kind = _kind(path, options, head[:64])
    if kind == "jsonl":
        # The head may end inside a line: complete it, then go on line by line.
        first = head + stream.readline() if head and not head.endswith(b"\n") else head
        yield from _jsonl(name, itertools.chain(first.splitlines(), stream), options, error)
        return
    data = head + stream.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        error(name, f"not UTF-8 text (byte {exc.start})", "Convert the file to UTF-8, e.g. with iconv.")
        return
    if not text.strip():
        return
    yield text_document(name, text, options.date)


def _head(stream: IO[bytes], size: int = 8192) -> bytes:
    """The first bytes of ``stream``: what is there already (a pipe's writer may be slow), up to ``size``,
    read further only while they are all whitespace (the input's kind is not known yet)."""
    read = getattr(stream, "read1", stream.read)
    head = read(size)
    while head and len(head) < size and not head.lstrip():
        more = read(size - len(head))
        if not more:
            break
        head += more
    return head


def _jsonl(name: str, lines: Iterable[bytes], options: InputOptions, error: ErrorSink) -> Iterator[Document]:
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            error(
                where, f"not valid JSON ({str(exc).split(':')[0]})", "Fix or remove that line; other lines were read."
            )
            continue
        if not isinstance(obj, dict):
            error(where, "a JSON value that is not an object", "Give one JSON object per line.")
            continue
        text = obj.get(options.text_field)
        if not isinstance(text, str):
            error(where, f"no string field {options.text_field!r}", "Name the text field with --text-field.")
            continue
        doc_id = obj.get(options.id_field)
        doc_id = f"{name}:{n}" if doc_id is None else str(doc_id)
        yield record_document(doc_id, text, obj.get(options.date_field), options.date)
