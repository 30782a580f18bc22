"""The document context's cached views answer exactly what spaCy's own (rebuilt per access) ones do."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from legation.nlp.context import places_in
from legation.nlp.prefilter import may_match

from .helpers import context

ROOT = Path(__file__).resolve().parents[2]


def spans(items: Any) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in items]


def test_entities_and_noun_chunks_of_a_sentence_are_spacys(nlp: Any) -> None:
    text = next((ROOT / "tests" / "data" / "dev").glob("*.txt")).read_text(encoding="utf-8")
    ctx = context(nlp, text)
    sents = list(ctx.doc.sents)
    assert len(sents) > 5 and ctx.ents
    for sent in sents:
        assert spans(ctx.ents_in(sent)) == spans(sent.ents)
        assert spans(ctx.noun_chunks_in(sent)) == spans(sent.noun_chunks)
    # a span that cuts an entity leaves it out, as in spaCy
    doc = ctx.doc
    assert spans(ctx.ents_in(doc[1:3])) == spans(doc[1:3].ents)


def test_the_folded_text_keeps_the_offsets(nlp: Any) -> None:
    ctx = context(nlp, "Talks in GENEVA ended. The Sides agreed on a Truce.")
    sent = list(ctx.doc.sents)[1]
    assert ctx.folded_of(sent) == ctx.text_of(sent).lower()
    assert context(nlp, "Talks in Istanbul (\u0130stanbul) ended.").folded is None


def test_the_token_at_a_character_is_spacys(nlp: Any) -> None:
    text = "Talks  resumed in Geneva.\n\nThe sides’ envoys met; no deal."
    ctx = context(nlp, text)
    for sent in ctx.doc.sents:
        for char in range(sent.start_char - 1, sent.end_char + 2):
            expected = next((t for t in sent if t.idx <= char < t.idx + max(len(t.text), 1)), None)
            found = ctx.token_at(sent, char)
            assert (found.i if found is not None else None) == (expected.i if expected is not None else None)
            for end in range(char, sent.end_char + 2):
                assert list(ctx.tokens_from(sent, char, end)) == [t.i for t in sent if char <= t.idx < end]


def test_the_token_tables_answer_what_the_tokens_do(nlp: Any) -> None:
    text = "The envoys met in Oslo on Monday. They agreed to sign a Truce, officials said."
    ctx = context(nlp, text)
    assert [t.i for t in ctx.tokens] == [t.i for t in ctx.doc]
    assert [(s.start, s.end) for s in ctx.sents] == [(s.start, s.end) for s in ctx.doc.sents]
    for sent in ctx.doc.sents:
        tags, words, lemmas = ("VERB", "PROPN"), {"oslo", "they", "truce"}, {"meet", "sign", "say"}
        assert [t.i for t in ctx.tokens_pos_in(sent, tags)] == [t.i for t in sent if t.pos_ in tags]
        assert [t.i for t in ctx.tokens_lower_in(sent, words)] == [t.i for t in sent if t.lower_ in words]
        assert [t.i for t in ctx.tokens_lemma_in(sent, lemmas)] == [
            t.i for t in sent if t.lemma_.lower() in lemmas
        ]
    assert [t.i for t in ctx.tokens_lemma_in(list(ctx.doc.sents)[1], {"sign"})]  # not vacuous


def test_may_match_of_a_span_is_the_prefilters(nlp: Any) -> None:
    ctx = context(nlp, "Talks on the border ended. The sides signed a truce. A ceasefire holds.")
    patterns = [
        re.compile(r"\b(?:truce|cease-?fire)\b", re.IGNORECASE),
        re.compile(r"\bsigned (?:a|the)\b", re.IGNORECASE),
        re.compile(r"\bborder\b", re.IGNORECASE),
        re.compile(r"\bwithdraw\w*", re.IGNORECASE),  # words the text lacks: no sentence may match
        re.compile(r"\d{4}"),  # no needed word known: every sentence may match
    ]
    answers = []
    for pattern in patterns:
        for sent in ctx.doc.sents:
            answers.append(ctx.may_match(pattern, sent))
            assert answers[-1] == may_match(pattern, ctx.folded_of(sent))
            assert answers[-1] or not pattern.search(ctx.text_of(sent))
    assert True in answers and False in answers


def test_a_sentence_never_runs_over_a_paragraph_break(nlp: Any) -> None:
    # the full stop of "on X." reads as an abbreviation's, and the parser alone joins the paragraphs
    text = "The talks will resume, the envoy said on X.\n\nA source said the Lima round was never confirmed."
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == [
        "The talks will resume, the envoy said on X.",
        "A source said the Lima round was never confirmed.",
    ]


def test_the_tree_tables_answer_what_the_tokens_do(nlp: Any) -> None:
    text = (
        "The foreign minister, who arrived late, said on Monday that the rebels had agreed to resume "
        "talks in Geneva next week.\n\nEnvoys of both sides met; officials said little."
    )
    ctx = context(nlp, text)
    for tok in ctx.doc:
        assert ctx.heads[tok.i] == tok.head.i
        assert ctx.kids[tok.i] == [c.i for c in tok.children]
        assert ctx.subtree_indexes(tok.i) == sorted(t.i for t in tok.subtree)
        assert ctx.starts[tok.i] == tok.idx
    assert max(len(ctx.subtree_indexes(t.i)) for t in ctx.doc) > 10  # not vacuous: a deep clause
    empty = context(nlp, "")
    assert empty.heads == empty.starts == [] and empty.kids == []


def test_an_expanded_span_is_spacys_and_is_forgotten_with_the_entities(nlp: Any) -> None:
    from legation.nlp.context import expanded_root, expanded_span, forget_entities

    ctx = context(nlp, "Envoys of the Ruritanian government met their counterparts in Geneva on Monday.")
    doc = ctx.doc
    for start, end in [(0, 6), (14, 24), (15, 34), (62, 68), (3, 3), (40, 41)]:
        expected = doc.char_span(start, end, alignment_mode="expand")
        found = expanded_span(doc, start, end)
        made = [found] if found is not None else []
        assert spans(made) == spans([expected] if expected is not None else [])
        assert expanded_span(doc, start, end) is found  # made once
        root = expanded_root(doc, start, end)
        assert (root.i if root is not None else None) == (expected.root.i if expected is not None else None)
    forget_entities(doc)
    assert not any(key.startswith("legation.") for key in doc.user_data)


def test_may_match_of_any_span_is_the_prefilters_where_words_repeat_and_overlap(nlp: Any) -> None:
    text = "Truce talks. A truce, then trucetruce; no TRUCE here? Border: a cease-fire at the border."
    ctx = context(nlp, text)
    patterns = [
        re.compile(r"\b(?:truce|cease-?fire)\b", re.IGNORECASE),
        re.compile(r"\bborder\b", re.IGNORECASE),
        re.compile(r"trucetruce", re.IGNORECASE),
    ]
    doc = ctx.doc
    for pattern in patterns:
        answers = set()
        for start in range(len(doc)):
            for end in range(start + 1, len(doc) + 1):
                span = doc[start:end]
                answers.add(ctx.may_match(pattern, span))
                assert ctx.may_match(pattern, span) == may_match(pattern, ctx.folded_of(span))
        assert answers == {True, False}


def test_the_doc_text_is_read_once_and_forgotten_with_the_entities(nlp: Any) -> None:
    from legation.nlp.context import doc_text, forget_entities

    ctx = context(nlp, "Talks  resumed in Geneva.\n\nThe envoys met.")
    assert doc_text(ctx.doc) == ctx.doc.text == ctx.document.text
    assert doc_text(ctx.doc) is doc_text(ctx.doc)
    forget_entities(ctx.doc)
    assert not any(key.startswith("legation.") for key in ctx.doc.user_data)


def test_the_tokens_of_any_span_with_given_words_are_those_a_walk_finds(nlp: Any) -> None:
    # short spans are walked, longer ones read the places of each word: both give what a walk gives,
    # words repeated in the text or in the list (a tuple) included
    ctx = context(nlp, "The envoys met the envoys of the rebels. They met again; the rebels said they met.")
    doc = ctx.doc
    kinds = (("the", "met", "the"), {"they", "rebels"}, frozenset({"they", "of"}), ("absent",), (), "they")
    for words in kinds:
        lemmas = frozenset({"meet", "envoy", "say"}) if words else set()
        for start in range(len(doc)):
            for end in range(start, len(doc) + 1):
                span = doc[start:end]
                assert [t.i for t in ctx.tokens_lower_in(span, words)] == [
                    t.i for t in span if t.lower_ in words
                ]
                assert [t.i for t in ctx.tokens_lemma_in(span, lemmas)] == [
                    t.i for t in span if t.lemma_.lower() in lemmas
                ]
    assert len(ctx.tokens_lower_in(doc[:], ("the", "met", "the"))) == 7  # not vacuous: each one once
    # a string of words is a substring test, as ``in`` makes it: "the" is in "they"
    assert [t.lower_ for t in ctx.tokens_lower_in(doc[:9], "they")] == ["the", "the", "the"]


def test_the_indexes_of_the_words_of_a_span_are_those_of_its_tokens_with_the_words(nlp: Any) -> None:
    # the readers of indexes (no Token made) and of Tokens read the same places
    ctx = context(nlp, "The talks ended. Envoys talked and met; the talks, they said, went well.")
    doc = ctx.doc
    for words in (frozenset({"talks", "met"}), ("the", "they", "the"), {"well"}, (), "they"):
        lemmas = frozenset({"talk", "say", "meet"}) if words else set()
        for start in range(len(doc)):
            for end in range(start, len(doc) + 1):
                span = doc[start:end]
                assert ctx.lower_indexes_in(span, words) == [t.i for t in span if t.lower_ in words]
                assert ctx.lemma_indexes_in(span, lemmas) == [t.i for t in span if t.lemma_.lower() in lemmas]
    assert len(ctx.lemma_indexes_in(doc[:], frozenset({"talk"}))) == 3  # not vacuous: "talks" twice, "talked"


def test_the_string_tables_of_a_later_document_are_its_own(nlp: Any) -> None:
    # the strings of the ids are kept across documents: a later text with new words reads them right
    first = context(nlp, "The envoys met in Oslo.")
    later = context(nlp, "Negotiators from Ruritania and Freedonia haggled over tariffs.")
    for ctx in (first, later):
        assert ctx.lowers == [t.lower_ for t in ctx.doc]
        assert ctx.lemmas == [t.lemma_.lower() for t in ctx.doc]
        assert ctx.pos == [t.pos_ for t in ctx.doc] and ctx.deps == [t.dep_ for t in ctx.doc]


def test_the_sentence_of_a_token_or_span_is_spacys_and_is_forgotten_with_the_entities(nlp: Any) -> None:
    from legation.nlp.context import forget_entities, sentence_range

    text = (
        "The envoys met in Oslo on Monday. Talks resumed after a pause, officials said.\n\n"
        "A third round is due in May; no date was set."
    )
    doc = context(nlp, text).doc
    assert len(list(doc.sents)) >= 3  # not vacuous: spans that cross a sentence's end are tried
    for start in range(len(doc)):
        tok = doc[start]
        assert sentence_range(tok) == (tok.sent.start, tok.sent.end)
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert sentence_range(span) == (span.sent.start, span.sent.end)
    forget_entities(doc)
    assert not any(key.startswith("legation.") for key in doc.user_data)
    assert sentence_range(context(nlp, "Talks resumed.").doc[0]) == (0, 3)


def test_the_places_of_a_lemma_are_those_a_walk_finds(nlp: Any) -> None:
    ctx = context(nlp, "The envoys met. Two envoys said the envoy would meet them; meetings resumed.")
    for lemma in {*ctx.lemmas, "absent"}:
        assert ctx.lemma_places(lemma) == [i for i, found in enumerate(ctx.lemmas) if found == lemma]
    assert len(ctx.lemma_places("envoy")) == 3 and ctx.lemma_places("absent") == []


def test_the_sentence_of_a_character_is_the_last_one_starting_at_or_before_it(nlp: Any) -> None:
    text = "  The envoys met twice.\n\nThey spoke of grain. Then they left for the coast.  "
    ctx = context(nlp, text)
    starts = [s.start for s in ctx.sentences]
    assert len(starts) >= 3  # not vacuous: several sentences
    for char in range(-2, len(text) + 2):  # characters before the first sentence and after the last too
        expected = max((k for k, start in enumerate(starts) if start <= char), default=0)
        assert ctx.sentence_index(char) == expected


def test_has_child_answers_what_a_walk_of_the_children_does(nlp: Any) -> None:
    import pytest

    from legation.nlp.context import forget_entities, has_child, parse_tables

    text = (
        "The envoys would not say whether the ministers had already agreed to meet again, and no date was "
        "set.\n\nThey have long opposed a truce that the earlier accord had failed to bring about."
    )
    ctx = context(nlp, text)
    doc = ctx.doc
    asks = [
        (("neg",), None, None),
        (("aux", "auxpass"), ("would", "had", "to"), None),
        (("mark",), ("whether", "if"), None),
        (("det",), ("no",), None),
        (None, ("already", "long"), None),
        (("aux",), None, ("have",)),
        (("advmod",), ("long",), None),
    ]
    answered = set()
    for tok in doc:
        for deps, lowers, lemmas in asks:
            walked = any(
                (deps is None or c.dep_ in deps)
                and (lowers is None or c.lower_ in lowers)
                and (lemmas is None or c.lemma_.lower() in lemmas)
                for c in tok.children
            )
            assert has_child(tok, deps, lowers, lemmas=lemmas) == walked
            answered.add(walked)
    assert answered == {True, False}  # not vacuous: both answers given
    assert parse_tables(doc) is ctx.tables and ctx.deps is ctx.tables.deps  # one set of tables a document
    assert [t.i for t in ctx.tables.tokens] == [t.i for t in doc]
    with pytest.raises(TypeError):
        has_child(doc[0], "neg")  # a string would be a substring test: "aux" in "auxpass"
    forget_entities(doc)
    assert not any(key.startswith("legation.") for key in doc.user_data)


def test_the_ancestors_and_subtree_ends_read_from_the_tables_are_spacys(nlp: Any) -> None:
    from legation.nlp.context import ancestor_indexes
    from legation.nlp.statements import subtree_ends

    ctx = context(
        nlp,
        "The delegates, who had flown in overnight from two capitals, said that the long-awaited talks on "
        "the border would resume on Friday. Nobody objected.",
    )
    for tok in ctx.doc:
        assert list(ancestor_indexes(ctx.heads, tok.i)) == [a.i for a in tok.ancestors]
        subtree = list(tok.subtree)
        first, last = subtree_ends(tok)
        assert (first.i, last.i) == (subtree[0].i, subtree[-1].i)
    assert max(len(list(t.ancestors)) for t in ctx.doc) > 3  # not vacuous: a deep clause


def test_one_scan_for_many_words_finds_every_place_each_word_has(nlp: Any) -> None:
    from legation.nlp.context import _WordScan, places_in

    text = "a truce. trucetruce? the cease-fire, a truce-line (tru.ce) and cease fire talks; talk"
    words = ["truce", "trucetruce", "tru", "ruce", "ce t", "e-f", "cease-fire", "(tru.ce)", "talk", "talks"]
    words += ["absent", "fire talk", "e", "k"]
    scan = _WordScan()
    assert scan.scan(text) == ({}, frozenset())  # nothing sought yet: nothing scanned for
    for word in [*words, ""]:
        scan.wait(word)
    found, scanned = scan.scan(text)
    assert scanned == frozenset(words)  # the empty word (found everywhere) is never scanned for
    assert found == {word: places_in(text, word) for word in words if word in text}
    assert scan.scan("no such words") == ({}, scanned)


def test_the_places_of_a_word_in_a_document_are_its_substring_places(nlp: Any) -> None:
    from legation.nlp.context import places_in

    words = ["talks", "talk", "alks ", "round of", "absent-word", "truce"]
    first = context(nlp, "Talks resumed. The round of talks on a truce ended; talks go on.")
    second = context(nlp, "A TRUCE: talks, talks and more talk at the round of truce talks.")
    for ctx in (first, second):
        for word in words:
            assert ctx.word_places(word) == places_in(ctx.folded or "", word)  # sought alone or scanned


def test_the_patterns_that_may_match_a_sentence_are_those_the_prefilter_lets_through(nlp: Any) -> None:
    patterns = (
        re.compile(r"\bcease-?fire\b", re.IGNORECASE),
        None,  # a cue with no phrases
        re.compile(r"\b(?:prisoner|captive)s? (?:swap|exchange)\b", re.IGNORECASE),
        re.compile(r"[A-Z]{3,}"),  # no word every match needs: never ruled out
        re.compile(r"\bthe next round\b", re.IGNORECASE),
        re.compile(r"\babsent words here\b", re.IGNORECASE),
    )
    ctx = context(
        nlp,
        "The sides agreed a ceasefire on Monday. A prisoner swap was put off.\n\nThe next round opens in "
        "June. Captives exchange letters, the next\nround of talks aside. Nothing else was said.",
    )
    for sent in [*ctx.sents, ctx.doc[2:9], ctx.doc[5:12]]:  # the sentences, and spans that are none
        expected = [k for k, p in enumerate(patterns) if p is not None and ctx.may_match(p, sent)]
        assert ctx.patterns_in(patterns, sent) == expected
    by_sentence = [ctx.patterns_in(patterns, sent) for sent in ctx.sents]
    assert by_sentence[0] == [0, 3] and by_sentence[1] == [2, 3]  # not vacuous: sentences differ
    unfolded = context(nlp, "A truce in \u0130stanbul. Talks went on.")  # no folded text: nothing ruled out
    assert all(unfolded.patterns_in(patterns, s) == [0, 2, 3, 4, 5] for s in unfolded.sents)


def test_the_words_a_text_holds_are_those_with_places(nlp: Any) -> None:
    words = frozenset({"truce", "talks", "talk", "absent-word", "round of", "ce t", "zzz"})
    first = context(nlp, "Talks resumed. The round of talks on a truce ended; talks go on.")
    second = context(nlp, "A TRUCE: talks, talks and more talk at the round of truce talks.")
    for ctx in (first, second):
        expected = {word for word in words if places_in(ctx.folded or "", word)}
        assert sorted(ctx.words_in_text(words)) == sorted(expected)
        assert sorted(ctx.words_in_text(words | {"more talk"})) == sorted(
            expected | ({"more talk"} if ctx is second else set())
        )


def test_the_tokens_with_one_of_some_words_are_those_of_the_span(nlp: Any) -> None:
    ctx = context(nlp, "Talks on the deal resumed. The deals and measures were agreed. A deal, then talks.")
    for words in (frozenset({"deal"}), frozenset({"deal", "talk", "measure"}), frozenset({"absent"})):
        for sent in ctx.sents:
            expected = [t.i for t in sent if t.lemma_.lower() in words]
            assert [t.i for t in ctx.tokens_lemma_in(sent, words)] == expected
            assert [t.i for t in ctx.tokens_lower_in(sent, words)] == [t.i for t in sent if t.lower_ in words]


def test_the_characters_of_the_tokens_are_read_once_for_the_context_and_the_tense(nlp: Any) -> None:
    from legation.nlp.context import parse_tables
    from legation.time.lexicon import load_time_lexicon
    from legation.time.tense import CueTense, ParseTense

    ctx = context(nlp, "The envoys met on Tuesday in Oslo.  They will meet again next week.")
    doc = ctx.doc
    starts, ends, ordered = parse_tables(doc).characters
    assert ordered and starts == [t.idx for t in doc] and ends == [t.idx + len(t) for t in doc]
    assert ctx.starts is starts  # the same table, not a second read of the parse
    tense = ParseTense(doc, CueTense(ctx.document.text, load_time_lexicon()))
    at = ctx.document.text.index("next week")
    assert tense._token(at) is ctx.tokens[[t.text for t in doc].index("next")]


def test_each_tokens_sentence_is_the_same_from_the_sentences_as_from_the_parse(nlp: Any) -> None:
    from legation.nlp.context import _sentence_table, _sentence_table_from

    ctx = context(
        nlp, "Talks opened in Oslo. They ended on Friday!  A third round is due in May.\n\nNo date yet."
    )
    doc = ctx.doc
    assert len(ctx.sents) >= 3
    assert _sentence_table_from(ctx.sents) == _sentence_table(doc)
    assert _sentence_table_from(list(doc[0:0].as_doc().sents)) == ([], [])


def test_the_subtree_children_and_entity_tags_read_from_the_tables_are_spacys(nlp: Any) -> None:
    import pytest

    from legation.nlp.context import children_of, parse_tables, subtree_of

    ctx = context(
        nlp,
        "The two delegations, which arrived in Oslo on Monday, said talks with Ruritania would resume "
        "next week, and the mediator Anna Berg told reporters she hoped for a truce.",
    )
    tables = parse_tables(ctx.doc)
    for tok in ctx.doc:
        assert subtree_of(tok) == sorted(t.i for t in tok.subtree)
        for deps in (("nsubj",), ("prep", "dobj"), frozenset({"det", "amod", "conj"})):
            assert [c.i for c in children_of(tok, deps)] == [c.i for c in tok.children if c.dep_ in deps]
    assert tables.ent_types == [t.ent_type_ for t in ctx.doc]
    assert {"GPE", "DATE", "PERSON", ""} <= set(tables.ent_types)
    assert [{1: "I", 2: "O", 3: "B"}[iob] for iob in tables.ent_iobs] == [t.ent_iob_ for t in ctx.doc]
    assert tables.texts == [t.text for t in ctx.doc]
    with pytest.raises(TypeError):
        children_of(ctx.doc[0], "nsubj")
