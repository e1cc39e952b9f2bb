"""Which category an incident is, from every cue its sentence holds (the way a coder reads it).

The decision list lives in data/typing.json: the first rule whose conditions hold names the category.
"""

from __future__ import annotations

import re
from functools import cache

from . import cues
from .resources import load_json

_NEGATED_BEFORE = re.compile(r"\b(?:no|not|without|never)\s+(?:\w+\s+)?$", re.IGNORECASE)
# How a protest was policed or turned violent, unless the words name its grievance instead
# ("against the arrest of", "demanding the release of those detained", "for the driver who killed").
_GRIEVANCE_SENSITIVE = {"intervention", "violence_words", "lethal_force"}
# "against the trial of youths who clashed with another group": violence told of someone else, earlier.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|whom)\b[^,;]*$", re.IGNORECASE)


@cache
def _rules() -> tuple[dict, ...]:
    return tuple(load_json("typing.json")["rules"])


@cache
def _figures_elsewhere() -> frozenset[str]:
    return frozenset(r["id"] for r in _rules() if r.get("figures_elsewhere"))


def figures_elsewhere(rule_id: str) -> bool:
    """Does this typing rule read the sentence's casualty figures as another incident's ("arrested over the
    killing of a chief")?"""
    return rule_id in _figures_elsewhere()


def incident_category(trigger_cues: set[str], text: str, start: int, end: int, killed: int | None) -> tuple[str, str]:
    """(category, rule id) for the actual incident cues of one sentence."""
    context: dict[str, bool] = {}

    def has(cue_id: str) -> bool:
        if cue_id in trigger_cues:
            return True
        if cue_id not in context:
            context[cue_id] = any(
                not _NEGATED_BEFORE.search(text, max(start, h.start - 12), h.start)
                and not (
                    cue_id in _GRIEVANCE_SENSITIVE and cues.first("grievance", text, max(start, h.start - 50), h.start)
                )
                and not (
                    cue_id == "violence_words" and _RELATIVE_BEFORE.search(text, max(start, h.start - 25), h.start)
                )
                for h in cues.find(cue_id, text, start, end)
            )
        return context[cue_id]

    for rule in _rules():
        if not all(has(c) for c in rule.get("all", ())):
            continue
        if rule.get("any") and not any(c in trigger_cues for c in rule["any"]):
            continue
        if rule.get("context_any") and not any(has(c) for c in rule["context_any"]):
            continue
        if any(c in trigger_cues for c in rule.get("none", ())):
            continue
        if rule.get("killed") and not killed:
            continue
        return rule["category"], rule["id"]
    return "attack", "default"


def threat_category(text: str, start: int, end: int) -> str:
    """A threat of force (CAMEO 138) when the sentence names a violent act, else a general threat."""
    for cid in ("air", "shelling", "attack", "clash", "ied", "suicide", "disrupted"):
        if cues.first(cid, text, start, end):
            return "military_threat"
    return "threat"
