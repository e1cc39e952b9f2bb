"""The lexicon: cues (data/cues.json), typing rules (data/typing.json) and categories (data/taxonomy.json).

The three files name each other by id: a typing rule names cues and a category, a cue names the
category it starts. They are loaded together and checked against each other on first use, so a typo
in any of them is one ``DataError`` naming the file and what is wrong ("typing.json: rule 'riot':
unknown cue 'riots'"), not a KeyError deep inside a stage. Modules read the checked data from here:
``cues`` compiles the patterns, ``classify`` applies the rules, ``taxonomy`` answers per category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import DataError
from .resources import load_json

CUES, TYPING, TAXONOMY = "cues.json", "typing.json", "taxonomy.json"

# The trigger of cues that only count victims; the typing rules decide what the incident was.
CASUALTY = "casualty"

# ACLED's 25 sub-event types by event type (its codebook, 2019 on): the only ACLED codes a category may map to.
ACLED: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
PLOVER = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION "
    "MOBILIZE COERCE ASSAULT".split()
)
_CAMEO = re.compile(r"(?:0[1-9]|1\d|20)\d{0,2}")  # a root 01-20, then up to two more digits

# Context cues the code itself looks for (not through typing.json): renaming one in cues.json must fail on load.
CODE_CUES = ("fiction", "not_event", "responsibility", "no_responsibility", "halt_words", "negation", "hypothetical")

_CATEGORY_FIELDS = {"acled", "cameo", "plover", "family", "verb", "violent"}
_CATEGORY_FLAGS = {"symmetric", "gathering", "speech_act", "armed_sides"}
_CUE_FIELDS = {"pattern", "trigger", "slot", "lemmas"}
_RULE_CUES = ("any", "all", "context_any", "none")
_RULE_FIELDS = {"id", "category", "killed", "figures_elsewhere", *_RULE_CUES}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The three files as checked: plain JSON values, read by the modules that own each decision."""

    cues: dict[str, dict[str, Any]]  # cue id -> its entry in cues.json
    rules: tuple[dict[str, Any], ...]  # typing.json's decision list, in order
    guards: dict[str, tuple[str, ...]]  # guard cue -> the context cues it cancels when it stands just before
    relative_guarded: tuple[str, ...]  # context cues that do not count inside a relative clause
    military_threat: tuple[str, ...]  # cues that make a threat a threat of force
    stand_in: dict[str, str]  # incident cue no rule names -> the cue it is typed like (see ``_stand_ins``)
    categories: dict[str, dict[str, Any]]  # category -> its entry in taxonomy.json
    incident_families: frozenset[str]  # families whose categories share the incident slot


@cache
def lexicon() -> Lexicon:
    """The checked lexicon (loaded once)."""
    taxonomy = load_json(TAXONOMY)
    categories = _categories(taxonomy)
    families = _families(taxonomy.get("incident_families"), categories)
    cues = _cues(load_json(CUES), categories)
    raw = _object(TYPING, load_json(TYPING), "rules", list)
    rules = tuple(_rule(k, r, cues, categories) for k, r in enumerate(raw["rules"]))
    _unique(TYPING, [r["id"] for r in rules], "rule id")
    guards = _guards(raw.get("context_guards", {}), cues)
    relative = _cue_list(TYPING, "relative_guarded", raw.get("relative_guarded", []), cues)
    military = _cue_list(TYPING, "military_threat", raw.get("military_threat", []), cues)
    _check_triggers(cues, rules)
    return Lexicon(cues, rules, guards, relative, military, _stand_ins(cues, rules), categories, families)


# --- taxonomy.json ---------------------------------------------------------------------------------------------


