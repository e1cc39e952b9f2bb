"""The cue lexicon (data/cues.json) compiled once, and matched against one sentence at a time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from .resources import load_json


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    regex: re.Pattern[str]
    trigger: str | None  # category this cue starts an event of, "casualty", or None for context-only cues
    slot: str | None
    lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class Hit:
    cue: str
    start: int  # offsets into the document text
    end: int
    text: str


@cache
def cues() -> dict[str, Cue]:
    out = {}
    for cid, spec in load_json("cues.json")["cues"].items():
        regex = re.compile(rf"(?<![\w-])(?:{spec['pattern']})(?![\w-])", re.IGNORECASE)
        out[cid] = Cue(cid, regex, spec.get("trigger"), spec.get("slot"), frozenset(spec.get("lemmas", ())))
    return out


@cache
def trigger_cues() -> tuple[Cue, ...]:
    return tuple(c for c in cues().values() if c.trigger)


@cache
def trigger_gate() -> re.Pattern[str] | None:
    """One regex that matches wherever some trigger cue matches: a sentence it misses holds no trigger.

    One scan instead of one per cue (the cues share their word-boundary guards). None when the patterns
    cannot be joined (a back-reference or a global inline flag would change meaning in one alternation).
    """
    spec = load_json("cues.json")["cues"]
    patterns = [spec[c.id]["pattern"] for c in trigger_cues()]
    if any(c.regex.pattern != rf"(?<![\w-])(?:{p})(?![\w-])" for c, p in zip(trigger_cues(), patterns)):
        return None  # the cues are no longer built the way this gate assumes
    patterns = [p.replace("(?P<t>", "(?:") for p in patterns]  # the trigger's own group, in several cues
    if any(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", p) for p in patterns):  # scoped (?-i:...) is fine
        return None
    try:
        return re.compile(rf"(?<![\w-])(?:{'|'.join(f'(?:{p})' for p in patterns)})(?![\w-])", re.IGNORECASE)
    except re.error:
        return None


@cache
def lemma_cues() -> dict[str, Cue]:
    """Lemma -> the trigger cue it belongs to, for the spaCy extractor."""
    return {lemma: c for c in trigger_cues() for lemma in c.lemmas}


# Past forms that do not start with their lemma ("met" for meet); the rest share the lemma's stem.
_IRREGULAR = {
    "meet": ("met",),
    "shoot": ("shot",),
    "withdraw": ("withdrew", "withdrawn"),
    "die": ("dead", "died"),
    "wound": ("wounded",),
    "fight": ("fought",),
    "strike": ("struck",),
}


@cache
def lemma_gate() -> re.Pattern[str]:
    """Any word the spaCy extractor could read as a trigger lemma, in any inflection ("demanding",
    "appealed", "met"): with ``trigger_gate``, the prefilter's test of whether a sentence needs a parse."""
    words: set[str] = set()
    for lemma in lemma_cues():
        stem = lemma[:-1] if lemma.endswith("e") and len(lemma) > 3 else lemma
        words.add(rf"{re.escape(stem)}\w*")
        words.update(re.escape(w) for w in _IRREGULAR.get(lemma, ()))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(words, key=len, reverse=True))})(?![\w-])", re.IGNORECASE)


