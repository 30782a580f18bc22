"""Datelines: "MOSCOW, June 11 (TASS) —", "WASHINGTON (Reuters) -", "Vienna: The agency said ...".

A dateline says where (and often on which day) a report was written, and by which agency. legation
keeps the place (:attr:`Document.dateline_place`), the day (:attr:`Document.written`, the anchor for
"on Tuesday" in the text: wire copy is often published a day after it was written) and the agency (as
the source when the outlet is not otherwise known), and strips the prefix so that the first sentence
starts with its subject.

Conservative by design: a title-case place counts only with a date or an agency after it, an ALL-CAPS
place with a dash or a date/agency, and the bare "City:" form only for a capitalised one-to-three-word
name at the very start of the body that is not a known label ("Analysis:", "Update:") and is not a
speaker introducing a quotation.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from legation.ingest.dates import MONTH_WORD, latest_on_or_before, month_number
from legation.lexicon import Field, load_bundled

DATELINES_FILE = "datelines.yaml"
AGENCY_FIELDS = (Field("name", str), Field("aliases", list, required=False))
NOT_PLACE_FIELDS = (Field("word", str),)

_WORD_CAPS = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_WORD_TITLE = r"(?:[A-Z][a-zA-Z'’.\-]*[a-z.]|[A-Z]{2,}|de|la|le|el|al|am|an|upon|on|sur|del|do|da)"
_PLACE_CAPS = rf"(?P<place>{_WORD_CAPS}(?:[ \-]{_WORD_CAPS}){{0,3}})"
#: A report filed from several places names them all ("MUSCAT/DUBAI, May 1 (Reuters) -"): the first is kept.
_MORE_PLACES_CAPS = rf"(?:/{_WORD_CAPS}(?:[ \-]{_WORD_CAPS}){{0,3}})*"
_PLACE_TITLE = rf"(?P<place>[A-Z][a-zA-Z'’.\-]*[a-z.](?:[ \-]{_WORD_TITLE}){{0,3}})"
_REGION = r"(?:,\s*[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?"
_DATE = (
    rf"(?:,\s*(?:(?P<month>{MONTH_WORD})\s+(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_WORD}))(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)"
)
_AGENCY = r"(?:\s*\((?P<agency>[^()\n]{1,40})\)|\.?\s*/(?P<agency2>[^/\n]{1,30})/\.?)"
#: A dash after the dateline: an em or en dash, two hyphens, a hyphen between spaces or after the agency's
#: parenthesis, or the underscore of older wire copy ("NAIROBI, Kenya (AP) _ ..."); never a word's hyphen.
_DASH = r"(?:\s*(?:—|–|--)\s*|\s+-\s+|(?<=\))\s*-\s*|\s*_\s+)"

#: or a colon right after the agency's parenthesis ("KABUL (Pajhwok): The ministry said ...").
_END = rf"(?:{_DASH}|(?<=/\.)\s+|(?<=/)\s+|(?<=\)):\s+)"
#: An em or en dash: after a title-case place at the very start of a report, a dateline on its own.
_LONG_DASH = re.compile(r"[—–]")
_WIRE_CAPS = re.compile(rf"{_PLACE_CAPS}{_MORE_PLACES_CAPS}{_REGION}{_DATE}?{_AGENCY}?{_END}")
_WIRE_TITLE = re.compile(rf"{_PLACE_TITLE}{_REGION}{_DATE}?{_AGENCY}?{_END}")
_ALONE = re.compile(
    rf"(?:{_PLACE_CAPS}|{_PLACE_TITLE.replace('place', 'tplace')}){_REGION}{_DATE}?{_AGENCY}?(?:{_DASH})?"
)
_COLON = re.compile(
    r"(?P<place>(?:The )?[A-Z][a-zA-Z'’.\-]*[a-zA-Z]"
    r"(?: (?:[A-Z][a-zA-Z'’.\-]*[a-zA-Z]|de|la|el|al|am|upon|on)){0,2}):\s+"
    r"(?=[A-Z0-9])"
)
#: A dateline's day may fall this many days after the publication date (a file or feed dated in another
#: time zone, or stamped before the story was filed): it is the date of writing, never last year's day.
WRITTEN_AFTER_PUBLISHED_DAYS = 2
#: Prepositions that name a place after them ("talks in Arusha", "arrived at Camp David").
_LOCATIVE = r"(?:in|at|from|near|outside|to|into|toward|towards|across)"
#: How far into the report a title-case "Name:" is looked for as a place.
_PLACE_REACH = 3000
#: A dateline on a paragraph of its own is never longer than this.
ALONE_MAX_CHARS = 120
#: The part after "City:" must look like a report: at least this many words.
MIN_WORDS_AFTER_COLON = 5
_FIRST_PERSON = re.compile(r"(?:I|We|My|Our|Us)\b")
_NAME_LIKE_AGENCY = re.compile(r"[A-Z][\w.&'’\-]*(?: [\w.&'’\-]+){0,3}")
_LOWER_PARTICLES = {
    "de",
    "la",
    "le",
    "el",
    "es",
    "al",
    "am",
    "an",
    "upon",
    "on",
    "sur",
    "del",
    "do",
    "da",
    "au",
    "of",
}


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline said, and where the text after it starts."""

    place: str
    end: int
    written: dt.date | None = None
    agency: str | None = None


