"""The seed date line and plain text: hypothesis round-trips and garbage, and the headline rule."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.errors import BadDate, BadDateLine
from legation.ingest import read_paths
from legation.ingest.dates import date_in_name
from legation.ingest.text import parse_date_line

_VALID_SHAPE = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}(\s.*)?", re.IGNORECASE | re.DOTALL)
_SPACES = st.text(alphabet=" \t", max_size=3)
_HEADLINE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=60
).filter(lambda s: s.strip() == s)


@given(day=st.dates(min_value=dt.date(1000, 1, 1)), before=_SPACES, after=_SPACES, headline=_HEADLINE)
def test_any_valid_date_line_round_trips(day: dt.date, before: str, after: str, headline: str) -> None:
    line = f"{before}date {day.isoformat()}{' ' + headline if headline else ''}{after}"
    published, rest = parse_date_line(line, "a.txt")
    assert published == day
    assert rest == headline.strip()


@given(
    line=st.text(alphabet=st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)), max_size=80)
)
def test_any_garbage_first_line_is_a_bad_date_line(line: str) -> None:
    if _VALID_SHAPE.fullmatch(line):
        return  # the right shape: covered by the other tests
    with pytest.raises(BadDateLine) as caught:
        parse_date_line(line, "a.txt")
    assert caught.value.line == 1 and "give --date" in str(caught.value)


@pytest.mark.parametrize("line", [" date 2023-02-29 ", "date 2024-13-01", " date 2024-00-10 Talks resume"])
def test_a_date_that_is_not_on_the_calendar_is_a_bad_date(line: str) -> None:
    with pytest.raises(BadDate, match=r"a\.txt:1: .* is not a calendar date"):
        parse_date_line(line, "a.txt")


def test_message_quotes_the_first_line_and_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Lisbon hosts water talks between Spain and Portugal on the Tagus\nText.\n", encoding="utf-8"
    )
    (error,) = read_paths([path])
    assert isinstance(error, BadDateLine)
    assert str(error) == (
        f"{path}:1: expected ' date YYYY-MM-DD ' on the first line or a date (YYYY-MM-DD) in the file name, "
        "found 'Lisbon hosts water talks between Spain …'; "
        "give --date for plain text"
    )


@pytest.mark.parametrize(
    "content, title, text_starts",
    [
        # headline on the date line
        (
            " date 2030-05-02 Water talks open in Lisbon\n\nSpain and Portugal met.\n",
            "Water talks open in Lisbon",
            "Spain and Portugal met.",
        ),
        # a sentence on the date line is the lead, not a headline
        (
            "date 2030-05-02 Spain and Portugal met in Lisbon, officials said.\n\nThey met again.\n",
            None,
            "Spain and Portugal met in Lisbon, officials said.\n\nThey met again.",
        ),
        # headline on its own line under a bare date line
        (
            " date 2030-05-02 \nWater talks open in Lisbon\n\nSpain and Portugal met on the Tagus.\n",
            "Water talks open in Lisbon",
            "Spain and Portugal met on the Tagus.",
        ),
        # no headline at all
        (
            " date 2030-05-02\nSpain and Portugal met on the Tagus.\n",
            None,
            "Spain and Portugal met on the Tagus.",
        ),
    ],
)
def test_headline_rule(tmp_path: Path, content: str, title: str | None, text_starts: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    (doc,) = read_paths([path])
    assert not isinstance(doc, Exception)
    assert doc.published == dt.date(2030, 5, 2)
    assert doc.title == title
    assert doc.text.startswith(text_starts)


def test_plain_text_takes_the_given_date_and_a_date_line_wins_over_it(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Chile and Peru held talks on water rights in Arica.\n", encoding="utf-8")
    dated = tmp_path / "dated.txt"
    dated.write_text(
        " date 2030-01-09\nChile and Peru held talks on water rights in Arica.\n", encoding="utf-8"
    )
    docs = list(read_paths([plain, dated], date=dt.date(2030, 2, 1)))
    assert [d.published for d in docs] == [dt.date(2030, 2, 1), dt.date(2030, 1, 9)]  # type: ignore[union-attr]


_PLAIN = "Harbour talks between two ministers\n\nThe ministers of Ruritania and Freedonia met on Tuesday.\n"


@pytest.mark.parametrize(
    "name, day",
    [
        ("gazette_2031-03-06_harbour-talks.txt", dt.date(2031, 3, 6)),
        ("WIRE_ENG_20310306.0042.txt", dt.date(2031, 3, 6)),
        ("2031-03-06.txt", dt.date(2031, 3, 6)),
    ],
)
def test_plain_text_takes_its_date_from_the_file_name(tmp_path: Path, name: str, day: dt.date) -> None:
    path = tmp_path / name
    path.write_text(_PLAIN, encoding="utf-8")
    (doc,) = read_paths([path])
    assert not isinstance(doc, Exception)
    assert doc.published == day
    # read as plain text with --date is: the headline-like first line is the title
    assert doc.title == "Harbour talks between two ministers"
    assert doc.text.startswith("The ministers of Ruritania")


def test_the_date_line_wins_over_the_file_name_and_the_file_name_over_the_given_date(tmp_path: Path) -> None:
    lined = tmp_path / "gazette_2031-03-06_lined.txt"
    lined.write_text(f" date 2031-03-05\n{_PLAIN}", encoding="utf-8")
    named = tmp_path / "gazette_2031-03-06_named.txt"
    named.write_text(_PLAIN, encoding="utf-8")
    plain = tmp_path / "gazette_plain.txt"
    plain.write_text(_PLAIN, encoding="utf-8")
    docs = list(read_paths([lined, named, plain], date=dt.date(2031, 4, 1)))
    assert [d.published for d in docs] == [  # type: ignore[union-attr]
        dt.date(2031, 3, 5),
        dt.date(2031, 3, 6),
        dt.date(2031, 4, 1),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "gazette_2031-02-30_slug.txt",  # not on the calendar
        "from-2031-03-06-to-2031-03-08.txt",  # two dates: which one was the publication?
        "report-123120310306.txt",  # inside a longer run of digits
        "report-31120306.txt",  # eight digits that are no year of ours
    ],
)
def test_a_file_name_without_one_clear_date_gives_no_date(tmp_path: Path, name: str) -> None:
    assert date_in_name(name) is None
    path = tmp_path / name
    path.write_text(_PLAIN, encoding="utf-8")
    (error,) = read_paths([path])
    assert isinstance(error, BadDateLine)
    assert str(error).startswith(f"{path}:1: expected ' date YYYY-MM-DD ' on the first line or a date")


def test_the_same_date_twice_in_a_name_is_one_date_and_folders_do_not_count() -> None:
    assert date_in_name("2031-03-06/gazette_2031-03-06_20310306.txt") == dt.date(2031, 3, 6)
    assert date_in_name("2031-03-06/gazette.txt") is None
    assert date_in_name("https://example.org/2031/news_2031-03-07.txt") == dt.date(2031, 3, 7)
