"""Did the event happen? Negation, hypotheticals (threats, plans, conditionals, denials) and halts; and the
hedge ("allegedly") on an event that did.

Some words of an event report none (``not_event``): the charge read out in court ("convicted of
massacring civilians"), what a ceremony remembers ("the memory of the massacre victims") and a trigger
inside a proper name ("the Cessation of Hostilities Agreement", "the Nanjing Massacre Memorial Hall").
They are ``negated``, with the reason ("not-event:court") as the cue that decided it."""

from __future__ import annotations

import re

from . import cues, dates
from .words import choices
from .words import words as word_list

_FILE = "hedges.json"


def _any(key: str) -> str:
    """The list ``key`` of the hedges file as alternatives, in the order written there."""
    return choices(_FILE, key)


ACTUAL, NEGATED, HYPOTHETICAL = "actual", "negated", "hypothetical"

# A cue only governs the trigger when it stands in the same clause, a few words before it.
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]“”\"]|,\s|\s(?:but|while|whereas|although|though|after|before|when|as|since|because|and then)\s",
    re.IGNORECASE,
)
_WORDS_BEFORE = 7
_NEGATION_WORDS = 4
_HALT_WORDS = 4
_AFTER = re.compile(
    rf"\W*(?:\w+\W+){{0,2}}?(?:had |has |have |was |were )?(?:{_any('halt_verbs')})\b",
    re.IGNORECASE,
)
_FUTURE_AFTER = re.compile(rf"[^,;:.]*?\b(?:{_any('future_times')})\b", re.IGNORECASE)
_FAILED_TO_STOP = re.compile(
    rf"\b(?:{_any('failed_to')}) (?:{_any('prevent_verbs')})\s+(?:(?:the|a|an|this|that|their|its)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "Six villagers were feared dead after the raid": a toll as reported, not a fear of what may come
# (the parse reads "feared" + one of these words the same way: see syntax.refine_factuality)
TOLL_WORDS = word_list(_FILE, "toll_words")
_FEARED_DEAD = re.compile(rf"\b(?:{_any('feared_verbs')})\s+(?:{'|'.join(TOLL_WORDS)})\b", re.IGNORECASE)
# "no fewer than 20 were killed" negates nothing.
_NOT_NEGATION = re.compile("|".join(rf"\b{w}\b" for w in word_list(_FILE, "not_negations")), re.IGNORECASE)
_COURT = re.compile(rf"\b(?:{_any('court_frames')})\b", re.IGNORECASE)
_COURT_SOURCE = re.compile(rf"\b(?:{_any('court_sources')})", re.IGNORECASE)
_CHARGE_BREAK = re.compile(rf"\b(?:{_any('charge_breaks')})\b", re.IGNORECASE)
_COMMEMORATION = re.compile(rf"\b(?:{_any('commemoration_frames')})\b", re.IGNORECASE)
_AND = re.compile(r"\band\b", re.IGNORECASE)
# "accused the general of [kidnapping]": an act told only as the content of a charge someone makes.
_ACCUSED_OF = re.compile(rf"\b(?:{_any('allegation_frames')})\s+(?:[\w'’.-]+\s+){{1,4}}?of\s+$", re.IGNORECASE)
# A quoted question right before "asked": the asking is the question's attribution.
_QUESTION = re.compile(r"\?\s*[\"”’']\s*(?:[\w.'’-]+\s+){0,5}$")
_ASKED = re.compile(r"ask(?:ed|s)", re.IGNORECASE)
_OFFICE = re.compile(rf"\b(?:{_any('office_titles')})$", re.IGNORECASE)
_WISHED = re.compile(rf"\b(?:{_any('wished_statements')})\s+$", re.IGNORECASE)
_LINK = _any("name_links")
_LINK_WORD = re.compile(_LINK, re.IGNORECASE)
_NAME_BEFORE = re.compile(rf"\b[A-Z][\w'’-]*\s+(?:(?:{_LINK})\s+)?$")
_NAME_AFTER = re.compile(rf"\s+(?:(?:{_LINK})\s+)?[A-Z]")
_FUTURE_PREDICATE = re.compile(rf"(?:\s+[\w-]+)?\s+(?:{_any('future_predicates')})\b", re.IGNORECASE)
TITLE_CASE = 0.6  # of the longer words of a sentence capitalised: a headline in title case, whose capitals name nothing
_FUTURE_MODAL = re.compile(rf"\b(?:{_any('future_modals')})\b", re.IGNORECASE)
_STATEMENTS = ("threat", "accusation")  # a statement is real whatever it says of what will come
_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def _window(text: str, lo: int, start: int, words: int) -> tuple[int, str]:
    """The last ``words`` words of ``text[lo:start]`` within the trigger's clause."""
    pre = text[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(pre))
    if breaks:
        cut = breaks[-1].end()
        # "... warned that it would, if provoked, shoot down": keep a clause that is only a few words long.
        pre, lo = pre[cut:], lo + cut
    parts = list(re.finditer(r"\S+", pre))
    if len(parts) > words:
        lo += parts[-words].start()
        pre = text[lo:start]
    return lo, pre


def assess(
    text: str, sent_start: int, sent_end: int, start: int, end: int, incident: bool = True
) -> tuple[str, str | None]:
    """Factuality of the trigger at ``text[start:end]`` and the cue that decided it.

    ``incident``: the trigger names a violent or protest act; for statements (threats, accusations) the
    irrealis words around them do not make the statement itself unreal; talks, deals and the like are
    put ahead by a modal before them ("will resume talks").
    """
    frame = not_event(text, sent_start, sent_end, start, end, incident)
    if frame:
        return NEGATED, f"not-event:{frame}"
    lo, pre = _window(text, sent_start, start, _WORDS_BEFORE)
    trigger = text[start:end]
    if _FAILED_TO_STOP.search(pre):
        return ACTUAL, "failed to stop"  # "failed to prevent the attack": two negatives; the attack took place
    # A halt governs the act right after it ("ceased air strikes"), not one a few words on ("measures
    # to stop the virus spreading, they staged a demonstration").
    _, halt_pre = _window(text, sent_start, start, _HALT_WORDS)
    if cues.first("halt_words", halt_pre) or _AFTER.match(text, end, min(sent_end, end + 60)):
        return HYPOTHETICAL, "halted"
    if _FUTURE_AFTER.match(text, end, min(sent_end, end + (50 if incident else 90))):
        return HYPOTHETICAL, "future"  # a call or plan for an act ahead ("called for strikes next Thursday")
    if not incident and _FUTURE_PREDICATE.match(text, end, sent_end):
        return HYPOTHETICAL, "future"  # "the mediation process will adjourn"
    near_lo, near = _window(text, sent_start, start, _NEGATION_WORDS)
    neg = cues.first("negation", near)
    if neg and not _NOT_NEGATION.search(text, near_lo, end + 12):
        return NEGATED, f"negation:{neg.text.lower()}"
    if cues.first("negation", trigger):  # "no-one", "unhurt" style tokens inside the trigger itself
        return NEGATED, "negation"
    hyp = _hypothetical(_FEARED_DEAD.sub(" ", pre)) if incident else _ahead(pre, trigger)
    if hyp:
        return HYPOTHETICAL, f"hypothetical:{hyp}"
    return ACTUAL, None


def _ahead(pre: str, trigger: str) -> str | None:
    """The future word that puts talks, a deal or another non-statement act ahead ("will resume talks")."""
    if any(cues.first(cue_id, trigger) for cue_id in _STATEMENTS):
        return None
    found = list(_FUTURE_MODAL.finditer(pre))
    if not found or not pre[found[-1].end() :].split():
        return None  # "will visit": an intent announced, coded so by PLOVER
    return found[-1].group().lower()


# "Soldiers allegedly raped two women": the report says it happened and hedges who did it or how; ACLED
# codes such events, so they stay actual and carry the hedge for the reader to weigh.
_HEDGE = re.compile(rf"\b(?:{_any('hedges')})\b", re.IGNORECASE)


def hedge(text: str, sent_start: int, start: int) -> str | None:
    """The word hedging the report of the trigger at ``start`` ("allegedly"), from its own clause."""
    _, pre = _window(text, sent_start, start, _WORDS_BEFORE)
    m = _HEDGE.search(pre)
    return m.group().lower() if m else None


def _hypothetical(pre: str) -> str | None:
    for m in cues.cues()["hypothetical"].regex.finditer(pre):
        word = m.group()
        if word == "May" or word.lower() == "will" and word[0].isupper():
            continue  # the month, a name
        return word.lower()
    return None


def not_event(text: str, sent_start: int, sent_end: int, start: int, end: int, incident: bool = True) -> str | None:
    """Why the trigger at ``text[start:end]`` names no event of the report, if it does not: a court's charge
    ("court"), what is remembered ("commemoration"), a word of a proper name ("name"), an office named for a harm
    ("title"), the words of a statement only sought ("wished"), a question put ("question": '"Who was it?" he
    asked'), or an act told only as what someone is accused of, in a sentence with no date of its own
    ("allegation": "has accused the general of kidnapping him"; with a date, "accused the rebels of killing 12
    villagers on Monday" reports a fresh event).

    An incident after a court's words is the charge unless a determiner or a verb comes between ("charged
    with complicity in the assassination of ...": that killing happened); anything else after them (an
    investigation, a meeting) is part of the court's business."""
    if _COURT_SOURCE.search(text, sent_start, start):
        return "court"  # "According to the indictment, the gang tortured its rivals"
    court = list(_COURT.finditer(text, sent_start, start))
    if court and not (incident and _CHARGE_BREAK.search(text, court[-1].end(), start)):
        return "court"  # "convicted of war crimes, including massacring civilians", "charged with murder"
    if _ACCUSED_OF.search(text, max(sent_start, start - 60), start) and not dates.mentions(
        text, sent_start, sent_end, None
    ):
        return "allegation"  # "has accused the general of kidnapping him": an old charge, no news of its own
    _, pre = _window(text, sent_start, start, _WORDS_BEFORE)
    remembered = list(_COMMEMORATION.finditer(pre))
    if remembered and not _AND.search(pre, remembered[-1].end()):
        return "commemoration"  # "the memory of the victims of the massacre", not "commemorated ... and demanded"
    if _in_name(text, sent_start, sent_end, start, end):
        return "name"
    if _ASKED.fullmatch(text, start, end) and _QUESTION.search(text, max(sent_start, start - 50), start):
        return "question"  # '"Who was it?" the prosecutor asked': a question put, not a request made
    if _OFFICE.search(text, max(sent_start, start - 60), start):
        return "title"  # "the special representative on sexual violence": an office, not an event
    if _WISHED.search(text, max(sent_start, start - 80), start):
        return "wished"  # "sought a statement condemning the war": no statement was made
    return None


def _in_name(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """A capitalised trigger within a sentence, joined to a capitalised word: part of a name ("the Nanjing
    Massacre", "the Cessation of Hostilities Agreement"). Not in a headline written in title case."""
    parts = [w for w in text[start:end].split() if not _LINK_WORD.fullmatch(w)]
    if not parts or not all(w[0].isupper() and w[1:].islower() for w in parts):
        return False  # lower case, an acronym ("IED"), or a trigger running past the name ("Air Forces carry out")
    if not text[sent_start:start].strip():
        return False
    if not (_NAME_BEFORE.search(text, sent_start, start) or _NAME_AFTER.match(text, end, sent_end)):
        return False
    longer = _WORD.findall(text, sent_start, sent_end)
    return sum(w[0].isupper() for w in longer) < TITLE_CASE * len(longer)