@dataclass(frozen=True, slots=True)
class DatelineData:
    agencies: dict[str, str]  # alias (lower case) → outlet name
    not_places: frozenset[str]  # lower case


@functools.cache
def dateline_data() -> DatelineData:
    """The bundled agency names and non-place labels, loaded and checked once."""
    agencies = load_bundled(DATELINES_FILE, AGENCY_FIELDS, "agencies")
    labels = load_bundled(DATELINES_FILE, NOT_PLACE_FIELDS, "not_places")
    aliases: dict[str, str] = {}
    for entry in agencies.entries:
        for alias in (entry["name"], *(entry.get("aliases") or ())):
            aliases[alias.lower()] = entry["name"]
    return DatelineData(aliases, frozenset(e["word"].lower() for e in labels.entries))


def find_dateline(text: str, published: dt.date, data: DatelineData | None = None) -> Dateline | None:
    """The dateline at the very start of ``text``, or None."""
    data = data or dateline_data()
    for pattern in (_WIRE_CAPS, _WIRE_TITLE):
        found = pattern.match(text)
        if found and _is_place(found["place"], data) and _has_date_or_agency(found, pattern, data):
            return _dateline(found, found["place"], published, data)
    first_paragraph = text[: ALONE_MAX_CHARS + 1].split("\n\n", 1)[0]
    alone = _ALONE.fullmatch(first_paragraph) if len(first_paragraph) <= ALONE_MAX_CHARS else None
    if alone and _has_date_or_agency(alone, _ALONE, data):
        place = alone["place"] or alone["tplace"]
        if _is_place(place, data):
            end = len(first_paragraph)
            while text[end : end + 1].isspace():
                end += 1
            return _dateline(alone, place, published, data, end=end)
    colon = _COLON.match(text)
    if colon and _colon_dateline(colon, text, data):
        return Dateline(place_name(colon["place"]), colon.end())
    return None


def _dateline(
    found: re.Match[str], place: str, published: dt.date, data: DatelineData, *, end: int | None = None
) -> Dateline:
    written = None
    month, day = found["month"] or found["month2"], found["day"] or found["day2"]
    if month and day:
        slack = min(WRITTEN_AFTER_PUBLISHED_DAYS, (dt.date.max - published).days)
        limit = published + dt.timedelta(days=slack)
        written = _stated_day(found["year"], month_number(month), int(day), limit) or latest_on_or_before(
            month_number(month), int(day), limit
        )
    agency = found["agency"] or found["agency2"]
    return Dateline(
        place_name(place), found.end() if end is None else end, written, agency_name(agency, data)
    )


