"""Build the village tier, ``extractors/data/villages/<CC>.tsv.gz``, from the gazetteer extracts in
``../shared/data/gazetteer/`` (GeoNames and Who's On First, CC BY 4.0; see their README).

    python scripts/build_villages.py [--source ../shared/data/gazetteer]

One file per country, so that a report about one country loads only that country's villages. A place the
towns table (``geonames.tsv.gz``, cities500) already has, by name within 5 km, is left out: the village tier
only adds what the towns lack. Rows of one name within 2 km of each other are one place.

Output, tab-separated, one line each: lookup keys (the folded name and its Latin-script alternate names,
``|``-joined), name, admin1 name, admin2 name, latitude, longitude. And ``index.tsv.gz``: the keys only one
country's villages bear, by country.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.geocode.names import key  # noqa: E402  (the same keys the lookups use)

OUT = ROOT / "extractors" / "data" / "villages"
SOURCES = ("core14.tsv.gz", "pk_wof.tsv.gz", "in_postal.tsv.gz")
SAME_AS_TOWN_KM = 5.0
SAME_PLACE_KM = 2.0
MAX_ALT = 6  # alternate spellings kept a place


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def towns() -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(country, key) -> points of the towns table, to leave out what it already has."""
    out: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with gzip.open(ROOT / "extractors" / "data" / "geonames.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            keys, _, cc, _, _, lat, lon, _ = line.rstrip("\n").split("\t")
            for k in keys.split("|"):
                out[(cc, k)].append((float(lat), float(lon)))
    return out


_UNIT = re.compile(r"\s*\b(?:oblast|province|governorate|state|region|division|muhafazat)\b\s*", re.IGNORECASE)
_MARKS = str.maketrans("", "", "'`‘’ʿʼ")


def provinces() -> dict[str, list[str]]:
    """ISO alpha-2 -> the province names of the towns table, which the lookups compare hints with."""
    out: dict[str, list[str]] = defaultdict(list)
    with gzip.open(ROOT / "extractors" / "data" / "geonames_admin.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            cc, a1, a2, *_ = line.rstrip("\n").split("\t")
            if not a2:
                out[cc].append(a1)
    return out


def province(cc: str, name: str, known: dict[str, list[str]]) -> str:
    """The towns table's name for a province the extracts spell their own way ("Donetska Oblast" is
    "Donetsk", "Zaporizhzhya Oblast" "Zaporizhia"); the name as given when none is close."""
    bare = key(_UNIT.sub(" ", name).strip()).translate(_MARKS)
    best, score = name, 0.0
    for a1 in known.get(cc, ()):
        ratio = SequenceMatcher(None, bare, key(a1).translate(_MARKS)).ratio()
        if ratio > score:
            best, score = a1, ratio
    return best if score >= 0.8 else name


def rows(source: Path):
    for name in SOURCES:
        with gzip.open(source / name, "rt", encoding="utf-8") as f:
            next(f)  # header
            for line in f:
                cc, place, lat, lon, a1, a2, kind, _src, _gid, alts = line.rstrip("\n").split("\t")
                if kind == "county" or not place:
                    continue  # counties are admin areas, which the admin table holds
                yield cc, place, float(lat), float(lon), a1, a2, [a for a in alts.split("|") if a][:MAX_ALT]


def build(source: Path) -> dict[str, list[str]]:
    known = towns()
    named = provinces()
    renamed: dict[tuple[str, str], str] = {}
    kept: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    out: dict[str, list[str]] = defaultdict(list)
    for cc, place, lat, lon, a1, a2, alts in rows(source):
        k = key(place)
        if len(k) < 3 or any(km(lat, lon, *p) <= SAME_AS_TOWN_KM for p in known.get((cc, k), ())):
            continue
        if any(km(lat, lon, *p) <= SAME_PLACE_KM for p in kept[(cc, k)]):
            continue
        kept[(cc, k)].append((lat, lon))
        if a2 == a1:
            a2 = ""  # some records repeat the province as the district
        if a1 and (cc, a1) not in renamed:
            renamed[(cc, a1)] = province(cc, a1, named)
        a1 = renamed.get((cc, a1), a1)
        spelled = [k, *(key(a) for a in alts if a.isascii() and len(key(a)) >= 3)]
        # "'Abdullah Kelay" is written "Abdullah Kelay" in news copy: each key also without its ayn marks
        keys = list(dict.fromkeys([*spelled, *(x.translate(_MARKS) for x in spelled)]))
        out[cc].append("\t".join(["|".join(keys), place, a1, a2, f"{lat:.4f}", f"{lon:.4f}"]))
    return out


def write_index(built: dict[str, list[str]]) -> None:
    """``index.tsv.gz``: for each country, the lookup keys no other country's villages share (one line a
    country: ISO alpha-2, then the keys ``|``-joined). A report that names no country but a village only one
    country has is about that country."""
    where: dict[str, set[str]] = defaultdict(set)
    for cc, lines in built.items():
        for line in lines:
            for k in line.split("\t", 1)[0].split("|"):
                where[k].add(cc)
    only: dict[str, list[str]] = defaultdict(list)
    for k, ccs in where.items():
        if len(ccs) == 1 and len(k) >= 5:
            only[next(iter(ccs))].append(k)
    with gzip.open(OUT / "index.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        for cc in sorted(only):
            f.write(cc + "\t" + "|".join(sorted(only[cc])) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer")
    a = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    total = 0
    built = build(a.source)
    write_index(built)
    for cc, lines in sorted(built.items()):
        with gzip.open(OUT / f"{cc}.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
            f.write("\n".join(sorted(lines)) + "\n")
        total += len(lines)
        print(f"{cc}: {len(lines):,} villages", file=sys.stderr)
    print(f"{total:,} villages in {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