def _categories(raw: Any) -> dict[str, dict[str, Any]]:
    table = _object(TAXONOMY, raw, "categories", dict)["categories"]
    for name, c in table.items():
        where = f"category '{name}'"
        _fields(TAXONOMY, where, c, _CATEGORY_FIELDS, _CATEGORY_FLAGS | {"protest_rank", "by_actor1"})
        _acled(where, c["acled"])
        if c["cameo"] is not None and not (isinstance(c["cameo"], str) and _CAMEO.fullmatch(c["cameo"])):
            raise DataError(
                TAXONOMY, f"{where}: cameo {c['cameo']!r} is no CAMEO code (digits 01..20 and up to 2 more)"
            )
        if c["plover"] is not None and c["plover"] not in PLOVER:
            raise DataError(TAXONOMY, f"{where}: plover {c['plover']!r} is none of PLOVER's {len(PLOVER)} event types")
        if (c["cameo"] is None) != (c["plover"] is None):
            raise DataError(TAXONOMY, f"{where}: cameo and plover are both codes or both null")
        for key in ("family", "verb"):
            if not isinstance(c[key], str) or key == "family" and not c[key]:
                raise DataError(TAXONOMY, f"{where}: '{key}' must be a string")
        for key in ("violent", *_CATEGORY_FLAGS):
            if not isinstance(c.get(key, False), bool):
                raise DataError(TAXONOMY, f"{where}: '{key}' must be true or false")
    _protest_ranks(table)
    for name, c in table.items():
        _by_actor1(name, c.get("by_actor1"), table)
    return table


def _families(raw: Any, categories: dict[str, dict[str, Any]]) -> frozenset[str]:
    known = {c["family"] for c in categories.values()}
    if not isinstance(raw, list) or not all(f in known for f in raw):
        raise DataError(
            TAXONOMY, f"'incident_families' must be a list of families the categories have: {sorted(known)}"
        )
    return frozenset(raw)


def _acled(where: str, acled: Any) -> None:
    if acled is None:
        return
    if not (isinstance(acled, list) and len(acled) == 2 and acled[0] in ACLED):
        raise DataError(TAXONOMY, f"{where}: acled must be null or [event type, sub-event type], not {acled!r}")
    if acled[1] is not None and acled[1] not in ACLED[acled[0]]:
        raise DataError(TAXONOMY, f"{where}: acled sub-event type {acled[1]!r} is not one of {acled[0]!r}")


def _protest_ranks(table: dict[str, dict[str, Any]]) -> None:
    ranks = {name: c["protest_rank"] for name, c in table.items() if "protest_rank" in c}
    for name, rank in ranks.items():
        if not isinstance(rank, int) or isinstance(rank, bool) or rank < 1:
            raise DataError(TAXONOMY, f"category '{name}': protest_rank must be a whole number from 1")
    _unique(TAXONOMY, [str(r) for r in ranks.values()], "protest_rank")


def _by_actor1(name: str, recode: Any, table: dict[str, dict[str, Any]]) -> None:
    """``by_actor1``: the category becomes ``state`` when a state actor acted, else ``other``."""
    if recode is None:
        return
    if not isinstance(recode, dict) or set(recode) != {"state", "other"}:
        raise DataError(TAXONOMY, f'category \'{name}\': by_actor1 must be {{"state": ..., "other": ...}}')
    for outcome in recode.values():
        if outcome not in table or "by_actor1" in table[outcome]:
            raise DataError(TAXONOMY, f"category '{name}': by_actor1 names {outcome!r}, no category of its own")


# --- cues.json -------------------------------------------------------------------------------------------------