def _stated_day(year: str | None, month: int, day: int, limit: dt.date) -> dt.date | None:
    """The day a dateline gives with its year ("KHARTOUM, May 21, 2023 (AFP) -"), when it is a real day
    no later than ``limit`` and within a year of it; else None, and the year is read as usual."""
    if year is None:
        return None
    try:
        stated = dt.date(int(year), month, day)
    except ValueError:
        return None
    return stated if stated <= limit and (limit - stated).days <= 366 else None


def _has_date_or_agency(found: re.Match[str], pattern: re.Pattern[str], data: DatelineData) -> bool:
    """A title-case place needs a date or a real agency name: "Jane Doe (pictured) -" is no dateline.

    An ALL-CAPS place before a dash is enough ("LONDON — ..."); a paragraph that is only a place needs
    a date or an agency too, and so does a place whose agency's parenthesis a colon follows.
    """
    if found.group(0).rstrip().endswith(":"):
        # "KABUL (Pajhwok):" names an agency; "NATO (file):", "X (pictured):" name none
        return agency_name(found["agency"], data) is not None
    if found["month"] or found["month2"]:
        return True
    if pattern is _WIRE_CAPS:
        return True
    if pattern is _WIRE_TITLE and _LONG_DASH.search(found.group(0)[-3:]):
        # "Addis Ababa – The talks ...": a place and a dash that no hyphenated word has, then a sentence
        place, text = found["place"], found.string
        if place.startswith("The ") or not text[found.end() : found.end() + 1].isupper():
            return False
        return _is_known_place(place, text) or place in text[found.end() :]  # a place it names again
    return agency_name(found["agency"] or found["agency2"], data) is not None


def _is_place(place: str, data: DatelineData) -> bool:
    return place.lower() not in data.not_places and len(place.replace(".", "")) >= 2


def _colon_dateline(found: re.Match[str], text: str, data: DatelineData) -> bool:
    place = found["place"]
    if place.lower() in data.not_places:
        return False
    rest = text[found.end() :].split("\n\n", 1)[0]
    if _FIRST_PERSON.match(rest) or len(rest.split()) < MIN_WORDS_AFTER_COLON:
        return False
    # "Name: ..." followed by a quotation is a speaker, not a place.
    if rest.lstrip().startswith(('"', "“", "'", "‘", "«")):
        return False
    return _is_known_place(place, text[found.end() :])


def _is_known_place(place: str, body: str) -> bool:
    """Whether the name before "Name: ..." is a place rather than a headline prefix ("Poll:", "The
    Latest:", a person's name): written in capitals as datelines are ("CAIRO:"), a country or capital
    the gazetteer knows, or named as a place in the report itself ("... talks in Arusha")."""
    letters = [c for c in place if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    from legation.nlp.gazetteer import load_gazetteer  # data only: no model is loaded

    gazetteer = load_gazetteer()
    if gazetteer.is_capital(place) or gazetteer.country(place) is not None:
        return True
    bare = re.escape(place[4:] if place.startswith("The ") else place)
    return re.search(rf"\b{_LOCATIVE}\s+(?:[Tt]he\s+)?{bare}\b", body[:_PLACE_REACH]) is not None


def agency_name(agency: str | None, data: DatelineData | None = None) -> str | None:
    """The outlet an agency mention stands for: a listed alias's name, else the mention if name-like."""
    if not agency:
        return None
    data = data or dateline_data()
    agency = agency.strip()
    known = data.agencies.get(agency.lower())
    if known:
        return known
    return agency if _NAME_LIKE_AGENCY.fullmatch(agency) else None


def place_name(place: str) -> str:
    """A place as usually written: ALL-CAPS datelines are title-cased ("NEW YORK" → "New York")."""
    place = place.strip().rstrip(",")
    if any(c.islower() for c in place):
        return place
    words: list[str] = []
    for word in place.split(" "):
        lower = word.lower()
        words.append(lower if lower in _LOWER_PARTICLES and words else _title_word(lower))
    return " ".join(words)


def _title_word(word: str) -> str:
    return re.sub(r"(^|[\-'’.])(\w)", lambda m: m[1] + m[2].upper(), word)
