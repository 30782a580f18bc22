"""The furniture filter: the bundled patterns, what they must never drop, and the data file checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.errors import LexiconError
from legation.ingest.boilerplate import bundled_boilerplate, load_boilerplate
from legation.ingest.clean import clean_text

FURNITURE = [
    "Advertisement",
    "ADVERTISEMENT",
    "Share this article",
    "Subscribe",
    "Support our journalism",
    "Updated 14:03 GMT",
    "Last updated: 9 October 2031",
    "Published 2 hours ago",
    "Photo: Handout",
    "(Photo by Ana Lima/AFP via Getty Images)",
    "Read more: Border talks stall in Arusha",
    "Sign up for our weekly diplomacy newsletter",
    "Follow us on Telegram",
    "Copy link",
    "By Ana Lima and Tom Berg",
    "Reporting by Ana Lima; Editing by Tom Berg",
    "4 min read",
]

CONTENT = [
    "Sources said the talks in Arusha would resume next week.",
    "Related talks on border trade were held in Nairobi last month.",
    "Topics discussed included customs posts and visas.",
    "Watchdog groups said the deal was weak.",
    "Photo opportunities dominated the summit in Arusha.",
    "Video footage showed the delegations arriving.",
    "By Tuesday the talks had collapsed.",
    "Share prices rose after the agreement was announced.",
    "Subscribers to the treaty met in Vienna.",
    "The ministry said on Monday, 9 October 2031, that talks would resume.",
    "Reuters reported that the talks ended without a deal.",
    "Comments by the Kenyan minister were welcomed in Dodoma.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_recognised(line: str) -> None:
    assert bundled_boilerplate().is_furniture(line)


@pytest.mark.parametrize("line", CONTENT)
def test_sentences_are_never_furniture(line: str) -> None:
    assert not bundled_boilerplate().is_furniture(line)


def test_clean_text_drops_whole_furniture_lines_and_keeps_paragraphs() -> None:
    raw = (
        "Kenya and Tanzania agreed to reopen two border crossings.\r\n"
        "Advertisement\n"
        "\n\n\n"
        "Photo: Kenyan trade ministry\n"
        "Trade   ministers\u00a0from both countries said customs officers\n"
        "would share one inspection post.\n"
        "\n"
        "Share this article\n"
        "\n"
        "   Read more: Arusha summit ends   \n"
    )
    assert clean_text(raw) == (
        "Kenya and Tanzania agreed to reopen two border crossings.\n\n"
        "Trade ministers from both countries said customs officers would share one inspection post."
    )


def test_a_sentence_mentioning_furniture_words_is_kept_whole() -> None:
    raw = "Officials said the advertisement campaign for the referendum would share costs.\n\nAdvertisement"
    assert (
        clean_text(raw) == "Officials said the advertisement campaign for the referendum would share costs."
    )


def test_one_paragraph_per_line_texts_keep_their_paragraphs() -> None:
    raw = "Talks resume in Arusha\nKenya and Tanzania met on Monday.\nThey agreed to meet again."
    assert clean_text(raw) == (
        "Talks resume in Arusha\n\nKenya and Tanzania met on Monday.\n\nThey agreed to meet again."
    )


def test_every_bad_entry_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "furniture.yaml"
    path.write_text(
        "entries:\n"
        "  - {kind: advert, pattern: 'advert(', examples: [advert]}\n"
        "  - {kind: share, pattern: 'share', examples: [Share now]}\n"
        "  - {kind: nonsense, pattern: 'x', examples: [x]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as caught:
        load_boilerplate(path)
    problems = caught.value.problems
    assert len(problems) == 1 and f"{path}:4: kind: 'nonsense' is not one of" in problems[0]
    path.write_text(
        "entries:\n"
        "  - {kind: advert, pattern: 'advert(', examples: [advert]}\n"
        "  - {kind: share, pattern: 'share', examples: [Share now]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as caught:
        load_boilerplate(path)
    assert [p.split(": ", 2)[:2] for p in caught.value.problems] == [
        [f"{path}:2", "pattern"],
        [f"{path}:3", "examples"],
    ]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_cleaning_any_text_is_idempotent_and_leaves_single_blank_lines(raw: str) -> None:
    cleaned = clean_text(raw)
    assert clean_text(cleaned) == cleaned
    assert "\n\n\n" not in cleaned and cleaned == cleaned.strip()
