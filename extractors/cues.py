"""The cue lexicon (data/cues.json) compiled once, and matched against one sentence at a time."""
from __future__ import annotations

import re
from dataclasses import dataclass
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
_IRREGULAR = {"meet": ("met",), "shoot": ("shot",), "withdraw": ("withdrew", "withdrawn"), "die": ("dead", "died"),
              "wound": ("wounded",), "fight": ("fought",), "strike": ("struck",)}


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
    return [Hit(cue_id, m.start(), m.end(), m.group()) for m in cues()[cue_id].regex.finditer(text, start, end)]


def first(cue_id: str, text: str, start: int = 0, end: int | None = None) -> Hit | None:
    m = cues()[cue_id].regex.search(text, start, len(text) if end is None else end)
    return Hit(cue_id, m.start(), m.end(), m.group()) if m else None


# --- Which cues a sentence could match at all, from the first letters of its words ---------------------------
#
# Scanning a sentence with each of some forty cue regexes is most of the rule extractor's time, and most of the
# scans find nothing. Every match starts where a word starts, so the first few characters a pattern can match
# (read off its parsed form) rule out every cue whose beginnings appear at no word start of the sentence. The
# test errs only towards trying a cue: whatever it cannot read (a class like \w, a non-ASCII letter, a text
# character outside ASCII) lets the cue through, and the cue's own regex then decides as before.

PREFIX_LEN = 4
_PREFIX_SETS_MAX = 4096  # more open prefixes than this and a pattern's analysis stops where it is
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# Each word start with up to PREFIX_LEN characters from there (a lookahead, so that words overlap freely).
_WORD_START = re.compile(rf"(?<![\w-])(?=(\w.{{0,{PREFIX_LEN - 1}}}))", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Bit ``k`` of a mask stands for ``cues[k]``."""

    cues: tuple[Cue, ...]
    exact: dict[str, int]  # lower-cased beginning (1..PREFIX_LEN characters) -> cues a match can start with it
    longer: dict[str, int]  # lower-cased string -> cues with a longer beginning that starts with it
    lengths: tuple[int, ...]  # the lengths of the keys of ``exact``
    always: int  # cues whose beginnings are not known: always tried

    def mask(self, text: str, start: int, end: int) -> int:
        """The cues that could match somewhere in ``text[start:end]``; those left out cannot."""
        m = self.always
        get = self.exact.get
        lengths = self.lengths
        for s in _WORD_START.findall(text, start, end):
            if s.isascii():
                s = s.lower()
                for n in lengths:
                    m |= get(s[:n], 0)
            else:
                # A character outside ASCII may still match a pattern's ASCII letter ("ſ" for "s" ignoring
                # case): from the first such character on, anything goes.
                j = next(k for k, ch in enumerate(s) if not ch.isascii())
                s = s[:j].lower()
                for n in lengths:
                    if n <= j:
                        m |= get(s[:n], 0)
                m |= self.longer.get(s, 0)
        return m

    def cues_of(self, mask: int) -> list[Cue]:
        """The cues of ``mask``, in their order."""
        cues = self.cues
        out = []
        while mask:
            low = mask & -mask
            out.append(cues[low.bit_length() - 1])
            mask ^= low
        return out


def prefilter(of: tuple[Cue, ...]) -> Prefilter:
    """The prefilter of a tuple of cues (as ``trigger_cues()`` returns it), built once per tuple."""
    cached = _PREFILTERS.get(id(of))
    if cached is None or cached.cues is not of:
        cached = _PREFILTERS[id(of)] = _build_prefilter(of)
    return cached


_PREFILTERS: dict[int, Prefilter] = {}


def trigger_prefilter() -> Prefilter:
    return prefilter(trigger_cues())


def _build_prefilter(of: tuple[Cue, ...]) -> Prefilter:
    exact: dict[str, int] = {}
    longer: dict[str, int] = {}
    always = 0
    for k, cue in enumerate(of):
        bit = 1 << k
        try:
            beginnings = _beginnings(cue.regex, PREFIX_LEN)
        except Exception:  # a construct the parser module reads otherwise: try the cue everywhere
            beginnings = {""}
        if any(not b or b[0] not in _ALNUM for b in beginnings):
            always |= bit  # may start at no word start, or with nothing known
            continue
        for b in beginnings:
            exact[b] = exact.get(b, 0) | bit
            for j in range(len(b)):
                longer[b[:j]] = longer.get(b[:j], 0) | bit
    return Prefilter(of, exact, longer, tuple(sorted({len(b) for b in exact})), always)


def _beginnings(regex: re.Pattern[str], n: int) -> set[str]:
    """Lower-cased strings, each at most ``n`` characters, one of which every match of ``regex`` starts with
    (ASCII characters compared without case)."""
    from re import _parser

    open_, closed = _follow(list(_parser.parse(regex.pattern, regex.flags)), {""}, n)
    return open_ | closed


def _follow(items: list, open_: set[str], n: int) -> tuple[set[str], set[str]]:
    """Beginnings after matching ``items`` from each of ``open_``: (still growing, complete)."""
    from re import _constants as c

    closed: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: passing over a condition only lets more through
        if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
            open_, done = _follow(av[3] if op is c.SUBPATTERN else av, open_, n)
            closed |= done
        elif op is c.BRANCH:
            grown: set[str] = set()
            for alternative in av[1]:
                o, done = _follow(alternative, open_, n)
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
                current, done = _follow(item, current, n)
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
