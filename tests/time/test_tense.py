"""normalise_doc: the pipeline's path, where the spaCy parse decides which way a weekday points."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legation.time import normalise, normalise_doc
from legation.time.lexicon import load_time_lexicon
from legation.time.tense import CueTense, Tense

SATURDAY = dt.date(2024, 6, 15)

ROWS = [
    ("Delegations held talks in Geneva on Thursday.", "Thursday", "2024-06-13"),
    ("The ministry said on Friday that the sides agreed on next steps.", "Friday", "2024-06-14"),
    ("A spokeswoman said Tuesday that the agenda was narrow.", "Tuesday", "2024-06-11"),
    ("The delegations will meet on Thursday.", "Thursday", "2024-06-20"),
    ("The two sides plan to meet on Wednesday in Baku.", "Wednesday", "2024-06-19"),
    ("The envoys are meeting on Monday.", "Monday", "2024-06-17"),
    ("The envoys have met on Monday.", "Monday", "2024-06-10"),
    ("The second round is going to start on Tuesday.", "Tuesday", "2024-06-18"),
    ("Talks on Thursday ended without a deal.", "Thursday", "2024-06-13"),
    ("Envoys of the two states were to meet Wednesday in Vienna, officials said.", "Wednesday", "2024-06-19"),
    ("The talks, which were scheduled for Monday, were called off.", "Monday", "2024-06-10"),
    ("Leaders flew in for the summit scheduled on Monday.", "Monday", "2024-06-17"),
    (
        "The talks will end on Wednesday, ahead of a session on Thursday co-chaired by the two ministers.",
        "Thursday",
        "2024-06-20",
    ),
    # a plan in the past perfect is overtaken ("had been due to"), a date qualifying a noun takes no tense
    # from the verb ("follows Tuesday's declaration" is the Tuesday before the report)
    ("The offer had been due to expire Friday evening.", "Friday evening", "2024-06-14TEV"),
    ("The move follows Tuesday's declaration by the mediators.", "Tuesday", "2024-06-11"),
    ("The side is trying to sell itself under a June agreement.", "June", "2024-06"),
    # an infinitive on a noun is ahead, whatever tense the sentence's own verb has
    ("The envoys' meeting, to be held in Baku on Monday, comes ahead of a summit.", "Monday", "2024-06-17"),
    ("The accord to be signed on Tuesday follows months of talks.", "Tuesday", "2024-06-18"),
    # a participle setting a meeting for a weekday points ahead, even in a sentence told in the past
    (
        "Officials said talks with the rebels planned for Monday were unlikely to include the army.",
        "Monday",
        "2024-06-17",
    ),
    # ... and so does a plan told in the present ("set" read as a past by the parse)
    ("The next round of talks is set for Wednesday, but its venue is in doubt.", "Wednesday", "2024-06-19"),
    ("The talks are set for Wednesday, officials said.", "Wednesday", "2024-06-19"),
    # a plan told in the past tense may have had its day already: the nearest such weekday
    ("The envoys' meetings were due to begin on Wednesday but were pushed back.", "Wednesday", "2024-06-12"),
    ("The envoys were scheduled to meet again on Monday.", "Monday", "2024-06-17"),
]

#: (text, expression, value) with an anchor of 2024-11-02: the year follows the parse.
YEARS = [
    # a present perfect takes no date of its own: the deadline is the nearest Nov. 10, not last year's
    ("The mediator has set Nov. 10 as the deadline for replies.", "Nov. 10", "2024-11-10"),
    ("The envoys met on Nov. 10 in Oslo.", "Nov. 10", "2023-11-10"),
    # ... and a noun's date ("a June agreement") no plan verb's: the nearest June
    ("The company is continuing to try to sell itself under a June agreement.", "June", "2024-06"),
    # ... nor a date in a phrase on a noun ("their summit ... in September"): the verb's future is not the
    # summit's
    (
        "The minister would hold follow-up talks with his counterpart on steps taken by both leaders "
        "during their joint summit with the mediator in September, she said.",
        "September",
        "2024-09",
    ),
    # a plan told in the past tense may have passed: the nearest Oct. 25, not next year's
    (
        "The envoys were due to resume their talks in Oslo on Oct. 25 but the round was put off.",
        "Oct. 25",
        "2024-10-25",
    ),
    ("The envoys are due to resume their talks in Oslo on Oct. 25.", "Oct. 25", "2025-10-25"),
    # a reduced relative ("an accord signed on ...") tells a past event, whatever intention follows it
    (
        "The sides had promised in an accord signed in Oslo on Oct. 20 to conclude a treaty.",
        "Oct. 20",
        "2024-10-20",
    ),
    # ... also under a present tense, which is the report's now, not a plan
    ("The announcement follows a regional summit held in Lima on 28 October.", "28 October", "2024-10-28"),
    # "follow" in the present tells what came before, no schedule: the nearest 20 October, not next year's
    ("The talks follow rounds in Lima on 20 October and Quito on 27 October.", "20 October", "2024-10-20"),
    (
        "The deal comes after the envoys signed in Quito on 21 October a declaration.",
        "21 October",
        "2024-10-21",
    ),
]


@pytest.mark.parametrize(("text", "extent", "value"), YEARS)
def test_year_follows_the_parse(nlp: Any, text: str, extent: str, value: str) -> None:
    found = {t.text: t.value for t in normalise_doc(nlp(text), dt.date(2024, 11, 2))}
    assert found[extent] == value


@pytest.mark.parametrize(("text", "extent", "value"), ROWS)
def test_weekday_follows_the_parse(nlp: Any, text: str, extent: str, value: str) -> None:
    doc = nlp(text)
    found = {t.text: t.value for t in normalise_doc(doc, SATURDAY)}
    assert found[extent] == value


def test_offsets_index_doc_text(nlp: Any) -> None:
    doc = nlp("Earlier in the day, envoys met for about five hours. They meet again on Friday.")
    times = normalise_doc(doc, SATURDAY)
    assert [t.text for t in times] == ["Earlier in the day", "about five hours", "Friday"]
    assert all(doc.text[t.start : t.end] == t.text for t in times)


def test_the_text_given_with_the_doc_reads_as_the_doc(nlp: Any) -> None:
    """The pipeline hands over the document's text (spaCy rebuilds ``Doc.text`` on each access)."""
    from legation.time import normalise

    text = "The delegations will meet on Thursday; they met on Monday."
    doc = nlp(text)
    given = normalise_doc(doc, SATURDAY, text)
    assert given == normalise_doc(doc, SATURDAY) == normalise(text, SATURDAY, doc=doc)
    assert [t.value for t in given] == ["2024-06-20", "2024-06-10"]
    assert normalise_doc(nlp(""), SATURDAY, "") == []


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("They will meet on Friday.", Tense.FUTURE),
        ("They met on Friday.", Tense.PAST),
        ("The minister said Friday.", Tense.PAST),
        ("Friday.", Tense.UNKNOWN),
    ],
)
def test_cue_tense(text: str, tense: Tense) -> None:
    start = text.index("Friday")
    assert CueTense(text, load_time_lexicon()).tense(start, start + 6) is tense


