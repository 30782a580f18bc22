"""Spellings of one person's name, and of one venue, across reports."""

from __future__ import annotations

import pytest

from legation.fuse.names import name_words, same_person, same_venue, surname_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Kye-gwan", "Kim Kye Gwan"),  # hyphen or space
        ("Kim Kye-gwan", "Kim Gye Gwan"),  # g/k transliteration of one syllable
        ("Park Jae-sun", "Park Jaesun"),  # syllables written together
        ("Mahmoud Abed", "Mahmud Abed"),  # one vowel fewer
        ("Saeb Arekat", "Saeb Arakat"),
        ("Sergei Ivanov", "Sergey Ivanov"),
        ("Bruno Karasu", "Bruno Kasaru"),  # a typo swapping two letters of a long surname
        ("José Núñez", "Jose Nunez"),  # dropped diacritics
        ("Mr Nunez", "José Núñez"),  # the surname alone after the full name
        ("Mr. Kim", "Kim Kye-gwan"),  # a surname given first
        ("Chris Holm", "Christopher Holm"),  # a short given name
        ("Alan B. Ortega", "Alan Ortega"),  # a middle initial in one report only
        ("J. Ortega", "Jorge Ortega"),
        ("al-Hadi", "Omar al-Hadi"),  # a surname's particle, with and without the given name
        ("Hadi", "Omar al-Hadi"),
        ("de Souza", "Marta de Souza"),
        ("Omar Abdelkarim", "Omar Abdel-Karem"),  # a surname written as one word and spelled otherwise
        ("Yusuf Dabbas", "Yoosef Dabbas"),  # a given name transliterated with other vowels
        ("Yusuf Dabbas", "Yoosef Kamal Dabbas"),
        ("Tarek Rafiq", "Tarek Rafig"),  # one sound written q, k or g, doubled letters once
        ("Tarek Rafiq", "Tareq Raffik"),
        ("Nabil Choukry", "Nabil Shoukri"),  # the "ou" and final "y" of a French transcription
        ("Abu Salim Karimi", "Abusalim al-Qarimi"),  # a compound given name written as one word
    ],
)
def test_spellings_of_one_person_are_one_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jane Doe", "John Doe"),  # two people sharing a surname
        ("Kim Jong Il", "Kim Jong Un"),
        ("Kim Kye-gwan", "Kim Myong Gil"),
        ("Raul Ortega", "Fidel Ortega"),
        ("Ana Ruiz", "Ana Ortiz"),  # sharing a given name
        ("Ortega", "Ana Ruiz"),
        ("Jane Doe", "Jane Dove Smith"),
        ("Ben Hadi", "Omar al-Hadi"),  # a capitalised given name is no particle
        ("Omar Abdelkarim", "Omar Abdel-Rahim"),  # one given name, two surnames a few letters apart
        ("Dan Ortega", "Don Ortega Ruiz"),
        ("Nabil Hassan", "Nabil Hussein"),  # a surname's vowels tell two names apart
    ],
)
def test_different_people_stay_apart(a: str, b: str) -> None:
    assert not same_person(a, b)
    assert not same_person(b, a)


def test_name_words_fold_case_diacritics_hyphens_and_honorifics() -> None:
    assert name_words("Mr. Kim Kye-gwan") == ["kim", "kye", "gwan"]
    assert name_words("Núñez") == ["nunez"]
    assert surname_key("Kim Kye-gwan") == surname_key("Kim Gye Gwan") == "gwan"


def test_venue_spellings() -> None:
    assert same_venue("Çırağan Palace", "Ciragan Palace")
    assert same_venue("the Ciragan Palace", "Chiragan Palace")  # one letter of transliteration
    assert same_venue("Raghdan Palace", "the Raghdan Palace in Amman")
    assert not same_venue("Raghdan Palace", "Foreign Ministry")
    assert not same_venue("Hotel Lux", "Hotel Metropol")
