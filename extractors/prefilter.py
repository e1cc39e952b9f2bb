"""Which sentences can hold an event, and which cues a sentence could match at all.

Two tests, both erring only towards trying more:

- ``could_hold_event``: a sentence where no trigger cue matches and no word could be read as a trigger
  lemma holds no event: the spaCy extractor skips its parse (``--no-prefilter`` parses every sentence).
- ``scan``: the cues that could match in one span, read off the first letters of its words. Scanning a
  sentence with each of some seventy cue regexes is most of the rule extractor's time, and most scans
  find nothing. Every cue match starts where a word starts (the cues' leading guard), so the first few
  characters a pattern can match (read off its parsed form) rule out every cue whose beginnings appear
  at no word start, and a cue that can match is tried only at the word starts where it could begin.
  Whatever the analysis cannot read (a class like \\w, a letter outside ASCII) lets the cue through, and
  the cue's own regex decides as before. ``finditer`` finds the leftmost match from where the last one
  ended, which is what ``Scan.matches`` does over the word starts, so the matches are the same.

Two caches, both explicit: ``WordStarts.memo`` (what each few letters at a word start could begin, for
every document) and the scans of the document being read (``scan``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import cues
from .cues import Cue, Hit
from .event import Span
from .lexicon import wrap

# --- Could a sentence hold an event? -------------------------------------------------------------------------

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


def could_hold_event(text: str, s: Span) -> bool:
    """Could this sentence hold an event at all? (A trigger cue matches, or a word may be a trigger lemma.)"""
    if lemma_gate().search(text, s.start, s.end):
        return True  # a word the parser may read as a trigger lemma
    gate = trigger_gate()
    if gate is not None:
        return gate.search(text, s.start, s.end) is not None
    return any(cue.regex.search(text, s.start, s.end) for cue in cues.trigger_cues())


@cache
def lemma_gate() -> re.Pattern[str]:
    """Any word the spaCy extractor could read as a trigger lemma, in any inflection ("demanding",
    "appealed", "met")."""
    words: set[str] = set()
    for lemma in cues.lemma_cues():
        stem = lemma[:-1] if lemma.endswith("e") and len(lemma) > 3 else lemma
        words.add(rf"{re.escape(stem)}\w*")
        words.update(re.escape(w) for w in _IRREGULAR.get(lemma, ()))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(words, key=len, reverse=True))})(?![\w-])", re.IGNORECASE)


@cache
def trigger_gate() -> re.Pattern[str] | None:
    """One regex that matches wherever some trigger cue matches (see ``joined``)."""
    return joined(cues.trigger_cues())


def joined(table: tuple[Cue, ...]) -> re.Pattern[str] | None:
    """One regex that matches wherever one of ``table`` matches: a sentence it misses holds none of them.

    One scan instead of one per cue (the cues share their word-boundary guards). None when the patterns
    cannot be joined (a back-reference or a global inline flag would change meaning in one alternation).
    """
    if any(c.regex.pattern != wrap(c.pattern) for c in table):
        return None  # the cues are no longer built the way this gate assumes
    patterns = [c.pattern.replace("(?P<t>", "(?:") for c in table]  # the trigger's own group, in several cues
    if any(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", p) for p in patterns):  # scoped (?-i:...) is fine
        return None
    try:
        return re.compile(wrap("|".join(f"(?:{p})" for p in patterns)), re.IGNORECASE)
    except re.error:
        return None


# --- Which cues could match in a span ------------------------------------------------------------------------

PREFIX_LEN = 4
_PREFIX_SETS_MAX = 4096  # more open beginnings than this and a pattern's analysis stops where it is
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# Each word start with up to PREFIX_LEN characters from there (a lookahead, so that words overlap freely).
_WORD_START = re.compile(rf"(?<!\w)(?=(\w.{{0,{PREFIX_LEN - 1}}}))", re.DOTALL)
_MEMO_MAX = 100_000


@dataclass(frozen=True, slots=True)
class CueIndex:
    """The cues by their beginnings. Bit ``k`` of a mask stands for ``cues[k]``, in cues.json's order."""

    cues: tuple[Cue, ...]
    bit: dict[str, int]  # cue id -> its bit
    triggers: int  # the bits of the trigger cues
    exact: dict[str, int]  # lower-cased beginning (1..PREFIX_LEN characters) -> cues a match can start with it
    longer: dict[str, int]  # lower-cased string -> cues with a longer beginning that starts with it
    lengths: tuple[int, ...]  # the lengths of the keys of ``exact``
    always: int  # cues whose beginnings are not known: always run over the whole span

    def mask(self, s: str) -> int:
        """The cues one of whose beginnings ``s`` (the text from a word start on) starts with."""
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


