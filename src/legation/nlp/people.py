"""People in news text: the title and country a report gives a person when it names them."""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Any

from spacy.tokens import Span as SpacySpan

from legation.nlp.context import DocContext, Span, Token, entities, forget_entities, sentence_range
from legation.nlp.gazetteer import Gazetteer, load_gazetteer
from legation.nlp.lexicons import meeting_words


def title_before(name: Span) -> tuple[str | None, str | None] | None:
    """ "Kenyan Foreign Minister Jane Doe": the title and the country of the words before a name."""
    doc = name.doc
    words: list[Token] = []
    i = name.start - 1
    first = sentence_range(name)[0]
    while i >= first:
        if (
            (doc[i].dep_ in ("compound", "amod", "poss", "case", "nmod") and not doc[i].is_punct)
            or (doc[i].tag_ == "HYPH" and i > first and doc[i - 1].pos_ == "PROPN")  # "Secretary-General X"
            or (not words and _title_with_name_in_apposition(name, doc[i]))  # "X's Prime Minister Jane Doe"
        ):
            words.insert(0, doc[i])
            i -= 1
        elif words and _joins_titles(doc, i, first):  # "Deputy Prime Minister and Foreign Minister X"
            words[:0] = [doc[i - 1], doc[i]]
            i -= 2
        elif (words or _office_of(doc, i, first)) and (of := _title_of(doc, i, first)) is not None:
            # "US House of Representatives Speaker X"; "US Secretary of State X", "Minister of Finance X"
            words[:0] = list(doc[of : i + 1])
            i = of - 1
        else:
            break
    if not words:
        return None
    gazetteer = load_gazetteer()
    party, named = _country_among(words, gazetteer)
    # "the president's special envoy X": the title is what follows the last possessive
    cut = max((k for k, t in enumerate(words) if t.dep_ == "case"), default=-1)
    kept = [t.text for t in words[cut + 1 :] if t.i not in named and gazetteer.country(t.text) is None]
    role = " ".join(kept).replace(" - ", "-").strip() or None
    return role, party


def _title_with_name_in_apposition(name: Span, word: Token) -> bool:
    """Whether the word right before a name is a title the parser made the head, the name its apposition
    with no comma between ("Kenya's Prime Minister Jane Doe will lead", parsed as "Minister" the subject
    and "Doe" beside it): the title of the name, as when the name heads it."""
    return (
        word.i == name.start - 1
        and name.root.dep_ == "appos"
        and name.root.head.i == word.i
        and word.pos_ in ("PROPN", "NOUN")
        and word.lower_ in meeting_words().titles
        and any(c.dep_ in ("compound", "amod", "poss") for c in word.children)  # a title, not "Mr"
    )


