"""Language identification: English, other languages, and short texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from legation.ingest import read_paths
from legation.ingest.language import detect_language
from legation.model import Document


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The delegations of Kenya and Tanzania met in Arusha on Monday to discuss the reopening of two "
            "border crossings, and agreed to meet again next month.",
            "en",
        ),
        (
            "Les délégations du Kenya et de la Tanzanie se sont réunies lundi à Arusha pour discuter de la "
            "réouverture de deux postes frontières, et ont convenu de se revoir le mois prochain.",
            "fr",
        ),
        (
            "Die Delegationen Kenias und Tansanias trafen sich am Montag in Arusha, um über die "
            "Wiedereröffnung von zwei Grenzübergängen zu beraten, und vereinbarten "
            "ein weiteres Treffen im nächsten Monat.",
            "de",
        ),
        (
            "Делегации Кении и Танзании встретились в понедельник в Аруше, чтобы обсудить открытие двух "
            "пограничных переходов, и договорились встретиться снова в следующем месяце.",
            "ru",
        ),
        ("Talks resumed.", "en"),  # too short for the identifier to be sure: English by default
        ("Kremlin says no", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_confident_short_foreign_text_is_not_forced_to_english() -> None:
    assert detect_language("Les délégations se sont réunies à Genève mardi.") == "fr"


def test_other_languages_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(
        "Les délégations du Kenya et de la Tanzanie se sont réunies lundi à Arusha pour discuter de la "
        "réouverture de deux postes frontières.\n",
        encoding="utf-8",
    )
    (doc,) = read_paths([path], date=dt.date(2031, 6, 1))
    assert isinstance(doc, Document) and doc.language == "fr"