def find(cue_id: str, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
    end = len(text) if end is None else end
    known = _known_starts(text, start, end)
    if known is not None:  # a sentence the rule extractor has read: only where the cue could begin
        pf, starts = known
        found = pf.matches(pf.bit[cue_id], text, start, end, starts)
    else:
        found = cues()[cue_id].regex.finditer(text, start, end)
    return [Hit(cue_id, m.start(), m.end(), m.group()) for m in found]


def first(cue_id: str, text: str, start: int = 0, end: int | None = None) -> Hit | None:
    end = len(text) if end is None else end
    known = _known_starts(text, start, end)
    if known is not None:
        pf, starts = known
        m = pf.search(pf.bit[cue_id], text, start, end, starts)
    else:
        m = cues()[cue_id].regex.search(text, start, end)
    return Hit(cue_id, m.start(), m.end(), m.group()) if m else None


# --- Which cues a sentence could match at all, from the first letters of its words ---------------------------
#
# Scanning a sentence with each of some forty cue regexes is most of the rule extractor's time, and most of the
# scans find nothing. Every cue match starts where a word starts (the cues' leading guard), so the first few
# characters a pattern can match (read off its parsed form) rule out every cue whose beginnings appear at no
# word start of the sentence, and a cue that can match is tried only at the word starts where it could begin.
# The test errs only towards trying a cue: whatever it cannot read (a class like \w, a letter outside ASCII, a
# text character outside ASCII) lets the cue through, and the cue's own regex decides as before. Python's
# ``finditer`` finds the leftmost match from where the last one ended, which is what ``Prefilter.matches``
# does over the word starts, so the matches are the same. Other modules' regexes join in through ``scanner``.

PREFIX_LEN = 4
_PREFIX_SETS_MAX = 4096  # more open beginnings than this and a pattern's analysis stops where it is
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# Each word start with up to PREFIX_LEN characters from there (a lookahead, so that words overlap freely).
_WORD_START = re.compile(rf"(?<!\w)(?=(\w.{{0,{PREFIX_LEN - 1}}}))", re.DOTALL)
_SEEN_MAX = 100_000


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Bit ``k`` of a mask stands for ``regexes[k]``: the cues in table order, then the ``scanner`` regexes."""

    regexes: tuple[re.Pattern[str], ...]
    cues: tuple[Cue, ...]  # the cue table: cues[k] has bit k
    bit: dict[str, int]  # cue id -> its bit
    triggers: int  # the bits of the trigger cues
    exact: dict[str, int]  # lower-cased beginning (1..PREFIX_LEN characters) -> regexes a match can start with it
    longer: dict[str, int]  # lower-cased string -> regexes with a longer beginning that starts with it
    lengths: tuple[int, ...]  # the lengths of the keys of ``exact``
    always: int  # regexes whose beginnings are not known: always run over the whole span
    seen: dict[str, int] = field(default_factory=dict)  # _mask of the text at word starts met before

    def starts(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(offset, regexes that could match from there) for the word starts in ``text[start:end]`` where some
        regex could match. A regex that is not ``always`` matches nowhere else."""
        out = []
        seen = self.seen
        for w in _WORD_START.finditer(text, start, end):
            s = w.group(1)
            m = seen.get(s)
            if m is None:
                m = self._mask(s)
                if len(seen) >= _SEEN_MAX:
                    seen.clear()
                seen[s] = m
            if m:
                out.append((w.start(), m))
        return out

    def _mask(self, s: str) -> int:
        """The regexes one of whose beginnings ``s`` (the text from a word start on) starts with."""
        m = 0
        get = self.exact.get
        if s.isascii():
            s = s.lower()
            for n in self.lengths:
                m |= get(s[:n], 0)
        else:
            # A character outside ASCII may still match a pattern's ASCII letter ("ſ" for "s" ignoring case):
            # from the first such character on, anything goes.
            j = next(k for k, ch in enumerate(s) if not ch.isascii())
            s = s[:j].lower()
            for n in self.lengths:
                if n <= j:
                    m |= get(s[:n], 0)
            m |= self.longer.get(s, 0)
        return m

    def matches(self, bit: int, text: str, start: int, end: int, starts: list[tuple[int, int]]) -> list[re.Match[str]]:
        """What ``finditer`` gives for the regex of ``bit`` over ``text[start:end]``, ``starts`` being that span's."""
        regex = self.regexes[bit.bit_length() - 1]
        if self.always & bit:
            return list(regex.finditer(text, start, end))
        out = []
        pos = start
        match = regex.match
        for p, m in starts:
            if m & bit and p >= pos:
                found = match(text, p, end)
                if found:  # never empty: a regex that could match nothing is ``always``
                    out.append(found)
                    pos = found.end()
        return out

    def search(self, bit: int, text: str, start: int, end: int, starts: list[tuple[int, int]]) -> re.Match[str] | None:
        """What ``search`` gives for the regex of ``bit`` over ``text[start:end]``."""
        regex = self.regexes[bit.bit_length() - 1]
        if self.always & bit:
            return regex.search(text, start, end)
        match = regex.match
        for p, m in starts:
            if m & bit:
                found = match(text, p, end)
                if found:
                    return found
        return None


_BUILT: tuple = (None, 0, None)  # (the cue table, how many scanner regexes, their Prefilter)
# (a Prefilter, a text, {(start, end): the Prefilter's starts of that span of the text}): the spans of the
# document being read. Replaced whole, never changed in place but for adding spans, so that a thread reading
# another document cannot mix the two.
_SPANS: tuple = (None, None, {})
_SCANNED: list[re.Pattern[str]] = []  # regexes of other modules, in the order ``scanner`` was called


def prefilter() -> Prefilter:
    """The prefilter of all cues and scanner regexes, rebuilt when the cue table is or a scanner is added."""
    global _BUILT
    table = cues()
    built = _BUILT
    if built[0] is not table or built[1] != len(_SCANNED):
        built = _BUILT = (table, len(_SCANNED), _build_prefilter(tuple(table.values()), tuple(_SCANNED)))
    return built[2]


def word_starts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``prefilter().starts`` of a span, kept for the other spans of the same text (the current document)."""
    global _SPANS
    pf = prefilter()
    spans = _SPANS
    if spans[0] is not pf or spans[1] is not text:
        spans = _SPANS = (pf, text, {})
    found = spans[2].get((start, end))
    if found is None:
        found = spans[2][(start, end)] = pf.starts(text, start, end)
    return found


def _known_starts(text: str, start: int, end: int) -> tuple[Prefilter, list[tuple[int, int]]] | None:
    """The prefilter and the word starts ``word_starts`` found for this very span (a sentence), else None."""
    spans = _SPANS
    if spans[1] is not text or spans[0] is not prefilter():
        return None
    found = spans[2].get((start, end))
    return None if found is None else (spans[0], found)


@dataclass(frozen=True, slots=True)
class Scanner:
    """A regex whose ``finditer`` and ``search`` over a sentence the rule extractor has read try it only at the
    word starts where it could begin (same results as the regex's own); anything else goes to the regex."""

    regex: re.Pattern[str]
    index: int  # into _SCANNED

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(string) if endpos is None else endpos
        known = _known_starts(string, pos, end)
        if known is None:
            return self.regex.finditer(string, pos, end)
        pf, starts = known
        return iter(pf.matches(1 << (len(pf.bit) + self.index), string, pos, end, starts))

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(string) if endpos is None else endpos
        known = _known_starts(string, pos, end)
        if known is None:
            return self.regex.search(string, pos, end)
        pf, starts = known
        return pf.search(1 << (len(pf.bit) + self.index), string, pos, end, starts)

    def __getattr__(self, name: str):  # match, fullmatch, sub, pattern, ...: the regex's own
        return getattr(self.regex, name)


def scanner(regex: re.Pattern[str]) -> Scanner:
    """``regex`` with its whole-sentence scans sped up like the cues' (for module-level regexes, made once)."""
    _SCANNED.append(regex)
    return Scanner(regex, len(_SCANNED) - 1)


def _build_prefilter(table: tuple[Cue, ...], scanned: tuple[re.Pattern[str], ...]) -> Prefilter:
    exact: dict[str, int] = {}
    longer: dict[str, int] = {}
    always = triggers = 0
    regexes = (*(cue.regex for cue in table), *scanned)
    for k, regex in enumerate(regexes):
        bit = 1 << k
        if k < len(table) and table[k].trigger:
            triggers |= bit
        beginnings = _beginnings(regex)
        if any(not b or b[0] not in _ALNUM for b in beginnings):
            always |= bit  # may start at no word start, or with nothing known
            continue
        for b in beginnings:
            exact[b] = exact.get(b, 0) | bit
            for j in range(len(b)):
                longer[b[:j]] = longer.get(b[:j], 0) | bit
    return Prefilter(
        regexes,
        table,
        {cue.id: 1 << k for k, cue in enumerate(table)},
        triggers,
        exact,
        longer,
        tuple(sorted({len(b) for b in exact})),
        always,
    )


def _beginnings(regex: re.Pattern[str]) -> set[str]:
    """What every match of ``regex`` starts with (see ``_follow``); {""} when it may start other than at a word
    start: the regex must open with a guard that no word character stands before it."""
    from re import _constants as c
    from re import _parser

    try:
        tree = list(_parser.parse(regex.pattern, regex.flags))
        op, av = tree[0]
        if regex.flags & re.ASCII:
            return {""}  # \w of the guard would not be the \w of the word starts
        if op is c.AT and av is c.AT_BOUNDARY:
            pass  # \b before a word character
        elif (
            op is c.ASSERT_NOT
            and av[0] == -1
            and len(av[1]) == 1
            and av[1][0][0] is c.IN
            and (c.CATEGORY, c.CATEGORY_WORD) in av[1][0][1]
            and (c.NEGATE, None) not in av[1][0][1]
        ):
            pass  # (?<![\w-]) and the like
        else:
            return {""}
        return _follow(tree, {""}, PREFIX_LEN, c)
    except Exception:  # a construct the parser module reads otherwise: run the regex everywhere
        return {""}


def _follow(items: list, open_: set[str], n: int, c) -> set[str]:
    """Lower-cased strings of at most ``n`` characters, one of which every match of ``items`` that starts from
    one of ``open_`` starts with (ASCII characters compared without case)."""
    grown, done = _grow(items, open_, n, c)
    return grown | done


def _grow(items: list, open_: set[str], n: int, c) -> tuple[set[str], set[str]]:
    """Beginnings after matching ``items`` from each of ``open_``: (still growing, complete)."""
    closed: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: passing over a condition only lets more through
        if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
            open_, done = _grow(av[3] if op is c.SUBPATTERN else av, open_, n, c)
            closed |= done
        elif op is c.BRANCH:
            grown: set[str] = set()
            for alternative in av[1]:
                o, done = _grow(alternative, open_, n, c)
                grown |= o
                closed |= done
            open_ = grown
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, item = av
            current, grown, times = open_, set(open_) if lo == 0 else set(), 0
            while current:
                times += 1
                if times > n + 1:  # an item that may match nothing: stop where it is
                    closed |= current
                    break
                current, done = _grow(item, current, n, c)
                closed |= done
                if times >= lo:
                    grown |= current
                if times == hi:
                    break
            open_ = grown
        else:
            chars = _chars(op, av, c)
            if chars is None:  # any character, or too many to list: what is known so far is the beginning
                closed |= open_
                open_ = set()
                break
            grown = set()
            for b in open_:
                for ch in chars:
                    (closed if len(b) + 1 >= n else grown).add(b + ch)
            open_ = grown
        if len(open_) > _PREFIX_SETS_MAX:
            closed |= open_
            open_ = set()
    return open_, closed


def _chars(op, av, c) -> set[str] | None:
    """The ASCII characters (lower-cased) one item matches; None for anything else."""
    if op is c.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op is c.IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is c.LITERAL and iav < 128:
                out.add(chr(iav).lower())
            elif iop is c.RANGE and iav[1] < 128 and iav[1] - iav[0] < 26:
                out.update(chr(x).lower() for x in range(iav[0], iav[1] + 1))
            elif iop is c.CATEGORY and iav is c.CATEGORY_DIGIT:
                out.update("0123456789")
            else:  # NEGATE, \w, \s, characters outside ASCII
                return None
        return out
    return None
