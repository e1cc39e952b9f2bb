"""The word-list data files, checked against the code and against each other.

Every file of ``extractors/data`` that the code reads through ``extractors.words`` loads and passes the
loader's checks; every list the code asks for is in its file, and every list a file holds is read by
some code (no orphan lists). Where several files hold words of one kind ('said'-type verbs, kill
words, clause breaks), the tables at the end state how the lists relate: what each shares with the
master list of its kind, and every known difference with the reason the lists are kept apart. The
differences are recorded here, not removed: making two lists agree would change the output.

Which lists the code asks for is recorded, not guessed: a fresh interpreter imports every module of
``extractors`` and extracts events from a few sentences while a profile hook notes each call of
``words.words``. Lists read only on paths those sentences do not take are found in the source: a
``words(...)`` call whose arguments are constants, or a key written in a module that names the file.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from extractors.resources import load_json
from extractors.words import word_lists, words

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "extractors"
DATA = PACKAGE / "data"

# A few sentences that take the stages through their word lists (places, dates, casualties, roles,
# follow-ups, a national institution, a span of years) with both extractors.
SENTENCES = [
    "Gunmen killed three farmers and wounded two near Zorbaville, 12 km north of Zorbatown, on Monday, police said.",
    "Two more soldiers died of their wounds on Tuesday, three days ago, the army said on 4 May 2024.",
    "Protesters gathered outside parliament in Nairobi last Friday after fuel prices rose.",
    "In a separate attack, militants shelled the town of Zorbadina, which has seen fighting for more than ten years.",
]

_RECORDER = r"""
import importlib, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
asked = set()

def note(frame, event, arg):
    code = frame.f_code
    if event == "call" and code.co_name == "words" and Path(code.co_filename).parts[-2:] == ("extractors", "words.py"):
        asked.add((frame.f_locals["name"], frame.f_locals["key"]))

sys.setprofile(note)
import extractors
for found in pkgutil.walk_packages(extractors.__path__, "extractors."):
    importlib.import_module(found.name)
docs = [extractors.Document(str(i), t, "2024-05-06") for i, t in enumerate(json.loads(sys.argv[2]))]
list(extractors.extract(docs, extractors=["rules", "spacy"], jobs=1))
sys.setprofile(None)
print(json.dumps(sorted(asked)))
"""


@pytest.fixture(scope="module")
def asked() -> set[tuple[str, str]]:
    """(file, key) of every ``words.words`` call made while importing the package and extracting SENTENCES."""
    done = subprocess.run(
        [sys.executable, "-c", _RECORDER, str(ROOT), json.dumps(SENTENCES)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return {(name, key) for name, key in json.loads(done.stdout)}


# --- the source, read without running it ---------------------------------------------------------------------


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _strings(path: Path) -> set[str]:
    return {n.value for n in ast.walk(_tree(path)) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _imported_from(path: Path, node: ast.ImportFrom) -> Path | None:
    """The module file a relative ``from ... import`` reads, if it is one of the package's."""
    base = path.parent
    for _ in range(node.level - 1):
        base = base.parent
    target = base.joinpath(*(node.module or "").split("."))
    for candidate in (target.with_suffix(".py"), target / "__init__.py"):
        if node.module and candidate.is_file():
            return candidate
    return None


@cache
def _constants(path: Path) -> dict[str, str]:
    """Module-level names bound to a string: assigned here, or imported from a module of the package."""
    found: dict[str, str] = {}
    for node in _tree(path).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
        elif isinstance(node, ast.ImportFrom) and node.level and (source := _imported_from(path, node)) is not None:
            theirs = _constants(source)
            found.update({a.asname or a.name: theirs[a.name] for a in node.names if a.name in theirs})
    return found


def _word_calls(path: Path) -> Iterator[tuple[str | None, str | None]]:
    """(file, key) of each call of ``extractors.words.words`` in ``path``; None where an argument is no constant."""
    tree, constants = _tree(path), _constants(path)
    functions, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            for a in node.names:
                if a.name == "words" and (node.module or "").endswith("words"):
                    functions.add(a.asname or a.name)
                elif a.name == "words" and not node.module:
                    modules.add(a.asname or a.name)

    def value(arg: ast.expr) -> str | None:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
        return constants.get(arg.id) if isinstance(arg, ast.Name) else None

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) != 2:
            continue
        f = node.func
        if (isinstance(f, ast.Name) and f.id in functions) or (
            isinstance(f, ast.Attribute)
            and f.attr == "words"
            and isinstance(f.value, ast.Name)
            and f.value.id in modules
        ):
            yield value(node.args[0]), value(node.args[1])