class WordStarts:
    """Word starts with the cues that could match from each, and a memo of ``CueIndex.mask`` by the letters at
    a word start (the same few thousand recur in every document; cleared when it grows past _MEMO_MAX)."""

    __slots__ = ("index", "memo")

    def __init__(self, index: CueIndex) -> None:
        self.index = index
        self.memo: dict[str, int] = {}

    def of(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(offset, cues that could match from there) for the word starts in ``text[start:end]`` where some
        cue could match. A cue that is not ``always`` matches nowhere else."""
        out = []
        memo = self.memo
        for w in _WORD_START.finditer(text, start, end):
            s = w.group(1)
            m = memo.get(s)
            if m is None:
                m = self.index.mask(s)
                if len(memo) >= _MEMO_MAX:
                    memo.clear()
                memo[s] = m
            if m:
                out.append((w.start(), m))
        return out


@dataclass(frozen=True, slots=True)
class Scan:
    """One span of a text with its word starts: cue matches there, the same as the cue's own regex gives."""

    index: CueIndex
    text: str
    start: int
    end: int
    starts: list[tuple[int, int]]

    def possible(self) -> int:
        """The cues that could match somewhere in the span (a mask)."""
        mask = self.index.always
        for _, m in self.starts:
            mask |= m
        return mask

    def find(self, cue_id: str) -> list[Hit]:
        """``cues.find`` over the span."""
        return [Hit(cue_id, m.start(), m.end(), m.group()) for m in self.matches(self.index.bit[cue_id])]

    def first(self, cue_id: str) -> Hit | None:
        """``cues.first`` over the span."""
        m = self.search(self.index.bit[cue_id])
        return Hit(cue_id, m.start(), m.end(), m.group()) if m else None

    def matches(self, bit: int) -> list[re.Match[str]]:
        """What ``finditer`` gives for the cue of ``bit`` over the span."""
        regex = self.index.cues[bit.bit_length() - 1].regex
        if self.index.always & bit:
            return list(regex.finditer(self.text, self.start, self.end))
        out = []
        pos = self.start
        match = regex.match
        for p, m in self.starts:
            if m & bit and p >= pos:
                found = match(self.text, p, self.end)
                if found:  # never empty: a regex that could match nothing is ``always``
                    out.append(found)
                    pos = found.end()
        return out

    def search(self, bit: int) -> re.Match[str] | None:
        """What ``search`` gives for the cue of ``bit`` over the span."""
        regex = self.index.cues[bit.bit_length() - 1].regex
        if self.index.always & bit:
            return regex.search(self.text, self.start, self.end)
        match = regex.match
        for p, m in self.starts:
            if m & bit:
                found = match(self.text, p, self.end)
                if found:
                    return found
        return None


_BUILT: tuple = (None, None)  # (the cue table, its WordStarts): rebuilt when the table is
# (WordStarts, a text, {(start, end): its Scan}): the scans of the document being read. Replaced whole, never
# changed in place but for adding spans, so that a thread reading another document cannot mix the two.
_SCANS: tuple = (None, None, {})


def word_starts() -> WordStarts:
    """The word-start finder of the current cue table."""
    global _BUILT
    table = cues.cues()
    built = _BUILT
    if built[0] is not table:
        built = _BUILT = (table, WordStarts(build_index(tuple(table.values()))))
    return built[1]


def scan(text: str, start: int, end: int) -> Scan:
    """The scan of ``text[start:end]``, kept while ``text`` is the document being read: every stage that looks
    for cues in a sentence (the rule extractor, typing, fiction and idiom checks, claims) finds its word starts
    once, whichever asks first."""
    global _SCANS
    finder = word_starts()
    memo = _SCANS
    if memo[0] is not finder or memo[1] is not text:
        memo = _SCANS = (finder, text, {})
    found = memo[2].get((start, end))
    if found is None:
        found = memo[2][(start, end)] = Scan(finder.index, text, start, end, finder.of(text, start, end))
    return found


def build_index(table: tuple[Cue, ...]) -> CueIndex:
    exact: dict[str, int] = {}
    longer: dict[str, int] = {}
    always = triggers = 0
    for k, cue in enumerate(table):
        bit = 1 << k
        if cue.trigger:
            triggers |= bit
        beginnings = _beginnings(cue.regex)
        if any(not b or b[0] not in _ALNUM for b in beginnings):
            always |= bit  # may start at no word start, or with nothing known
            continue
        for b in beginnings:
            exact[b] = exact.get(b, 0) | bit
            for j in range(len(b)):
                longer[b[:j]] = longer.get(b[:j], 0) | bit
    bits = {cue.id: 1 << k for k, cue in enumerate(table)}
    return CueIndex(table, bits, triggers, exact, longer, tuple(sorted({len(b) for b in exact})), always)


def _beginnings(regex: re.Pattern[str]) -> set[str]:
    """What every match of ``regex`` starts with (see ``_follow``); {""} when it may start other than at a word
    start: the regex must open with a guard that no word character stands before it."""
    from re import _constants as c  # type: ignore[attr-defined]  # the parser's own tree: no public API
    from re import _parser  # type: ignore[attr-defined]

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