def capital_spoken_in(subject: Token, gazetteer: Gazetteer) -> str | None:
    """The capital a speech verb's subject is said to speak in ("In Tokyo, Prime Minister X said", "X told
    reporters in Tokyo"): where a title with no country is that capital's government's, whatever the
    report's dateline."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]  # "told reporters in X"
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
        place = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
        if place is None:
            continue
        words = [t for t in place.subtree if t.ent_type_ == "GPE"]
        name = " ".join(t.text for t in words)
        if gazetteer.is_capital(name):
            return name
    return None


def _title_of(doc: Any, i: int, first: int) -> int | None:
    """Where the "of" of a body's name inside a title begins, when the word at ``i`` ends it: "House of
    Representatives" of "US House of Representatives Speaker X", whose body's name (with its country
    before it) the parser hangs on the name by its first word. None for any other word."""
    last = doc[i]
    of = last.head
    if last.dep_ != "pobj" or last.pos_ != "PROPN" or of.lower_ != "of" or not first < of.i < i:
        return None
    gazetteer = load_gazetteer()
    if any(gazetteer.country(doc[k : i + 1].text) for k in range(max(first, of.i - 3), of.i)):
        return None  # a country's own name ("Vice President of Democratic Republic of X Jane Doe")
    if doc[of.i - 1] != of.head or of.head.pos_ != "PROPN":
        return None
    if any(t.head.i <= of.i or t.head.i > i or not t.text[:1].isupper() for t in doc[of.i + 1 : i]):
        return None  # (the name after "of" is one run of capitalised words: "Foreign Affairs")
    return int(of.i)


def _office_of(doc: Any, i: int, first: int) -> bool:
    """Whether the word at ``i``, right before a name, ends the "of" phrase of a title word ("Secretary of
    State X", "Minister of Foreign Affairs X"): the parser hangs the title on the name by the word after
    "of", so the title and the country before it ("US Secretary of State X") are the name's."""
    of = doc[i].head
    return first < of.i < i and of.lower_ == "of" and of.head.lower_ in meeting_words().titles


def _joins_titles(doc: Any, i: int, first: int) -> bool:
    """Whether the word at ``i`` is the "and" between two titles of one person, the first ending on a
    title word ("Vice President and nuclear chief X")."""
    return (
        i - 1 >= first
        and doc[i].lower_ == "and"
        and doc[i].dep_ == "cc"
        and doc[i - 1].lower_ in meeting_words().titles
        and doc[i - 1].pos_ in ("PROPN", "NOUN")
    )


def community_name(first: str, second: str) -> str:
    """The name of a people named by two nationality words ("Turkish Cypriot" → "Turkish Cypriots")."""
    people = f"{first} {second}"
    return people if people.endswith(("ish", "ese", "s")) else people + "s"


def community_words(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The two countries the two nationality words of a community's name name ("Greek Cypriots" →
    Greece, Cyprus), or None for any other name."""
    words = name.split()
    if len(words) != 2:
        return None
    first, second = gazetteer.country(words[0]), gazetteer.country(words[1])
    if second is None and words[1].endswith("s"):
        second = gazetteer.country(words[1][:-1])
    return (first, second) if first is not None and second is not None and first != second else None


def _country_among(words: list[Token], gazetteer: Gazetteer) -> tuple[str | None, set[int]]:
    """The first country named among a title's words, by one word or several ("South Korean", "New
    Zealand"), the longest reading at each word first, or the community two nationality words name
    ("Turkish Cypriot leader"); and the indices of the words that name it."""
    for i, tok in enumerate(words):
        pair = [gazetteer.country(t.text) for t in words[i : i + 2]]
        if len(pair) == 2 and None not in pair and pair[0] != pair[1] and pair[0] != words[i].text:
            # (not "Kosovo Albanian": a place, then its people's nationality, is the place's)
            return community_name(words[i].text, words[i + 1].text), {words[i].i, words[i + 1].i}
        for n in (3, 2):
            if i + n <= len(words):
                found = gazetteer.country(" ".join(t.text for t in words[i : i + n]))
                if found is not None:
                    return found, {t.i for t in words[i : i + n]}
        if not given_name(tok) and (found := gazetteer.country(tok.text)) is not None:
            return found, {tok.i}
    return None, set()


def given_name(tok: Token) -> bool:
    """Whether a word that reads as a country or nationality is the first word of a person's name: it
    stands right after a title and starts the name the model tagged, or stands untagged right before it
    ("Minister of Fisheries Jordan Surname"). English puts the nationality before the title ("Chilean
    Trade Minister X"), never between the title and the name."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or load_gazetteer().country(tok.text) is None:
        return False
    after, before = doc[tok.i + 1], doc[tok.i - 1]
    if before.pos_ != "PROPN" or before.ent_type_:
        return False
    if tok.ent_type_ == "PERSON":
        return bool(tok.ent_iob_ == "B" and after.ent_type_ == "PERSON" and after.ent_iob_ == "I")
    return bool(not tok.ent_type_ and after.ent_type_ == "PERSON" and after.ent_iob_ == "B")


def propn_chain(tok: Token) -> Span:
    """The run of compound proper nouns ending at ``tok`` ("Jane Q. Doe")."""
    doc = tok.doc
    start = tok.i
    while (
        not doc[start].is_sent_start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
    ):
        start -= 1
    if start > 0 and _surname_as_pronoun(doc[start - 1], tok):
        start -= 1
    return doc[start : tok.i + 1]


def _surname_as_pronoun(word: Token, name: Token) -> bool:
    """A surname the tagger took for a pronoun ("He" of "He Xiaoming"): a capitalised pronoun that
    modifies the name, which no pronoun does."""
    return bool(
        word.pos_ == "PRON" and word.dep_ == "compound" and word.head == name and word.text[:1].isupper()
    )


def name_span(tok: Token) -> Span | None:
    """The name a token belongs to: its PERSON entity, else its proper-noun chain."""
    for ent in entities(tok.doc):
        if ent.label_ == "PERSON" and ent.start <= tok.i < ent.end:
            end = ent.end  # "Romano" tagged alone in "Romano Prodi": the name runs on to its head
            while (
                end < len(tok.doc) and tok.doc[end - 1].dep_ == "compound" and tok.doc[end - 1].head.i == end
            ):
                if tok.doc[end].pos_ != "PROPN" or tok.doc[end].ent_type_ in ("DATE", "TIME"):
                    break  # (not into the day the parser hung the name on: "met President X Wednesday";
                    # a surname the model took for a place still ends the name: "Jane Doe Kabuli")
                end += 1
            before = tok.doc[ent.start - 1] if ent.start else None
            surname = before is not None and _surname_as_pronoun(before, tok.doc[end - 1])
            start = ent.start - 1 if before is not None and (given_name(before) or surname) else ent.start
            return tok.doc[start:end] if (start, end) != (ent.start, ent.end) else ent
    return propn_chain(tok) if tok.pos_ == "PROPN" else None


def _titled(word: str, titles: Collection[str]) -> bool:
    """A title, or a title in the plural that the model took into the first name of a pair ("Prime
    Ministers Jane Doe and John Roe")."""
    return word.rstrip(".") in titles or (word.endswith("s") and word[:-1] in titles)


def person_name(span: Span | None) -> Span | None:
    """The name in a span without the title words before it ("Ambassador Jane Doe" → "Jane Doe"); None
    when nothing but a title is left ("Ambassador", "Deputy Assistant Secretary"): titles are no heads."""
    if span is None:
        return None
    titles = meeting_words().titles
    doc = span.doc
    start = span.start
    while start < span.end and (
        _titled(doc[start].lower_, titles)
        or doc[start].ent_type_ in ("NORP", "ORG", "GPE")
        or (doc[start].pos_ == "ADJ" and doc[start].text[:1].isupper())
        # "ISI Lt Gen X": a body's acronym before a title, tagged part of the name
        or (
            start + 1 < span.end
            and doc[start].text.isupper()
            and len(doc[start].text) > 1
            and _titled(doc[start + 1].lower_, titles)
        )
        # "Ruritanian King X" with the country's word tagged part of the name
        or (
            start + 1 < span.end
            and doc[start + 1].lower_ in titles
            and load_gazetteer().country(doc[start].text)
        )
        # "Foreign Minister of Ruritania X", the country of the title tagged part of the name
        or (
            start + 1 < span.end
            and start > 0
            and doc[start - 1].lower_ == "of"
            and load_gazetteer().country(doc[start].text)
        )
    ):
        start += 1  # "Ambassador", and "Jordanian" of "Jordanian King ..."
    name = doc[start : span.end]
    if not len(name) or all(t.lower_ in titles or not t.text[:1].isupper() for t in name):
        return None
    if name[-1].lower_.rstrip(".") in titles:
        return None  # "Trade Minister", "Defence Minister": a title whose office the list above lacks
    return name


def fuller_mention(ctx: DocContext, person: Span) -> Span | None:
    """A longer PERSON mention of the same person elsewhere in the document ("Doe" → "Jane Doe")."""
    word = person.text.strip()
    for ent in ctx.ents:
        if ent.label_ != "PERSON":
            continue
        # the name without a title the model took into it ("Councilor Tang Jiaxuan" is "Tang Jiaxuan")
        name = person_name(ent)
        if name is None:
            continue
        first_or_last = word in (name[-1].text, name[0].text)
        inside = ent.start <= person.start < ent.end  # the title-laden entity the name was cut from
        if len(name) > 1 and first_or_last and not inside:
            return name
    return None


def people_taken_for_bodies(doc: Any) -> None:
    """Give back to people the names the model tagged an organisation's.

    The small model takes some people's names for organisations' ("Hashim Thaci" as ORG), so that no
    reader sees a person there: no head of delegation, no speaker. A name is a person's when the report
    joins it to a person's name ("A of X and B of Y met", "between A, the Serbian prime minister, and B")
    or tags the same name, or its last word alone, as a person's elsewhere; never a name the gazetteer
    knows for a country, place or organisation, nor one with a word of a body's name ("... Front",
    "... Ministry"). Relabelled in place, before any reader reads the entities; read through
    :func:`entities`, so that where none is relabelled (most documents) the readers reuse them, not
    have spaCy make every entity's span anew."""
    ents = list(entities(doc))
    people = {e.text for e in ents if e.label_ == "PERSON"}
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    gazetteer = load_gazetteer()
    bodies = _body_words()
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or len(ent) > 3 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
            continue
        if any(t.lower_ in bodies for t in ent):
            continue
        text = ent.text
        if gazetteer.organisation(text) or gazetteer.country(text) or gazetteer.city_country(text):
            continue
        root = ent.root
        joined = (root.dep_ == "conj" and root.head.ent_type_ == "PERSON") or any(
            c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children
        )
        named = (
            text in people
            or (len(ent) == 1 and text in surnames)
            or (len(ent) > 1 and ent[-1].text in people)
        )
        if joined or named:
            ents[k] = SpacySpan(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents
        forget_entities(doc)  # a reader that read them before reads them anew


@functools.cache
def _body_words() -> frozenset[str]:
    """Lower-case words of bodies' names and titles: a name with one is no person's."""
    from legation.nlp.actors import actor_words  # actors reads people's helpers: imported when first used

    words = actor_words()
    found = {w.lower() for w in (*words.name_words, *words.body_words, *words.media_words)}
    return frozenset(found | set(words.body_nouns) | set(words.party_nouns) | meeting_words().titles)
