"""Datelines: place, date of writing and agency from hand-written wire openings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.ingest import read_paths
from legation.ingest.datelines import find_dateline, place_name
from legation.model import Document

PUBLISHED = dt.date(2031, 6, 12)


@pytest.mark.parametrize(
    "text, place, written, agency, rest",
    [
        (
            "OSLO, June 11 (NTB) — Norway said talks would resume.",
            "Oslo",
            dt.date(2031, 6, 11),
            "NTB",
            "Norway said",
        ),
        (
            "WASHINGTON (Reuters) - The United States said on Tuesday.",
            "Washington",
            None,
            "Reuters",
            "The United",
        ),
        (
            "GENEVA, March 3 (AP) -- Negotiators met.",
            "Geneva",
            dt.date(2031, 3, 3),
            "Associated Press",
            "Negotiators",
        ),
        ("Vienna: The agency said it would inspect the site next week.", "Vienna", None, None, "The agency"),
        (
            "NEW YORK, June 12 (Reuters) - Diplomats met.",
            "New York",
            dt.date(2031, 6, 12),
            "Reuters",
            "Diplomats",
        ),
        (
            "ST. PETERSBURG, 10 June (Interfax) - Talks ended.",
            "St. Petersburg",
            dt.date(2031, 6, 10),
            "Interfax",
            "Talks",
        ),
        ("NAIROBI, Kenya (AP) — Kenya said.", "Nairobi", None, "Associated Press", "Kenya said."),
        ("LIMA, June 11. /Andina/. Peru and Chile met.", "Lima", dt.date(2031, 6, 11), "Andina", "Peru and"),
        (
            "Canberra, June 11 (AAP) — Australia said.",
            "Canberra",
            dt.date(2031, 6, 11),
            "Australian Associated Press",
            "Australia",
        ),
        ("BERN — Swiss diplomats said.", "Bern", None, None, "Swiss"),
        # a date later in the year than publication is last year's
        (
            "HELSINKI, Dec. 31 (Wire Service) - Talks.",
            "Helsinki",
            dt.date(2030, 12, 31),
            "Wire Service",
            "Talks.",
        ),
        (
            "The Hague: Judges at the court in The Hague ruled on Monday that the case could proceed.",
            "The Hague",
            None,
            None,
            "Judges",
        ),
        ("ARUSHA: Kenyan and Tanzanian negotiators met on Monday.", "Arusha", None, None, "Kenyan"),
        ("Arusha: Kenyan and Tanzanian negotiators met in Arusha on Monday.", "Arusha", None, None, "Kenyan"),
        ("Nairobi: Kenyan and Tanzanian negotiators met on Monday.", "Nairobi", None, None, "Kenyan"),
        # a report filed from several places: the first is where it was written
        (
            "NAIROBI/DODOMA, June 11 (Reuters) - Kenya said.",
            "Nairobi",
            dt.date(2031, 6, 11),
            "Reuters",
            "Kenya said",
        ),
        ("NAIROBI/DAR ES SALAAM (Reuters) - Kenya said.", "Nairobi", None, "Reuters", "Kenya said"),
        # with its year, as some agencies write it
        ("OSLO, June 11, 2031 (NTB) - Norway said.", "Oslo", dt.date(2031, 6, 11), "NTB", "Norway said"),
        ("OSLO, 11 June 2031 (NTB) - Norway said.", "Oslo", dt.date(2031, 6, 11), "NTB", "Norway said"),
        # a year that cannot be the year of writing is not believed: the day is read as usual
        ("OSLO, June 11, 2035 (NTB) - Norway said.", "Oslo", dt.date(2031, 6, 11), "NTB", "Norway said"),
        # a title-case place and a long dash, then a sentence: a place the gazetteer knows or the report
        # names again
        ("Nairobi – Kenyan envoys met on Monday.", "Nairobi", None, None, "Kenyan envoys"),
        ("Arusha Town – The envoys met in Arusha Town.", "Arusha Town", None, None, "The envoys"),
        # a colon after the agency's parenthesis, as some outlets write it
        ("ARUSHA (Habari): The envoys met on Monday.", "Arusha", None, "Habari", "The envoys"),
        ("Arusha (Reuters): The envoys met on Monday.", "Arusha", None, "Reuters", "The envoys"),
    ],
)
def test_datelines(text: str, place: str, written: dt.date | None, agency: str | None, rest: str) -> None:
    found = find_dateline(text, PUBLISHED)
    assert found is not None
    assert (found.place, found.written, found.agency) == (place, written, agency)
    assert text[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Tanzania met in Arusha on Monday.",
        "Analysis: The talks in Arusha went well for both sides, diplomats said.",
        "Update: Kenyan and Tanzanian officials will meet again next week.",
        "Mwangi: “We are ready to reopen the border,” he said.",
        "Ruto: We will reopen the crossings next month, he said.",
        "Talks resumed - the ministry said so on Monday.",
        "Amina Odhiambo (pictured) - the envoy, arrived.",
        "Arusha: talks",
        # headline prefixes: a name, a label, a column; nothing says they are places
        "Odhiambo: Kenya will reopen the border crossings next month if Tanzania agrees.",
        "Poll: Most Kenyans back reopening the border crossings with Tanzania.",
        "The Latest: Kenyan and Tanzanian negotiators meet in Arusha for a second day.",
        "Amina Odhiambo: Border talks with Tanzania are close to a deal on customs posts.",
        "Explained: Why the border crossings between Kenya and Tanzania were closed.",
        # a long dash after words that name no place, or before no sentence
        "Border Talks – What Next for Kenya and Tanzania.",
        "Nairobi – a look back at the talks.",
        # brackets before a colon that name no agency
        "NATO (file): The alliance met on Monday.",
        "Amina Odhiambo (pictured): The envoy arrived on Monday.",
    ],
)
def test_what_is_not_a_dateline(text: str) -> None:
    assert find_dateline(text, PUBLISHED) is None


@pytest.mark.parametrize(
    "raw, name",
    [
        ("NEW YORK", "New York"),
        ("PORT-AU-PRINCE", "Port-Au-Prince"),
        ("Oslo", "Oslo"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
    ],
)
def test_place_names(raw: str, name: str) -> None:
    assert place_name(raw) == name


def test_a_dateline_sets_place_anchor_and_source_and_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        " date 2031-06-12\n\nARUSHA, Tanzania, June 11 (Reuters) - Kenya and Tanzania agreed on Tuesday to "
        "reopen two border crossings.\n\nTrade ministers said customs officers would share one post.\n",
        encoding="utf-8",
    )
    (doc,) = read_paths([path])
    assert isinstance(doc, Document)
    assert (doc.dateline_place, doc.written, doc.source) == ("Arusha", dt.date(2031, 6, 11), "Reuters")
    assert doc.anchor == dt.date(2031, 6, 11)
    assert doc.text.startswith("Kenya and Tanzania agreed on Tuesday")


def test_a_known_source_is_not_replaced_by_the_agency(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"published": "2031-06-12", "source": "Lake Times", '
        '"text": "KAMPALA (AFP) - Uganda and Kenya met on the lake border."}\n',
        encoding="utf-8",
    )
    (doc,) = read_paths([path])
    assert isinstance(doc, Document) and doc.source == "Lake Times" and doc.dateline_place == "Kampala"


@pytest.mark.parametrize(
    "text, place",
    [
        ("NAIROBI, Kenya (AP) _ Officials said.", "Nairobi"),
        ("CANBERRA, Australia (AP)_ Officials said.", "Canberra"),
        ("DAR ES SALAAM, Tanzania (AP) -- Officials said.", "Dar es Salaam"),
        ("INDEPENDENCE, MO. (AP)-- Officials said.", "Independence"),
    ],
)
def test_older_wire_styles(text: str, place: str) -> None:
    found = find_dateline(text, PUBLISHED)
    assert found is not None and found.place == place and text[found.end :] == "Officials said."


@pytest.mark.parametrize(
    "text",
    [
        "NORTHWIND RENT-A-CAR Corp. said it declared a dividend.",
        "PROGRAM TRADING is being curbed by more firms.",
        "EASTERN SHIPPING Inc. cut its quarterly dividend.",
    ],
)
def test_capitals_opening_a_business_story_are_not_datelines(text: str) -> None:
    assert find_dateline(text, PUBLISHED) is None


@given(st.text(max_size=300), st.dates(min_value=dt.date(1900, 1, 1)))
def test_any_text_leaves_the_dateline_reader_without_an_exception(text: str, published: dt.date) -> None:
    found = find_dateline(text, published)
    assert found is None or (
        0 < found.end <= len(text)
        and (found.written is None or found.written <= published + dt.timedelta(days=2))
    )


@pytest.mark.parametrize(
    "text, published, written",
    [
        # a day or two after the file's date: the day of writing, not the same day a year before
        ("SEOUL, Dec 14 (AFP) - Envoys met.", dt.date(2006, 12, 13), dt.date(2006, 12, 14)),
        ("SEOUL, Dec 15 (AFP) - Envoys met.", dt.date(2006, 12, 13), dt.date(2006, 12, 15)),
        ("BEIJING, Jan. 1 (Xinhua) -- Envoys met.", dt.date(2005, 12, 31), dt.date(2006, 1, 1)),
        ("BEIJING, Jan. 2 (Xinhua) -- Envoys met.", dt.date(2005, 12, 31), dt.date(2006, 1, 2)),
        # three days after is no longer a slip of the file's date: last year's day
        ("SEOUL, Dec 16 (AFP) - Envoys met.", dt.date(2006, 12, 13), dt.date(2005, 12, 16)),
        ("SEOUL, Dec 12 (AFP) - Envoys met.", dt.date(2006, 12, 13), dt.date(2006, 12, 12)),
    ],
)
def test_a_dateline_just_after_publication_is_the_day_of_writing(
    text: str, published: dt.date, written: dt.date
) -> None:
    found = find_dateline(text, published)
    assert found is not None and found.written == written


def test_a_document_anchor_keeps_its_year_when_the_dateline_is_a_day_late(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"published": "2031-03-09", "text": "OSLO, March 10 (NTB) - Envoys met on Tuesday and agreed to '
        'meet again."}\n',
        encoding="utf-8",
    )
    (doc,) = read_paths([path])
    assert isinstance(doc, Document) and doc.anchor == dt.date(2031, 3, 10)


def test_a_dateline_two_days_late_across_new_year_keeps_every_date_in_its_year(tmp_path: Path) -> None:
    """Issue 10, item 4: the dateline is the day of writing, never a reason to move the year; the dates
    of the story are then read against it (past → the latest such day, future → the next one)."""
    from legation.time import normalise

    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"published": "2030-12-31", "text": "OSLO, Jan. 2 (NTB) - Envoys met on December 30 and will '
        'meet again on January 10."}\n',
        encoding="utf-8",
    )
    (doc,) = read_paths([path])
    assert isinstance(doc, Document) and doc.anchor == dt.date(2031, 1, 2)
    values = {t.text: t.value for t in normalise(doc.text, doc.anchor)}
    assert values == {"December 30": "2030-12-30", "January 10": "2031-01-10"}
