"""The furniture filter: the bundled patterns, what they must never drop, and the data file checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.errors import LexiconError
from legation.ingest import read_paths
from legation.ingest.boilerplate import bundled_boilerplate, load_boilerplate
from legation.ingest.clean import clean_text
from legation.model import Document
from legation.pipeline import analyse, build_dossier

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
    # bylines with the agency or a title after the name
    "Ana Lima, Reuters",
    "Ana Lima and Tom Berg, Associated Press",
    "ANA LIMA, AFP",
    "Ana Lima | Xinhua",
    "Ana Lima, AP Diplomatic Writer",
    "Ana Lima — Nairobi correspondent",
    "(Reporting by Ana Lima; Editing by Tom Berg)",
    # relative timestamps
    "1 month ago",
    "Updated 3 hours ago",
    "Updated: 5 days ago",
    "2 yrs ago",
    "a year ago",
    # agency slugs
    "(AFP)",
    "-- Xinhua",
    "al/tb",
    "bur-al/tb",
    "ENDS",
    # captions ending with their credit
    "Delegates arrive for the border talks in Arusha. (Photo: Ana Lima/AFP)",
    "Delegates arrive for the border talks in Arusha. REUTERS/Ana Lima",
    # related-article titles
    "Related: Kenya and Tanzania reopen border posts",
    "READ MORE: Border talks stall in Arusha",
    "More stories",
    "Related articles: Envoys meet in Dodoma",
    "Previously on The Daily Planet: Kenya rejects the Arusha offer",
    "Earlier on Planet News: Border talks stall",
    # several pieces of furniture on one line
    "By Ana Lima | Published May 12, 2031",
    "May 12, 2031 · 3 min read",
    "By Ana Lima, Reuters · Updated 12 May 2031 14:03 GMT",
    "May 12, 2031 at 10:14 a.m. EDT",
    # credits to a desk
    "Staff and agencies",
    "Agencies",
    # a reporter's note closing a web story
    "Ana Lima covers East Africa for The Daily Planet. She has reported on the border talks since 2029.",
    "Ana Lima is the Planet's East Africa correspondent.",
    # a wire story's closing credit: where its reporter filed from, and who contributed
    "Lima reported from Arusha, Tanzania. Wire writer Jon Moss in Nairobi contributed.",
    "Wire writers Jon Moss in Nairobi, Kenya, and Eva Hart in Kampala contributed to this report.",
]

CONTENT = [
    "Lima reported from Arusha that the border talks had ended without a deal.",
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
    "Ana Lima, the Kenyan trade minister, said talks would resume.",
    "Kenya and Tanzania met a month ago in Arusha.",
    "Two years ago, the border posts were closed.",
    "The Kenyan delegation (pictured) arrived in Arusha on Monday.",
    "Reuters and AFP reported that the talks ended.",
    "Related issues such as visas were left for later.",
    "Previously on Tuesday the envoys had met in Arusha: no deal was reached.",
    "Earlier on the same day, the talks stalled.",
    "Previously on Monday the envoys met: the talks failed.",
    "More than 40 officials attended the talks.",
    "Kenya | Border talks resume in Arusha",
    "Staff at the embassy were sent home.",
    "Agencies said the talks would resume.",
    "The Arusha Accord covers customs posts for ten years.",
    "Ana Lima covers the customs posts for Kenyan traders.",
    "Ana Lima is a former journalist who now leads the Kenyan delegation.",
    "Trade Minister Ana Lima is the chief negotiator for Kenya.",
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


def test_titles_listed_under_a_bare_navigation_heading_are_dropped_with_it() -> None:
    raw = (
        "Kenya and Tanzania resumed border talks on Monday.\n"
        "Read more:\n"
        "Envoys meet in Dodoma\n"
        "Tanzania reopens two border posts\n\n"
        "The next round is due in May."
    )
    kept = "Kenya and Tanzania resumed border talks on Monday.\n\nThe next round is due in May."
    assert clean_text(raw) == kept


def test_listed_titles_that_ask_a_question_are_titles_too() -> None:
    raw = (
        "Kenya and Tanzania resumed border talks on Monday.\n\n"
        "Read more:\n"
        "Why does the border matter?\n"
        "Tanzania reopens two border posts"
    )
    assert clean_text(raw) == "Kenya and Tanzania resumed border talks on Monday."


def test_lines_around_dropped_furniture_are_not_joined_into_one_sentence() -> None:
    raw = (
        "Kenya and Tanzania agree border deal after Arusha talks\n"
        "11 June 2024\n"
        "Share\n"
        "Getty Images\n"
        "Kenya's trade minister (left) and her Tanzanian counterpart leave the talks\n\n"
        "Kenya and Tanzania said they had agreed to reopen the border."
    )
    assert clean_text(raw) == (
        "Kenya and Tanzania agree border deal after Arusha talks\n\n"
        "Kenya and Tanzania said they had agreed to reopen the border."
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


PAGE = """Kenya and Tanzania agree to reopen border posts

By Ana Lima, Reuters

Updated 3 hours ago

Kenyan and Tanzanian negotiators met in Arusha on Monday for a second round of talks on reopening two
border crossings, the Kenyan foreign ministry said.

Delegates arrive for the talks in Arusha. (Photo: Tom Berg/AFP)

Related: Uganda and Rwanda hold trade talks in Kigali

The two sides agreed on a joint customs post, Kenyan trade minister Amina Odhiambo said.

1 month ago

READ MORE: Ethiopia and Somalia discuss port access in Ankara

al/tb
"""


def test_page_furniture_yields_no_speaker_party_round_or_issue(tmp_path: Path, nlp: Any) -> None:
    """Bylines, timestamps, captions, slugs and related-article titles are dropped before analysis, so the
    byline's name is no speaker, the related stories' countries no parties, "1 month ago" no round."""
    path = tmp_path / "page.txt"
    path.write_text(" date 2031-06-12\n\n" + PAGE, encoding="utf-8")
    (doc,) = read_paths([path])
    assert isinstance(doc, Document)
    for furniture in ("Ana Lima", "hours ago", "Photo", "Uganda", "Ethiopia", "month ago", "al/tb"):
        assert furniture not in doc.text
    assert doc.text.startswith("Kenyan and Tanzanian negotiators met in Arusha")
    dossier = build_dossier(analyse([doc], nlp=nlp))
    speakers = {s.speaker.name for t in dossier.tracks for s in t.statements}
    parties = {p for t in dossier.tracks for p in t.parties}
    rounds = [r for t in dossier.tracks for r in t.rounds]
    assert not any("Lima" in (name or "") or "Berg" in (name or "") for name in speakers)
    assert parties <= {"Kenya", "Tanzania"}
    assert all(r.date in (None, "2031-06-09") for r in rounds)
