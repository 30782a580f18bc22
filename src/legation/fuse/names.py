"""One person, one venue: the spellings reports give one name are compared here.

Agencies spell a name their own way ("Kim Kye-gwan", "Kim Gye Gwan"), drop diacritics ("Çırağan",
"Ciragan"), transliterate one letter differently ("Sergei", "Sergey"; "Erekat", "Erakat"), mistype
("Karaha", "Kahara") or give the surname alone after the full name ("Mr Hill"). Two names are one
person's when, word by word, they differ by no more than that; two people who only share a surname
("Jane Doe", "John Doe"; "Kim Jong Il", "Kim Jong Un") stay two. Edit distances are jellyfish's.
"""

from __future__ import annotations

import re

import jellyfish

from legation.fuse.keys import fold
from legation.lexicon import word_list

#: Words before a name that are no part of it: "Mr Hill" is Hill.
_HONORIFICS = word_list("fuse_lists.yaml", "honorifics")
#: Lower-case particles before a surname, which reports give or leave out ("al-Maliki", "Maliki").
_PARTICLES = frozenset({
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn",
    "de", "del", "della", "der", "di", "du", "da", "dos", "la", "le", "van", "von",
})  # fmt: skip


def name_words(name: str) -> list[str]:
    """A name's words, case and diacritics folded, hyphens and dots as spaces, honorifics dropped:
    "Mr. Kim Kye-gwan" → ["kim", "kye", "gwan"]."""
    raw = re.sub(r"[-.'’]", " ", name).split()
    # a lower-case particle of a surname is left out: "al-Maliki" / "Nuri al-Maliki", "de Villepin"
    words = [fold(w) for i, w in enumerate(raw) if not (w in _PARTICLES and i < len(raw) - 1)]
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return words


def surname_key(name: str) -> str:
    """The word two spellings of one person most surely share: the last word of the folded name."""
    words = name_words(name)
    return words[-1] if words else ""


def same_word(a: str, b: str, *, given: bool = True) -> bool:
    """Whether two folded words are spellings of one name word: equal; a letter apart ("kye" / "gye",
    "sergei" / "sergey"); in long words two letters apart ("karaha" / "kahara"); and for a given name
    (not a surname) the initial or the short form of the other ("j" / "jane", "chris" / "christopher",
    "bizima" / "bizimana")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1:
        return given and long_.startswith(short)
    if given and len(short) >= 4 and long_.startswith(short):
        return True
    if len(short) < 3:
        return False
    distance = jellyfish.damerau_levenshtein_distance(a, b)
    if distance <= 1 or (distance <= 2 and len(short) >= 6 and a[0] == b[0]):
        return True
    if len(short) >= 4 and _sounds(a) == _sounds(b):
        return True  # one sound written otherwise: "siddiq" / "sidig", "choukri" / "shukry"
    # a given name transliterated with other vowels ("yasser" / "yasir", "mohammed" / "muhammad")
    if not given or len(short) < 4 or a[0] != b[0]:
        return False
    skeleton = _skeleton(a)
    return len(skeleton) >= 3 and skeleton == _skeleton(b)


#: Spellings of one sound in transliterated names, each with the one spelling it is read as: the uvular
#: "q" written "k" or "g", the "ch" and "ou" of French transcription, "y" or "ee" for "i".
_SOUNDS = (
    ("ou", "u"), ("ee", "i"), ("ch", "sh"), ("q", "k"), ("g", "k"), ("ck", "k"), ("ph", "f"), ("y", "i"),
)  # fmt: skip


def _sounds(word: str) -> str:
    """A word as its sounds: one spelling for each sound of :data:`_SOUNDS`, doubled letters once."""
    for written, sound in _SOUNDS:
        word = word.replace(written, sound)
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _skeleton(word: str) -> str:
    """A word's first letter and consonants, doubled ones once: what transliterations of one name keep
    ("yasser" and "yasir": "ysr")."""
    consonants = [c for i, c in enumerate(word) if i == 0 or c not in "aeiouy"]
    return "".join(c for i, c in enumerate(consonants) if i == 0 or c != consonants[i - 1])


def same_person(a: str, b: str) -> bool:
    """Whether two names are one person's (see the module docstring)."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    joined = "".join(wa), "".join(wb)
    if joined[0] == joined[1]:
        return True  # "Kim Kyegwan" / "Kim Kye Gwan"
    if (
        len(wa) != len(wb)
        and (same_word(wa[0], wb[0]) or wa[0].startswith(wb[0]) or wb[0].startswith(wa[0]))
        and min(map(len, joined)) >= 10
        and jellyfish.damerau_levenshtein_distance(*joined) <= 1
    ):
        return True  # split and spelled otherwise: "Mohamed Abdelaty" / "Mohamed Abdel-Ati"
    if len(wa) == 1 or len(wb) == 1:
        (word,), full = (wa, wb) if len(wa) == 1 else (wb, wa)
        if len(word) < 3:
            return False
        # the surname alone: the last word, or the first of a three-word name given surname first
        return same_word(word, full[-1], given=False) or (
            len(full) >= 3 and same_word(word, full[0], given=False)
        )
    if not same_word(wa[-1], wb[-1], given=False) and not same_word(wa[0], wb[0], given=False):
        return False  # neither the last word nor the first (a surname given first) is shared
    if len(wa) == len(wb):  # the last word a surname: no vowels of a given name's transliteration
        return all(same_word(x, y) for x, y in zip(wa[:-1], wb[:-1], strict=True)) and same_word(
            wa[-1], wb[-1], given=False
        )
    # a middle name given in one report only: "George W Bush" / "George Bush"
    short, long_ = sorted((wa, wb), key=len)
    return same_word(short[0], long_[0]) and same_word(short[-1], long_[-1]) and _in_order(short, long_)


def _in_order(short: list[str], long_: list[str]) -> bool:
    """Every word of the shorter name matches a word of the longer one, in the same order."""
    i = 0
    for word in short:
        while i < len(long_) and not same_word(word, long_[i]):
            i += 1
        if i == len(long_):
            return False
        i += 1
    return True


def venue_key(venue: str) -> str:
    """A venue compared without case, diacritics, articles or punctuation: "the Çırağan Palace" is
    "ciragan palace"."""
    words = re.sub(r"[^\w\s]", " ", fold(venue)).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def same_venue(a: str, b: str) -> bool:
    """Whether two venue names are spellings of one place: word by word like names ("Ciragan Palace",
    "Chiragan Palace"), or one the other with its owner or city left out ("the palace", "Raghadan
    Palace")."""
    ka, kb = venue_key(a), venue_key(b)
    if not ka or not kb:
        return False
    if ka == kb or f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ":
        return True
    wa, wb = ka.split(), kb.split()
    return len(wa) == len(wb) and all(same_word(x, y) for x, y in zip(wa, wb, strict=True))
