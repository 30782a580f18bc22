"""The literal pre-filter never rules out a text a pattern matches, and rules out most that it does not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from legation.nlp.lexicons import event_rules, meeting_words, status_cues, taxonomies
from legation.nlp.prefilter import fold, may_match, needed, within_lines

ROOT = Path(__file__).resolve().parents[2]


def lexicon_patterns() -> list[re.Pattern[str]]:
    patterns = [i.pattern for t in taxonomies() for i in t.issues]
    patterns += [c.phrases for c in status_cues() if c.phrases is not None]
    patterns += [r.phrases for r in event_rules() if r.phrases is not None]
    patterns += [p for _value, p in meeting_words().formats if p is not None]
    return [*patterns, meeting_words().venues]


def sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*"))]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bcease-?fire\b", {"cease"}),  # the longer of two runs
        (r"prisoners?(?: of war)? (?:exchange|swap)", {"prisoner"}),
        (r"(?:uranium )?enrichment", {"enrichment"}),
        (r"\b(?:(?:truce)|(?:armistice))\b", {"truce", "armistice"}),
        (r"(?:exchange|swap) of (?:\w+ )?prisoners", {"prisoners"}),
        (r"POWs", {"pows"}),
    ],
)
def test_needed_words_are_read_from_the_pattern(pattern: str, words: set[str]) -> None:
    assert needed(re.compile(pattern, re.IGNORECASE)) == words


@pytest.mark.parametrize("pattern", [r"(?:a|\w+)b?", r"x?", r"\d+", r"(?:cease|)\s?"])
def test_a_pattern_whose_match_may_hold_no_literal_run_is_never_filtered(pattern: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert needed(compiled) is None
    assert may_match(compiled, fold("nothing here"))


def test_an_optional_part_is_not_needed() -> None:
    assert needed(re.compile(r"(?:cease|)fire?", re.IGNORECASE)) == {"fir"}


def test_every_lexicon_pattern_is_let_through_wherever_it_matches() -> None:
    texts = sentences()
    assert len(texts) > 200
    ruled_out = 0
    for pattern in lexicon_patterns():
        for text in texts:
            folded = fold(text)
            if pattern.search(text):
                assert may_match(pattern, folded), (pattern.pattern[:60], text)
            elif not may_match(pattern, folded):
                ruled_out += 1
    assert ruled_out > 0.8 * len(texts) * len(lexicon_patterns())  # and it is worth having


def test_case_is_folded_like_the_regex_engine_folds_it() -> None:
    pattern = re.compile(r"\bpeace talks\b", re.IGNORECASE)
    assert may_match(pattern, fold("PEACE TALKS resumed"))
    assert not may_match(pattern, fold("Peace-talks resumed"))
    # The long s matches "s" case-insensitively but str.lower keeps it: such a text is never filtered.
    assert pattern.search("peace talk\u017f") and fold("peace talk\u017f") is None
    assert may_match(pattern, fold("peace talk\u017f"))


def test_the_unsafe_characters_are_all_those_the_engine_matches_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    engine = {chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))}
    unsafe = {c for c in engine if fold(c) is None}
    assert engine == unsafe
    assert all(len(chr(c).lower()) == 1 for c in range(0x110000) if fold(chr(c)) is not None)


@pytest.mark.parametrize(
    ("pattern", "stays"),
    [
        (r"\bcease-?fire\b", True),
        (r"(?:exchange|swap) of (?:\w+ )?prisoners", True),
        (r"[a-z ]+", True),
        (r"talks\s+resumed", False),  # \s crosses a line break
        (r"a.b", False),
        (r"[^x]y", False),
        (r"truce(?= talks)", False),  # looks beyond its match
        (r"truce$", False),
        (r"x?", False),  # may match nothing
    ],
)
def test_a_pattern_stays_within_lines_only_if_no_match_can_cross_one(pattern: str, stays: bool) -> None:
    assert within_lines(re.compile(pattern, re.IGNORECASE)) is stays


def test_lines_searched_apart_find_the_matches_of_the_whole_text() -> None:
    text = "Ceasefire\ntalks on a cease-fire.\n\nswap of all prisoners\nswap of\nprisoners"
    patterns = [p for p in lexicon_patterns() if within_lines(p)]
    for pattern in [*patterns, re.compile(r"swap of (?:\w+ )?prisoners")]:
        whole = [m.span() for m in pattern.finditer(text)]
        lines, start = [], 0
        for line in text.split("\n"):
            lines += [m.span() for m in pattern.finditer(text, start, start + len(line))]
            start += len(line) + 1
        assert lines == whole
    assert all(within_lines(i.pattern) for t in taxonomies() for i in t.issues)


def test_a_pattern_for_the_folded_text_matches_where_the_pattern_matches_the_text() -> None:
    from legation.nlp.prefilter import fold, folded_pattern

    patterns = [
        r"\b(?:UN|U\.N\.|IAEA) inspect(?:ions?|ors)\b",
        r"\b[A-Z][a-z]+-(?:led|backed) talks\b",
        r"[^a-z\s]{2,}\w*",
        r"\bcease-?fire(?: talks)?\b|\btruce\b",
    ]
    texts = [
        "The IAEA inspectors and U.N. INSPECTIONS resumed; un inspection teams left.",
        "Norway-backed Talks and EU-led talks, AU-LED TALKS at last.",
        "A CEASEFIRE, a cease-fire Talks and TRUCE-talks (truce) ended 12:30 GMT; Ärzte, éCOLE.",
    ]
    for source in patterns:
        pattern = re.compile(source, re.IGNORECASE)
        lower = folded_pattern(pattern)
        assert lower is not None
        for text in texts:
            folded = fold(text)
            assert folded is not None
            assert [m.span() for m in lower.finditer(folded)] == [m.span() for m in pattern.finditer(text)]
    assert any(re.compile(p, re.IGNORECASE).search(t) for p in patterns for t in texts)  # not vacuous
    # what lower-casing the source would change, or a case-sensitive pattern: none
    for source, flags in [
        (r"a\Sb", re.I),
        (r"\Bx", re.I),
        (r"(?-i:UN) talks", re.I),
        ("é talks", re.I),
        ("UN", 0),
    ]:
        assert folded_pattern(re.compile(source, flags)) is None


def test_every_lexicon_pattern_for_the_folded_text_matches_where_it_matches_the_text() -> None:
    from legation.nlp.prefilter import folded_pattern

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts.append("The NEXT ROUND of Six-Party Talks on a Cease-Fire, the IAEA Inspectors and Prisoner SWAP.")
    lowered = 0
    for pattern in lexicon_patterns():
        lower = folded_pattern(pattern)
        if lower is None:
            continue
        lowered += 1
        for text in texts:
            assert [m.span() for m in lower.finditer(fold(text) or "")] == [
                m.span() for m in pattern.finditer(text)
            ]
    assert lowered > 40


@pytest.mark.parametrize(
    ("patterns", "text"),
    [
        # overlapping alternatives: the first place wins, then the first pattern matching there
        ([r"peace talks", r"talks on trade", r"trade"], "peace talks on trade and talks on trade, trade"),
        ([r"talks on trade", r"peace talks"], "peace talks on trade"),
        ([r"a+", r"aa", r"b"], "aaab aab b"),
        ([r"\bcease-?fire\b", r"fire", r"cease"], "ceasefire, cease-fire, fire cease firewall"),
        ([r"(?<=the )deal", r"deal\w*"], "the deal, a dealer, the dealing"),
        ([r"x", r"y"], "nothing to count here"),
    ],
)
def test_an_alternation_is_counted_without_being_compiled(patterns: list[str], text: str) -> None:
    from legation.nlp.prefilter import count_alternation

    compiled = [re.compile(p) for p in patterns]
    whole = re.compile("|".join(f"(?:{p})" for p in patterns))
    assert count_alternation(compiled, text) == len(whole.findall(text))
    for start, end in ((0, len(text)), (4, len(text) - 3), (5, 12)):
        assert count_alternation(compiled, text, start, end) == len(whole.findall(text, start, end))


def test_lexicon_alternations_are_counted_as_the_compiled_alternation_counts() -> None:
    from legation.nlp.prefilter import count_alternation

    text = " ".join(sentences())
    for tax in taxonomies():
        patterns = [i.pattern for i in tax.issues]
        for first in range(len(patterns)):
            chosen = patterns[first:] + patterns[:first]  # the order decides where two match at once
            whole = re.compile("|".join(f"(?:{p.pattern})" for p in chosen), re.IGNORECASE)
            assert count_alternation(chosen, text) == len(whole.findall(text))
