"""Which country or international organisation a mention stands for.

Negotiations are between parties, and news names a party in many ways: "Russia", "the Russian
Federation", "Russian", "Moscow", "the Kremlin", "Russia's". The gazetteer maps every such form to one
canonical name, reading the forms from ``data/countries.yaml`` and ``data/organisations.yaml`` so that
analysts can extend them without touching code.

Matching is case-sensitive, so the pronoun "us" is never the US and "turkey" or "china" never a
country; the exceptions are derived mechanically: a leading "the" is optional, names of four letters
or more also match in ALL CAPS (headlines), "’" matches "'", "&" matches " and ", and demonyms take a
plural "s". A mention ends at a word boundary, so "Russia's" and the two halves of "US-Russia" are
mentions while "Americanism" is not. All forms are compiled into one regular expression shaped as a
trie, which is fast on long texts and prefers the longest form at every position ("Guinea-Bissau"
over "Guinea", "South Sudan" over "Sudan"). Phrases that contain a country's name without
mentioning it ("Indian Ocean", "Washington Post", and every organisation name, such as
"Organization of American States") are matched and dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from legation.errors import LexiconError
from legation.lexicon import DataFile, Field, data_path, load_data_file
from legation.text import strip_diacritics

MentionKind = Literal["name", "alias", "demonym", "combining", "metonym", "capital"]

#: When one form is listed twice for the same target, the first kind in this order is kept.
_KIND_ORDER: tuple[MentionKind, ...] = ("name", "alias", "demonym", "combining", "metonym", "capital")
_KIND_RANK: dict[str, int] = {k: i for i, k in enumerate(_KIND_ORDER)}

ORGANISATION_KINDS = (
    "intergovernmental",
    "regional",
    "organ",
    "agency",
    "court",
    "alliance",
    "forum",
    "financial",
    "economic",
    "humanitarian",
)

COUNTRY_FIELDS = (
    Field("name"),
    Field("iso2"),
    Field("aliases", list),
    Field("demonyms", list),
    Field("capital"),
    Field("capital_aliases", list, required=False),
    Field("capital_metonym", bool, required=False),
    Field("metonyms", list),
    Field("combining", list, required=False),
)
NOT_COUNTRY_FIELDS = (Field("phrases", list), Field("note", required=False))
ORGANISATION_FIELDS = (
    Field("name"),
    Field("aliases", list),
    Field("kind", choices=ORGANISATION_KINDS),
    Field("metonyms", list, required=False),
    Field("seat", required=False),
    Field("part_of", required=False),
)

_DASHES = "-‐‑–—"  # hyphen-minus, hyphen, non-breaking hyphen, en dash, em dash


@dataclass(frozen=True, slots=True)
class Country:
    """A state as the gazetteer knows it; ``metonyms`` include the capital when it stands for the state."""

    name: str
    iso2: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]
    capital_aliases: tuple[str, ...] = ()
    combining: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    kind: str
    aliases: tuple[str, ...]
    metonyms: tuple[str, ...] = ()
    seat: str | None = None
    part_of: str | None = None  # the organisation an organ belongs to


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention found in a text: its character span, the canonical name, and the form's kind.

    ``kind`` tells a caller whether the mention is a capital or a metonym ("talks in Riyadh" names a
    venue, "Riyadh said" a party), which the gazetteer alone cannot decide.
    """

    start: int
    end: int
    text: str
    name: str
    kind: MentionKind


@dataclass(frozen=True, slots=True)
class _Form:
    target: str | None  # None: a phrase that is not a mention
    kind: MentionKind
    line: int


def _strip_the(term: str) -> str:
    return term[4:] if term[:4] in ("the ", "The ") else term


def _plural(word: str) -> str | None:
    """The "+s" plural of a demonym, or None when it has none ("Chinese", "British", "Swiss")."""
    if word.endswith(("s", "sh", "ch", "x", "z", "ese")):
        return None
    return word + "s"