def _static_calls() -> set[tuple[str | None, str | None]]:
    return {call for path in _modules() for call in _word_calls(path)}


def _naming(name: str) -> list[Path]:
    """The modules that name data file ``name``, by its file name or by a constant bound to it."""
    return [p for p in _modules() if name in _strings(p) or name in _constants(p).values()]


def _word_files(asked: set[tuple[str, str]]) -> list[str]:
    return sorted({name for name, _ in asked} | {name for name, _ in _static_calls() if name is not None})


# --- each file, and each list the code asks for ---------------------------------------------------------------


def test_the_recorder_sees_the_stages(asked: set[tuple[str, str]]) -> None:
    # A sanity check of the profile hook: lists read at import time and lists read while extracting.
    assert ("location_words.json", "institutions") in asked
    assert ("speech_verbs.json", "source_verbs") in asked


def test_every_word_file_loads_with_its_comments(asked: set[tuple[str, str]]) -> None:
    for name in _word_files(asked):
        lists = word_lists(name)  # the loader's checks: lists of distinct, non-empty strings
        assert lists, f"{name}: no lists"
        assert all(lists.values()), f"{name}: an empty list"
        raw = load_json(name)
        assert any(k.startswith("_") for k in raw), f"{name}: no comment says what the file is for"


def test_every_list_the_code_asks_for_exists(asked: set[tuple[str, str]]) -> None:
    static = {(n, k) for n, k in _static_calls() if n is not None and k is not None}
    missing = sorted((n, k) for n, k in asked | static if k not in word_lists(n))
    assert not missing, f"asked for but not in the file: {missing}"


def test_every_list_in_a_file_is_read(asked: set[tuple[str, str]]) -> None:
    orphans = []
    for name in _word_files(asked):
        read = {k for n, k in asked if n == name} | {k for n, k in _static_calls() if n == name}
        written = {s for p in _naming(name) for s in _strings(p)}
        orphans += [f"{name}: {key}" for key in word_lists(name) if key not in read and key not in written]
    assert not orphans, f"lists no code reads: {orphans}"


def test_every_data_file_is_read(asked: set[tuple[str, str]]) -> None:
    # A JSON file of data/ that is no word-list file is read by name elsewhere (cues.json by the lexicon).
    unread = [p.name for p in sorted(DATA.glob("*.json")) if p.name not in _word_files(asked) and not _naming(p.name)]
    assert not unread


# --- 'said'-type verbs ----------------------------------------------------------------------------------------

# The master list of 'said'-type verbs: the alternatives of cues.json's 'statement' cue, which makes a
# sentence a report of speech. Every list of such verbs is held against it.
STATEMENT = frozenset(load_json("cues.json")["cues"]["statement"]["pattern"].split("|"))

# Speech verbs outside the master, with the list that holds each and why it stays out of the cue.
NOT_STATEMENTS = {
    "declared": "roles.json speech_verbs, where it names a speaker only before 'it', 'that' and the like "
    "('Iraq declared it would'); 'declared a curfew' is an act, and the statement cue leaves it out",
    "insisted": "roles.json speech_verbs and actor_words.json capital_speech_verbs; not a statement cue, as "
    "adding it would change which sentences read as statements",
}

# The lemmas of clause_words.json speech_heads, as news writes them: 'say' is 'said' and 'says'.
SPOKEN = {"say": "said", "tell": "told"}


def _forms(key: str, word: str) -> set[str]:
    if key != "speech_heads":
        return {word}
    return {SPOKEN.get(word, word + ("d" if word.endswith("e") else "ed")), word + "s"}


# Lists made only of 'said'-type verbs: each word is in the master or in NOT_STATEMENTS, and the words
# of the master a list leaves out are stated with the reason.
SPEECH_LISTS = [
    # (file, key, master words it leaves out)
    (
        "speech_verbs.json",
        "source_verbs",
        {"stated", "announced", "claimed", "according to", "quoted", "tweeted", "posted"},
    ),
    (
        "speech_verbs.json",
        "place_source_verbs",
        {"stated", "announced", "claimed", "according to", "quoted", "tweeted", "posted", "confirmed"},
    ),
    ("roles.json", "speech_verbs", {"reported", "claimed", "according to", "quoted", "tweeted", "posted"}),
    ("clause_words.json", "speech_heads", {"according to", "quoted", "tweeted", "posted"}),
]