# --- the sentence a cue is looked for in (no parse) -------------------------------------------------------

JUNE = "2025-06-10"


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # a title or an initial does not end the sentence: the verb before it still governs the date
        ("Mr. Lee will succeed Ann K. Roy on May 3.", "May 3", "2026-05-03"),
        ("The talks were chaired by Gen. Ames in September.", "September", "2024-09"),
        ("The U.S. envoy will arrive in Hanoi in March.", "March", "2026-03"),
        # a full stop after a lower-case word still ends it
        ("The talks were held in the capital. Envoys meet in July.", "July", "2025-07"),
    ],
)
def test_titles_and_initials_end_no_sentence(text: str, extent: str, value: str) -> None:
    found = {t.text: t.value for t in normalise(text, JUNE)}
    assert found.get(extent) == value, found


TITLES = load_time_lexicon().alternation_forms["abbreviation"]


@settings(max_examples=60, deadline=None)
@given(
    title=st.sampled_from(TITLES),
    initial=st.sampled_from("ABCDEFGHJKLMNPRSTW"),
    future=st.booleans(),
)
def test_any_title_keeps_the_tense_of_its_sentence(title: str, initial: str, future: bool) -> None:
    verb = "will sign" if future else "signed"
    text = f"The minister {verb} the accord with {title}. {initial}. Okafor in August."
    (found,) = normalise(text, JUNE)
    assert found.value == ("2025-08" if future else "2024-08")


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # the verb is more than a dozen words before the date, in a long news sentence
        (
            "The government will name a former central bank governor as the head of its delegation to "
            "the trade and border talks in December.",
            "December",
            "2025-12",
        ),
        (
            "Prices rose on talk about the outcome of the negotiations between the unions and the "
            "employers from a low in November.",
            "November",
            "2024-11",
        ),
    ],
)
def test_the_tense_cue_may_stand_far_from_the_date(text: str, extent: str, value: str) -> None:
    found = {t.text: t.value for t in normalise(text, JUNE)}
    assert found.get(extent) == value, found