#: A word prefix that writers join with or without a hyphen ("Intergovernmental", "Inter-governmental").
_PREFIXED = re.compile(r"\b(Inter|Intra|Trans|Multi|Non|Pan|Supra|Counter)(?=[a-z]{4})([a-z]+)")


def _variants(term: str, *, plural: bool) -> Iterator[str]:
    """The written forms of a data-file term that text may contain."""
    base = _strip_the(term.strip())
    forms = [base]
    if " and " in base:  # "Trinidad & Tobago"
        forms.append(base.replace(" and ", " & "))
    if plural:
        forms.extend(p for form in forms if (p := _plural(form)) is not None)
    for form in list(forms):
        spelt = _PREFIXED.sub(lambda m: f"{m.group(1)}-{m.group(2)}", form)
        if spelt != form:  # "Intergovernmental" is also written "Inter-governmental"
            forms.append(spelt)
    for form in list(forms):
        if len(form) >= 4 and form.upper() != form:
            forms.append(form.upper())
    for form in list(forms):
        if "'" in form:
            forms.append(form.replace("'", "’"))
    yield from forms


def _spelling_pairs(spellings: dict[str, str]) -> dict[str, str]:
    """Each word of the ``spellings`` of ``organisations.yaml`` → its other spelling, both ways."""
    return {**spellings, **{other: word for word, other in spellings.items()}}


def _spelt(term: str, spellings: dict[str, str]) -> list[str]:
    """A name in every British and American spelling of its words ("Organisation for Security and
    Cooperation in Europe" of "Organization for Security and Co-operation in Europe"): papers spell an
    organisation's name their own way, whichever way the data file lists it."""
    forms = [""]
    for i, word in enumerate(term.split(" ")):
        other = spellings.get(word)
        lead = " " if i else ""
        forms = [f + lead + w for f in forms for w in ((word, other) if other else (word,))]
    return forms


_Trie = dict[str, "_Trie"]


def _trie_regex(words: Iterable[str]) -> str:
    """One alternation for ``words``, factored as a trie; longer words are tried first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)


def _at_word_starts(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""The matches ``finditer`` of ``(?<!\w)`` and ``regex`` would give: ``regex``'s leftmost match from
    each place on, kept where no word character comes before it, else sought again one character on
    (a form may start inside a rejected match, after its space). About four times faster than the
    lookbehind on a report, where most characters start no form."""
    search, pos = regex.search, 0
    while (m := search(text, pos)) is not None:
        start = m.start()
        before = text[start - 1] if start else " "
        if before.isalnum() or before == "_":  # what ``\w`` matches in a str pattern
            pos = start + 1
            continue
        yield m
        pos = m.end() if m.end() > start else start + 1


class _Matcher:
    """A table of written forms → target, and the compiled regex that finds them in text."""

    def __init__(self, forms: dict[str, _Form]) -> None:
        self._forms = forms
        # no ``(?<!\w)`` in front: a pattern that starts with an assertion gets none of ``re``'s skip of
        # the places whose character starts no form, so the word's left edge is checked by hand
        self._regex = re.compile(r"(?:" + _trie_regex(forms) + r")(?!\w)") if forms else None

    def lookup(self, text: str) -> _Form | None:
        return self._forms.get(text)

    def find(self, text: str) -> Iterator[Mention]:
        if self._regex is None:
            return
        for m in _at_word_starts(self._regex, text):
            form = self._forms[m.group()]
            if form.target is None:
                continue
            if form.kind == "combining" and text[m.end() : m.end() + 1] not in _DASHES:
                continue
            yield Mention(m.start(), m.end(), m.group(), form.target, form.kind)