# Why those words are left out, for each list. None is added: each would change the output.
LEFT_OUT = {
    "source_verbs": "a figure's source is read after the plain reporting verbs only; a noun before 'claimed' "
    "or 'announced' is still read as a possible victim",
    "place_source_verbs": "the scene stage's list, one shorter than source_verbs: 'officials in Goma confirmed' "
    "leaves Goma a possible scene",
    "speech_verbs": "'reported' is one of roles.json's witness_verbs instead; the others are not read by roles",
    "speech_heads": "lemmas the parse compares: 'according to' is no verb, and quote, tweet and post are not "
    "read as heads of reported speech",
}


@pytest.mark.parametrize("name, key, left_out", SPEECH_LISTS, ids=[k for _, k, _ in SPEECH_LISTS])
def test_speech_verb_lists_against_the_statement_cue(name: str, key: str, left_out: set[str]) -> None:
    forms = {w: _forms(key, w) for w in words(name, key)}
    strays = [w for w, spelt in forms.items() if not spelt & (STATEMENT | set(NOT_STATEMENTS))]
    assert not strays, f"{key}: speech verbs neither in the statement cue nor in NOT_STATEMENTS: {strays}"
    assert STATEMENT - set().union(*forms.values()) == left_out and key in LEFT_OUT


# Lists of other words that hold some 'said'-type verbs among them: the speech verbs each holds, stated.
SPEECH_AMONG_OTHERS = [
    ("clause_words.json", "clause_gaps", {"said", "says"}),  # a report verb ends the clause of the event
    ("casualty_words.json", "phrase_breaks", {"said", "says", "told"}),  # ... and the victims' noun phrase
    ("actor_words.json", "join_breakers", {"said", "says"}),  # 'Syrian forces said rebels': two actors
    ("actor_words.json", "capital_speech_verbs", {"said", "says", "announced", "insisted"}),  # with acts of state
    ("roles.json", "witness_verbs", {"reported"}),  # 'the mission reported 12 explosions'
    ("casualty_words.json", "between_victims_and_word", {"confirmed", "reported"}),  # 'were reported killed'
]


@pytest.mark.parametrize("name, key, speech", SPEECH_AMONG_OTHERS, ids=[k for _, k, _ in SPEECH_AMONG_OTHERS])
def test_speech_verbs_among_other_words(name: str, key: str, speech: set[str]) -> None:
    assert set(words(name, key)) & (STATEMENT | set(NOT_STATEMENTS)) == speech


def test_the_place_source_verbs_are_source_verbs() -> None:
    source = set(words("speech_verbs.json", "source_verbs"))
    assert source - set(words("speech_verbs.json", "place_source_verbs")) == {"confirmed"}  # see LEFT_OUT


# --- kill words -----------------------------------------------------------------------------------------------

# Two lexicons of kill words: the 'casualty' cue of cues.json starts an event; the lists of
# casualty_words.json count its dead and hurt. Each word below is read by one of them only.
CASUALTY_CUE = re.compile(r"\b(?:" + load_json("cues.json")["cues"]["casualty"]["pattern"] + r")\b", re.IGNORECASE)
COUNTED = ("kill_words", "injury_words", "kill_verbs", "injury_verbs")
COUNT = re.compile("|".join(w for key in COUNTED for w in words("casualty_words.json", key)), re.IGNORECASE)

# The forms both are held against: every plain phrase of the counting lists, the forms the cue spells,
# and the forms of the counting verbs written as patterns ('wound(?:ed|ing|s)?', 'injur(?:e|ed|ing|es)').
SPELLINGS = [
    "kill", "kills", "killed", "killing", "killings", "dead", "died", "dies", "death toll", "death", "deaths",
    "fatality", "fatalities", "wounded", "wounding", "wounds", "injured", "injuring", "injuries", "injury", "hurt",
    "casualty", "casualties", "bodies", "body", "corpse", "corpses", "slain", "wound", "injure", "injures",
]  # fmt: skip
PLAIN = re.compile(r"[a-z ]+")
FORMS = sorted(set(SPELLINGS) | {w for key in COUNTED for w in words("casualty_words.json", key) if PLAIN.fullmatch(w)})