def _cues(raw: Any, categories: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    table = _object(CUES, raw, "cues", dict)["cues"]
    for cid, spec in table.items():
        where = f"cue '{cid}'"
        _fields(CUES, where, spec, {"pattern"}, _CUE_FIELDS - {"pattern"})
        try:
            re.compile(wrap(spec["pattern"]), re.IGNORECASE)
        except (re.error, TypeError) as err:
            raise DataError(CUES, f"{where}: pattern does not compile: {err}") from None
        trigger = spec.get("trigger")
        if trigger is not None and trigger != CASUALTY and trigger not in categories:
            raise DataError(CUES, f"{where}: trigger {trigger!r} is no category of {TAXONOMY} (nor {CASUALTY!r})")
        if trigger is not None and not isinstance(spec.get("slot"), str):
            raise DataError(CUES, f"{where}: a trigger cue needs a 'slot' (\"incident\" for violence and protest)")
        lemmas = spec.get("lemmas", [])
        if not isinstance(lemmas, list) or not all(isinstance(w, str) and w for w in lemmas):
            raise DataError(CUES, f"{where}: 'lemmas' must be a list of words")
    for cid in (*CODE_CUES, CASUALTY):
        if cid not in table:
            raise DataError(CUES, f"has no cue '{cid}' (the code looks for it by that id)")
    return table


def wrap(pattern: str) -> str:
    """A cue's pattern as it is matched: whole words only (no word character or hyphen either side)."""
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


# --- typing.json -----------------------------------------------------------------------------------------------


def _rule(k: int, rule: Any, cues: dict[str, dict[str, Any]], categories: dict[str, dict[str, Any]]) -> dict:
    where = f"rule {rule.get('id')!r}" if isinstance(rule, dict) else f"rule {k + 1}"
    _fields(TYPING, where, rule, {"id", "category"}, _RULE_FIELDS - {"id", "category"})
    if rule["category"] not in categories:
        raise DataError(TYPING, f"{where}: category {rule['category']!r} is not in {TAXONOMY}")
    for key in _RULE_CUES:
        _cue_list(TYPING, f"{where}: '{key}'", rule.get(key, []), cues)
    # 'any' and 'none' read the cues that start events in the sentence: a cue with no trigger never is one.
    for key in ("any", "none"):
        for cid in rule.get(key, ()):
            if not cues[cid].get("trigger"):
                raise DataError(TYPING, f"{where}: '{key}' names '{cid}', a cue that starts no event (no trigger)")
    for key in ("killed", "figures_elsewhere"):
        if not isinstance(rule.get(key, False), bool):
            raise DataError(TYPING, f"{where}: '{key}' must be true or false")
    return rule


def _guards(raw: Any, cues: dict[str, dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise DataError(TYPING, "'context_guards' must be an object: guard cue -> the cues it cancels")
    out = {}
    for guard, guarded in raw.items():
        if guard.startswith("_"):
            continue
        _cue_list(TYPING, "context_guards", [guard], cues)
        out[guard] = _cue_list(TYPING, f"context_guards '{guard}'", guarded, cues)
    return out


def _check_triggers(cues: dict[str, dict[str, Any]], rules: tuple[dict[str, Any], ...]) -> None:
    """An incident cue that typing rules name must start the category they give it: no trigger is ignored."""
    for cid, spec in cues.items():
        typed = {r["category"] for r in rules if cid in r.get("any", ())}
        if typed and spec.get("trigger") != CASUALTY and spec["trigger"] not in typed:
            raise DataError(
                CUES, f"cue '{cid}': trigger {spec['trigger']!r}, but {TYPING} types it as {', '.join(sorted(typed))}"
            )


def _stand_ins(cues: dict[str, dict[str, Any]], rules: tuple[dict[str, Any], ...]) -> dict[str, str]:
    """An incident cue no typing rule names is typed like the first cue of the plain rule of its trigger (the
    first rule for that category with no condition but 'any'): a new "FPV drone" cue with trigger air_strike
    is typed as the "air" cue is, by every rule, with no edit to typing.json."""
    named = {cid for r in rules for cid in r.get("any", ())}
    out = {}
    for cid, spec in cues.items():
        if spec.get("slot") != "incident" or cid in named:
            continue
        plain = next(
            (r for r in rules if r["category"] == spec["trigger"] and set(r) <= {"id", "category", "any"}), None
        )
        if plain is None:
            raise DataError(
                CUES, f"cue '{cid}': no rule of {TYPING} types {spec['trigger']!r} by its cue alone; name the cue there"
            )
        out[cid] = plain["any"][0]
    return out


# --- shared checks ---------------------------------------------------------------------------------------------


def _object(file: str, raw: Any, key: str, kind: type) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get(key), kind):
        raise DataError(file, f"must be a JSON object with a '{key}' {'list' if kind is list else 'object'}")
    return raw


def _fields(file: str, where: str, entry: Any, required: set[str], optional: set[str]) -> None:
    if not isinstance(entry, dict):
        raise DataError(file, f"{where} must be a JSON object")
    keys = {k for k in entry if not k.startswith("_")}
    missing, unknown = sorted(required - keys), sorted(keys - required - optional)
    if missing:
        raise DataError(file, f"{where}: missing '{missing[0]}'")
    if unknown:
        raise DataError(
            file, f"{where}: unknown field '{unknown[0]}' (known: {', '.join(sorted(required | optional))})"
        )


def _cue_list(file: str, where: str, ids: Any, cues: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    if not isinstance(ids, list) or not all(isinstance(c, str) for c in ids):
        raise DataError(file, f"{where} must be a list of cue ids")
    for cid in ids:
        if cid not in cues:
            raise DataError(file, f"{where}: unknown cue '{cid}' (not in {CUES})")
    return tuple(ids)


def _unique(file: str, values: list[str], what: str) -> None:
    repeated = sorted({v for v in values if values.count(v) > 1})
    if repeated:
        raise DataError(file, f"{what} {repeated[0]!r} is given more than once")