class _TableBuilder:
    """Collects forms and reports a form given to two different targets, with both lines."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.forms: dict[str, _Form] = {}
        self.problems: list[str] = []

    def add(
        self, term: str, target: str | None, kind: MentionKind, line: int, *, plural: bool = False
    ) -> None:
        for form in _variants(term, plural=plural):
            old = self.forms.get(form)
            if old is None:
                self.forms[form] = _Form(target, kind, line)
            elif old.target != target:
                what = "not a country" if old.target is None else old.target
                self.problems.append(
                    f"{self.path}:{line}: {form!r} is already listed for {what} (line {old.line}); "
                    "keep it under one entry"
                )
            elif _KIND_RANK[kind] < _KIND_RANK[old.kind]:
                self.forms[form] = _Form(target, kind, old.line)

    def add_blocker(self, term: str) -> None:
        """Add a phrase that is not a mention, unless the phrase is itself a mention."""
        for form in _variants(term, plural=True):
            self.forms.setdefault(form, _Form(None, "name", 0))

    def done(self) -> dict[str, _Form]:
        if self.problems:
            raise LexiconError(self.path, self.problems)
        return self.forms


def _countries(data: DataFile) -> tuple[Country, ...]:
    countries = []
    for e in data.entries:
        capital = e["capital"]
        capital_aliases = tuple(e.get("capital_aliases") or ())
        metonyms = tuple(_strip_the(m) for m in e["metonyms"])
        if e.get("capital_metonym", True):
            metonyms = (capital, *capital_aliases, *metonyms)
        countries.append(
            Country(
                name=e["name"],
                iso2=e["iso2"],
                aliases=tuple(e["aliases"]),
                demonyms=tuple(e["demonyms"]),
                capital=capital,
                metonyms=metonyms,
                capital_aliases=capital_aliases,
                combining=tuple(e.get("combining") or ()),
            )
        )
    return tuple(countries)


#: Texts up to this many characters have their country answers remembered (:class:`Gazetteer`); a whole
#: report is read once and is not kept.
_SHORT = 120
#: Remembered answers per table before it is emptied, so that a long-running process stays small.
_REMEMBERED = 50_000


def _remember(table: dict[str, Any], text: str, answer: Any) -> None:
    if len(table) >= _REMEMBERED:
        table.clear()
    table[text] = answer


class Gazetteer:
    """Countries and international organisations, and the forms that mention them.

    Build one with :func:`load_gazetteer` (the bundled files, cached) or :func:`build_gazetteer`.
    """

    def __init__(
        self,
        countries: DataFile,
        organisations: DataFile,
        not_countries: DataFile | None = None,
    ) -> None:
        self.countries: tuple[Country, ...] = _countries(countries)
        self.organisations: tuple[Organisation, ...] = tuple(
            Organisation(
                e["name"],
                e["kind"],
                tuple(e["aliases"]),
                tuple(e.get("metonyms") or ()),
                e.get("seat"),
                e.get("part_of"),
            )
            for e in organisations.entries
        )
        self._by_name = {c.name: c for c in self.countries}
        self._by_iso2 = {c.iso2: c.name for c in self.countries}
        self._capitals = {cap: c.name for c in self.countries for cap in (c.capital, *c.capital_aliases)}

        orgs = _TableBuilder(organisations.path)
        spellings = _spelling_pairs(organisations.meta.get("spellings") or {})
        for org, e in zip(self.organisations, organisations.entries, strict=True):
            for spelt in _spelt(org.name, spellings):
                orgs.add(spelt, org.name, "name" if spelt == org.name else "alias", e.line)
            for alias in org.aliases:
                for spelt in _spelt(alias, spellings):
                    orgs.add(spelt, org.name, "alias", e.line)
            for metonym in org.metonyms:
                orgs.add(metonym, org.name, "metonym", e.line)
        org_forms = orgs.done()
        #: the written forms of the aliases listed with "the" and made of title-case words only ("the
        #: Security Council"): descriptive names that other bodies' longer names end in too
        self._descriptive = frozenset(
            form
            for org in self.organisations
            for alias in org.aliases
            if alias.startswith("the ") and all(w.istitle() and w.isalpha() for w in alias.split()[1:])
            for spelt in _spelt(alias, spellings)
            for form in _variants(spelt, plural=False)
        )

        table = _TableBuilder(countries.path)
        for country, e in zip(self.countries, countries.entries, strict=True):
            table.add(country.name, country.name, "name", e.line)
            for alias in country.aliases:
                table.add(alias, country.name, "alias", e.line)
            for demonym in country.demonyms:
                table.add(demonym, country.name, "demonym", e.line, plural=True)
            for prefix in country.combining:
                table.add(prefix, country.name, "combining", e.line)
            for metonym in country.metonyms:
                kind: MentionKind = "capital" if metonym in self._capitals else "metonym"
                table.add(metonym, country.name, kind, e.line)
        if not_countries is not None:
            for e in not_countries.entries:
                for phrase in e["phrases"]:
                    table.add(phrase, None, "name", e.line, plural=True)
        for form in org_forms:
            table.add_blocker(form)
        self._countries = _Matcher(table.done())
        self._organisations = _Matcher(org_forms)
        #: Answers of :meth:`country` and :meth:`countries_in` for short texts (a word, a name, a phrase):
        #: the readers ask about the same words of a report over and over (every modifier of every item,
        #: every name near a meeting), and a lookup costs a few key variants or a regex scan each time.
        self._country_of: dict[str, str | None] = {}
        self._countries_of: dict[str, tuple[tuple[int, int, str], ...]] = {}

    # -- countries -------------------------------------------------------------------------------

    def country(self, text: str) -> str | None:
        """The canonical country a whole mention names ("the U.S." → "United States"), or None."""
        if text in self._country_of:
            return self._country_of[text]
        form = _lookup(self._countries, text)
        found = form.target if form is not None and form.kind != "combining" else None
        if len(text) <= _SHORT:
            _remember(self._country_of, text, found)
        return found

    def mentions_in(self, text: str) -> list[Mention]:
        """Every country mention in ``text``, in text order, with the kind of form that matched."""
        return list(self._countries.find(text))

    def countries_in(self, text: str) -> list[tuple[int, int, str]]:
        """Every country mention as ``(start, end, canonical name)``, in order, never overlapping."""
        if len(text) > _SHORT:
            return [(m.start, m.end, m.name) for m in self._countries.find(text)]
        found = self._countries_of.get(text)
        if found is None:
            found = tuple((m.start, m.end, m.name) for m in self._countries.find(text))
            _remember(self._countries_of, text, found)
        return list(found)

    def get(self, name: str) -> Country | None:
        """The :class:`Country` for any form of its name ("Russian" → Russia), or None."""
        canonical = self.country(name)
        return self._by_name.get(canonical) if canonical is not None else None

    def is_seat(self, text: str) -> bool:
        """Whether ``text`` is a place that stands for a country's government ("Putrajaya"), listed as a
        metonym: a place name still, unlike the country's own names."""
        form = _lookup(self._countries, text)
        return form is not None and form.kind == "metonym"

    def is_capital(self, text: str) -> bool:
        """Whether ``text`` names a national capital, under any listed spelling ("Kiev", "Kyiv")."""
        return any(key in self._capitals for key in _keys(text))

    def capital_of(self, country: str) -> str | None:
        """The capital of ``country``, given under any form of its name ("U.K." → "London")."""
        found = self.get(country)
        return found.capital if found is not None else None

    def city_country(self, city: str) -> str | None:
        """The country a city is in: a capital's, else a large city's (``cities.tsv``, from GeoNames).
        Such a city never stands for its government in text, unlike a capital; it only tells where."""
        capital = next((self._capitals[k] for k in _keys(city) if k in self._capitals), None)
        if capital is not None:
            return capital
        code = _cities().get(city) or _cities().get(_plain_spelling(city))
        return self._by_iso2.get(code) if code else None

    # -- organisations ---------------------------------------------------------------------------

    def organisation(self, text: str) -> str | None:
        """The canonical organisation a whole mention names ("the U.N." → "United Nations"), or None."""
        form = _lookup(self._organisations, text)
        return form.target if form is not None else None

    def descriptive(self, text: str) -> bool:
        """Whether a mention is written in an alias that describes rather than names ("Security Council",
        listed as "the Security Council"): a capitalised word right before it makes it another body's
        name ("the Russian Security Council", "the National Security Council"), not the organisation's."""
        return text in self._descriptive

    def part_of(self, name: str) -> str | None:
        """The organisation an organ of it belongs to ("European Commission" → "European Union")."""
        return next((o.part_of for o in self.organisations if o.name == name), None)

    def seat_of(self, text: str) -> str | None:
        """The city where the organisation a mention names sits ("UNITED NATIONS" in a dateline is
        New York), when the data gives one."""
        name = self.organisation(text)
        return next((o.seat for o in self.organisations if o.name == name), None) if name else None

    def organisation_mentions_in(self, text: str) -> list[Mention]:
        """Every organisation mention in ``text``, in text order."""
        return list(self._organisations.find(text))

    def organisations_in(self, text: str) -> list[tuple[int, int, str]]:
        """Every organisation mention as ``(start, end, canonical name)``."""
        return [(m.start, m.end, m.name) for m in self._organisations.find(text)]

    def organisation_kind(self, name: str) -> str | None:
        """The ``kind`` of an organisation given under any of its names."""
        canonical = self.organisation(name)
        return next((o.kind for o in self.organisations if o.name == canonical), None)


