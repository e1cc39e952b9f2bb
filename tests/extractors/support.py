"""Helpers the extractor test tables share."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

import pytest


def gap(*values, reason: str):
    """A row the extractor gets wrong today (strict xfail; ``reason``: what it does instead)."""
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(a))
