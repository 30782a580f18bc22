"""Turning dossier values into words an analyst reads: ``PT6H`` + ``MORE_THAN`` → ``over 6 h``.

The dossier keeps machine values (TIMEX3 durations, ISO dates, source ids) so that it can be compared
and scored; every report renders them through these helpers so that the terminal, HTML or any later
view say the same thing the same way. Every helper accepts ``None`` and unknown shapes and falls back
to the raw value rather than failing: a report must never crash on a value it does not understand.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from legation.model import Actor, Document, Round, Statement, ThirdParty, TimeValue

#: Shown wherever a value is unknown.
MISSING = "—"

#: TimeML ``mod`` values as words placed before the value.
MOD_WORDS: Mapping[str, str] = {
    "MORE_THAN": "over",
    "LESS_THAN": "under",
    "EQUAL_OR_MORE": "at least",
    "EQUAL_OR_LESS": "at most",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "START": "early",
    "MID": "mid",
    "END": "late",
}

#: TIMEX3 values that name no calendar time but only a side of "now", as a reader says them.
REF_WORDS: Mapping[str, str] = {
    "PRESENT_REF": "now",
    "PAST_REF": "earlier",
    "FUTURE_REF": "later",
}

_NUMBER = r"(\d+(?:[.,]\d+)?|X)"
_DURATION = re.compile(
    rf"^P(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}W)?(?:{_NUMBER}D)?"
    rf"(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?$"
)
#: (singular, plural) per duration part, in the order of the regex groups; hours and shorter are
#: abbreviated the way a timetable writes them.
_UNITS: tuple[tuple[str, str], ...] = (
    ("year", "years"),
    ("month", "months"),
    ("week", "weeks"),
    ("day", "days"),
    ("h", "h"),
    ("min", "min"),
    ("s", "s"),
)

#: An unknown amount ("for hours" → ``PTXH``) reads better with the unit spelled out.
_UNKNOWN_AMOUNT_UNITS: Mapping[str, str] = {
    "years": "years",
    "months": "months",
    "weeks": "weeks",
    "days": "days",
    "h": "hours",
    "min": "minutes",
    "s": "seconds",
}


def duration_words(value: str | None, mod: str | None = None) -> str:
    """``PT6H`` → ``6 h``, ``PT1H30M`` → ``1 h 30 min``, ``P2D`` → ``2 days``; unknown shapes stay as is."""
    if not value:
        return MISSING
    match = _DURATION.match(value)
    parts: list[str] = []
    if match:
        for amount, (one, many) in zip(match.groups(), _UNITS, strict=True):
            if amount is None:
                continue
            if amount == "X":
                parts.append(f"several {_UNKNOWN_AMOUNT_UNITS[many]}")
            else:
                parts.append(f"{amount} {one if amount == '1' else many}")
    words = " ".join(parts) if parts else value
    return with_mod(words, mod)


def with_mod(words: str, mod: str | None) -> str:
    """Prefix a value with its TimeML modifier in words (``about``, ``over``); unknown mods in brackets."""
    if not mod:
        return words
    prefix = MOD_WORDS.get(mod)
    return f"{prefix} {words}" if prefix else f"{words} ({mod.lower().replace('_', ' ')})"


def time_words(time: TimeValue | None) -> str:
    """A time value in words: durations humanised, dates and times as their normalised value, and the
    raw ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` as "now", "earlier", "later"."""
    if time is None:
        return MISSING
    if time.value in REF_WORDS:
        return with_mod(REF_WORDS[time.value], time.mod)
    if time.type == "DURATION":
        return duration_words(time.value, time.mod)
    if time.begin or time.finish:
        return with_mod(f"{time.begin or '?'} – {time.finish or '?'}", time.mod)
    return with_mod(time.value or time.text or MISSING, time.mod)


def period_words(period: TimeValue | None) -> str:
    """When a planned round the reports date by no day is expected, as they put it: ``2006-11 (“later
    this month”)``, ``“soon”``, ``“in the coming days”``."""
    if period is None:
        return MISSING
    said = "“" + " ".join(period.text.split()) + "”"
    if period.value in REF_WORDS or period.value.startswith("P"):
        return said
    return f"{period.value} ({said})"


def short_period(period: TimeValue) -> str:
    """The same in few words, for column headings and paths: ``2006-11``, ``“soon”``."""
    if period.value in REF_WORDS or period.value.startswith("P"):
        return period_words(period)
    return period.value


def when_words(round_: Round) -> str:
    """A round's day (its first and last, ``2022-11-21–12-12``, for a round of several days), else the
    stretch of time it was announced for ("next week"), else unknown."""
    if round_.date and round_.end and round_.end != round_.date:
        same_year = round_.end[:5] == round_.date[:5]
        return f"{round_.date}–{round_.end[5:] if same_year else round_.end}"
    if round_.date:
        return round_.date
    return period_words(round_.period) if round_.period is not None else MISSING


def _period_value_words(value: str | None, mod: str | None) -> str:
    if not value:
        return MISSING
    if value in REF_WORDS:
        return with_mod(REF_WORDS[value], mod)
    if value.startswith("P"):
        return f"within {duration_words(value, mod)}"
    return with_mod(value, mod)


def field_value_words(field: str, value: Any) -> str:
    """One source's value of a round field (as kept in ``Round.fields``) in words."""
    if value is None:
        return MISSING
    if isinstance(value, TimeValue):
        return time_words(value)
    if field == "duration" and isinstance(value, Mapping):
        return duration_words(_str_or_none(value.get("value")), _str_or_none(value.get("mod")))
    if field == "period" and isinstance(value, Mapping):
        return _period_value_words(_str_or_none(value.get("value")), _str_or_none(value.get("mod")))
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None) or MISSING
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or MISSING
    return str(value)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def actor_words(actor: Actor) -> str:
    """``Name (role, party)``, leaving out what is unknown or repeats the name."""
    extra = [x for x in (actor.role, actor.party) if x and x != actor.name]
    return f"{actor.name} ({', '.join(extra)})" if extra else actor.name


def third_party_words(third_parties: Iterable[ThirdParty]) -> str:
    """``Turkey (host); Qatar (mediator)``: who else took part in a negotiation, and as what; ``""``
    when nobody did."""
    return "; ".join(f"{t.name} ({t.role})" for t in third_parties)


def said_words(statement: Statement, limit: int | None = None) -> str:
    """What a statement says, as every output shows it: quotation marks only around what the source
    was quoted as saying (they are in ``Statement.text``), and "(reported)" before reported speech."""
    text = " ".join(statement.text.split())
    if statement.quoted and "“" not in text:  # a statement stored before quoted parts were marked
        text = f"“{text}”"
    if limit is not None:
        text = shorten(text, limit)
        if text.count("“") > text.count("”"):
            text += "”"  # cut inside a quotation: close it
    return text if statement.quoted else f"(reported) {text}"


def round_label(round_: Round) -> str:
    """How a round is named in headings and columns: ``#2 1998-10-08`` or whatever is known."""
    parts = []
    if round_.ordinal is not None:
        parts.append(f"#{round_.ordinal}")
    if round_.date:
        parts.append(round_.date)
    elif round_.period is not None:
        parts.append(period_words(round_.period))
    if not parts and round_.city:
        parts.append(round_.city)
    label = " ".join(parts) or round_.id
    return f"{label} ({state_of(round_)})" if round_.planned else label


def state_of(round_: Round) -> str:
    """A round not held in words: "planned", or what became of it ("postponed", "cancelled")."""
    if not round_.planned:
        return "held"
    return round_.fate if round_.fate in ("postponed", "cancelled") else "planned"


def shorten(text: str, limit: int = 160) -> str:
    """Collapse whitespace and cut at a word boundary with an ellipsis, so a quote stays readable."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def date_range(dates: Iterable[str | None]) -> str:
    """``first – last`` of ISO date strings (which sort as text), or one date, or the missing mark."""
    known = sorted(d for d in dates if d)
    if not known:
        return MISSING
    return known[0] if known[0] == known[-1] else f"{known[0]} – {known[-1]}"


#: Characters of a document's first words used as its label when it has no headline.
LABEL_CHARS = 80


def label_words(
    *,
    title: str | None,
    source: str | None,
    published: dt.date | None,
    text: str | None,
    fallback: str,
) -> str:
    """How a document is named wherever it is listed or linked: its headline, else its outlet and
    date, else its first words, and its id only when nothing else is known (a hash means nothing to
    a reader, and an empty label makes an unclickable link)."""
    if title and title.strip():
        return " ".join(title.split())
    if source and source.strip():
        return f"{' '.join(source.split())}, {published.isoformat()}" if published else source.strip()
    if text and text.strip():
        first = text.strip()[: LABEL_CHARS * 4].split("\n", 1)[0]
        return shorten(first, LABEL_CHARS)
    return fallback


def document_label(document: Document) -> str:
    """:func:`label_words` of a document: the one label the terminal, briefing and web pages use."""
    return label_words(
        title=document.title,
        source=document.source,
        published=document.published,
        text=document.text,
        fallback=document.id,
    )


def source_words(document: Document | None, document_id: str) -> str:
    """A source as an analyst names it: outlet and date, else the document's label and date, falling
    back to the document id."""
    if document is None:
        return document_id
    if document.source:
        return f"{document.source}, {document.published.isoformat()}"
    return f"{document_label(document)}, {document.published.isoformat()}"


class Published(Protocol):
    """Anything with a publication date: a document or a store's summary of one."""

    @property
    def published(self) -> dt.date: ...


def said_on(statement: Statement, document: Published | None) -> str:
    """The day a statement was made as a list sorts it: the calendar date it names, else the date of
    the report it was read in (a "now" or "earlier" says nothing a reader can place)."""
    if statement.date is not None and statement.date.value[:4].isdigit():
        return time_words(statement.date)
    return document.published.isoformat() if document is not None else MISSING