_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


#: The keys of the mentions read so far (:func:`_keys`): the readers of a document ask the tables about
#: the same few mentions many times over (is it a country, a capital, a seat, an organisation).
_KEYS: dict[str, tuple[str, ...]] = {}


def _keys(text: str) -> tuple[str, ...]:
    """The table keys a whole mention may stand under, most literal first.

    Whitespace is collapsed and a leading "the" and surrounding punctuation dropped; then the text is
    tried as it is ("St. John's"), without a possessive ("Russia's"), and without a sentence-final
    full stop ("talks with Russia."). Made once per text (a short one's are remembered).
    """
    found = _KEYS.get(text)
    if found is None:
        key = _strip_the(" ".join(text.split())).strip(' ,;:!?"()[]')
        found = (key, _POSSESSIVE.sub("", key), *((key[:-1],) if key.endswith(".") else ()))
        if len(text) <= _SHORT:
            _remember(_KEYS, text, found)
    return found


def _lookup(matcher: _Matcher, text: str) -> _Form | None:
    return next((f for key in _keys(text) if (f := matcher.lookup(key)) is not None), None)


def build_gazetteer(countries: str | Path, organisations: str | Path) -> Gazetteer:
    """Read and validate the two data files; every bad entry is reported in one :class:`LexiconError`."""
    country_file = load_data_file(countries, COUNTRY_FIELDS)
    not_countries = _optional_list(countries, "not_countries", country_file)
    org_file = load_data_file(organisations, ORGANISATION_FIELDS)
    return Gazetteer(country_file, org_file, not_countries)


def _optional_list(path: str | Path, key: str, loaded: DataFile) -> DataFile | None:
    if key not in loaded.meta:
        return None
    return load_data_file(path, NOT_COUNTRY_FIELDS, list_key=key)


@functools.cache
def _cities() -> dict[str, str]:
    """City → ISO 3166-1 alpha-2 code of its country, from the bundled ``cities.tsv``."""
    lines = Path(data_path("cities.tsv")).read_text(encoding="utf-8").splitlines()
    cities = dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))
    # news in English often drops a name's accents ("Bogota", "Sao Paulo", "Urumqi", "Xi'an"): each name
    # stands under its plain spelling too, which never displaces a name of its own
    for name, code in list(cities.items()):
        cities.setdefault(_plain_spelling(name), code)
    return cities


def _plain_spelling(name: str) -> str:
    """A name without its accents and with a straight apostrophe: "São Paulo" → "Sao Paulo"."""
    return strip_diacritics(name.replace("\u2019", "'"))


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled ``countries.yaml`` and ``organisations.yaml``, built once per process."""
    return build_gazetteer(data_path("countries.yaml"), data_path("organisations.yaml"))