# word: (counted by casualty_words.json, what starts an event with it, or why nothing does)
# Whatever is listed here stays apart: a word added to the cue starts events that do not start today,
# and a word added to the count changes figures.
ATTACK = "the 'attack' cue"
NO_CUE = "no cue: it adds a figure to an event another word of the sentence starts"
KILL_WORDS_APART = {
    "assassinated": (True, ATTACK),
    "beheaded": (True, ATTACK),
    "executed": (True, ATTACK),
    "gunned down": (True, ATTACK),
    "lynched": (True, ATTACK),
    "massacred": (True, ATTACK),
    "murdered": (True, ATTACK),
    "perished": (True, NO_CUE),
    "drowned": (True, NO_CUE),
    "lifeless": (True, NO_CUE),
    "maimed": (True, NO_CUE),
    "wound": (True, NO_CUE + " (the cue spells 'wounded', 'wounding', 'wounds')"),
    "injure": (True, NO_CUE + " (the cue spells 'injured', 'injuring', 'injuries', 'injury')"),
    "injures": (True, NO_CUE),
    "left": (True, NO_CUE + "; 'left 5 dead' gives no count by 'left' alone: the word after the number decides"),
    # a casualty cue that the count does not read after the victims:
    "casualties": (False, "the casualty cue; dead and hurt together give no figure (read only in 'no casualties')"),
    "casualty": (False, "the casualty cue; dead and hurt together give no figure"),
    "death toll": (False, "the casualty cue; counted as a running toll (toll_nouns), which replaces earlier figures"),
    "killings": (False, "the casualty cue; the count reads 'the killing of' (NOMINAL) and the verb, not this noun"),
    "injury": (False, "the casualty cue; the count reads 'the injury of' (NOMINAL), not after the victims"),
    "dies": (False, "the casualty cue; the count reads 'died' and 'dead'"),
    "body": (False, "the casualty cue; the count reads 'bodies', a number of them"),
    "corpse": (False, "the casualty cue; the count reads 'corpses', a number of them"),
}


def test_the_kill_word_lexicons_differ_only_as_stated() -> None:
    apart = {w: bool(COUNT.fullmatch(w)) for w in FORMS if bool(COUNT.fullmatch(w)) != bool(CASUALTY_CUE.search(w))}
    assert apart == {w: counted for w, (counted, _) in KILL_WORDS_APART.items()}


@pytest.mark.parametrize("word", [w for w, (_, why) in KILL_WORDS_APART.items() if why == ATTACK])
def test_counted_kill_words_another_cue_starts(word: str) -> None:
    attack = load_json("cues.json")["cues"]["attack"]["pattern"]
    assert re.search(rf"\b(?:{attack})\b", word, re.IGNORECASE)


def test_toll_words_are_kill_words() -> None:
    # 'feared dead' (hedges.json) reads a toll word the casualty count also reads.
    assert set(words("hedges.json", "toll_words")) <= set(words("casualty_words.json", "kill_words"))


# --- clause breaks --------------------------------------------------------------------------------------------

# Three lists of words that open a clause of its own. own_clause_markers is read in the parse (syntax.py),
# clause_breaks between an event and a date (history.py), clause_gaps between an event and a place or a
# person (draft.CLAUSE_GAP). Each was set on its own stage; the differences, stated:
CLAUSES = "clause_words.json"
CLAUSE_DIFFERENCES = [
    # (list, other list, only in the first, only in the second)
    (
        "clause_breaks",
        "own_clause_markers",
        {"which", "who", "whom", "that", "but"},
        {"whilst", "although", "though", "whereas"},
    ),
    ("clause_gaps", "clause_breaks", {"said", "says"}, {"whom", "that", "as", "until", "but"}),
]
# None is merged into another: each change would change the output.


@pytest.mark.parametrize(
    "first, second, only_first, only_second", CLAUSE_DIFFERENCES, ids=["breaks-markers", "gaps-breaks"]
)
def test_clause_lists_differ_only_as_stated(first: str, second: str, only_first: set, only_second: set) -> None:
    a, b = set(words(CLAUSES, first)), set(words(CLAUSES, second))
    assert (a - b, b - a) == (only_first, only_second)


def test_the_preventing_verbs_make_an_event_unreal_in_the_parse_too() -> None:
    # hedges.json prevent_verbs ('could not stop the raid') are irrealis heads of the parse ('prevented an attack').
    assert set(words("hedges.json", "prevent_verbs")) <= set(words(CLAUSES, "irrealis_heads"))
