"""Items named by a curated taxonomy (``data/issues/*.yaml``): the document's main taxonomy (the one
whose issues it names most), the matches of its issues in a sentence and the status their governing cue
gives them, and the matches that name no item (a meeting's title, an agreement of the past, a clause
describing another item)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence

from legation.nlp.agenda import is_item_word
from legation.nlp.context import DocContext, Span, Token, places_in
from legation.nlp.issues.grammar import CONTENT_VERBS, CONTINUATION_NOUNS, Cue, NamedItem, a_year, is_document
from legation.nlp.issues.reading import status_for
from legation.nlp.lexicons import IssueDef, Taxonomy, agenda_words, meeting_words, taxonomies
from legation.nlp.prefilter import count_alternation, folded_pattern, may_match, needed, within_lines


@functools.lru_cache(maxsize=512)
def _issues_pattern(taxonomy: int, issues: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern for some issues of a taxonomy (by index): counting their mentions is one pass."""
    tax = taxonomies()[taxonomy]
    return re.compile("|".join(f"(?:{tax.issues[i].pattern.pattern})" for i in issues), re.IGNORECASE)


def ranked_taxonomies(
    text: str, folded: str | None, places: Callable[[str], Sequence[int]] | None = None
) -> list[tuple[Taxonomy, tuple[IssueDef, ...]]]:
    """Every taxonomy, the one whose issues the text names most often first (none named: none), each
    with the issues the text may name (``folded`` is ``fold(text)``, see :mod:`legation.nlp.prefilter`).

    Issues a taxonomy keeps to itself (``shared: false``, too loose elsewhere: "the next round") count
    only to break ties. Ties go to the taxonomy with more issues: a report naming a ceasefire and
    prisoners is read as conflict settlement, of which humanitarian talks are a part. An issue whose
    words the text lacks matches nowhere in it, so leaving it out of the pattern changes no count, and
    costs far less. ``places`` tells where a word stands in ``folded`` (see
    :func:`legation.nlp.prefilter.may_match`), so that the words are searched for once per document.
    """
    scored = []
    for n, tax in enumerate(taxonomies()):
        kept = tuple(i for i, issue in enumerate(tax.issues) if may_match(issue.pattern, folded, places))
        shared = tuple(i for i in kept if tax.issues[i].shared)
        hits = _count(text, folded, n, kept, places) if kept else 0
        # issues too loose for other taxonomies ("the next round") do not say what the text is about
        strong = (
            (_count(text, folded, n, shared, places) if len(shared) < len(kept) else hits) if shared else 0
        )
        scored.append((-strong, -hits, -len(tax.issues), n, tax, tuple(tax.issues[i] for i in kept)))
    scored.sort(key=lambda x: (x[0], x[1], x[2], x[3]))  # ties: the broader taxonomy
    if not scored or scored[0][1] == 0:
        return []
    return [(tax, kept) for _s, _h, _size, _n, tax, kept in scored]


def _count(
    text: str,
    folded: str | None,
    taxonomy: int,
    issues: tuple[int, ...],
    places: Callable[[str], Sequence[int]] | None = None,
) -> int:
    """Matches of some issues of a taxonomy in the text (non-overlapping, as ``findall`` counts them).

    When no issue's match can span a line break, each line is searched apart, and only for the issues
    whose words it holds (found by a substring search of each word): the matches are the same, and
    most lines are searched for none. The issues' alternation is then not compiled but followed
    (:func:`legation.nlp.prefilter.count_alternation`): the sets of issues a document's lines name are
    new in nearly every document, and compiling a pattern for each cost about 5 % of extraction on
    real reports.
    """
    tax = taxonomies()[taxonomy]
    if not all(within_lines(tax.issues[i].pattern) for i in issues):
        return len(_issues_pattern(taxonomy, issues).findall(text))
    if folded is None:
        return count_alternation([tax.issues[i].pattern for i in issues], text)
    places = places if places is not None else functools.partial(places_in, folded)
    starts = [0]
    while (brk := text.find("\n", starts[-1])) >= 0:
        starts.append(brk + 1)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    by_line: dict[int, set[int]] = {}
    for i in issues:
        words = needed(tax.issues[i].pattern)
        if words is None:
            for line in range(len(starts)):
                by_line.setdefault(line, set()).add(i)
            continue
        # a word holds no line break, so each of its places is in one line; a line is counted once per issue
        lines = {bisect.bisect_right(starts, at) - 1 for word in words for at in places(word)}
        for line in lines:
            by_line.setdefault(line, set()).add(i)
    total = 0
    for line, here in by_line.items():
        key = sorted(here)  # the alternation's order
        lower = [p for i in key if (p := folded_pattern(tax.issues[i].pattern)) is not None]
        if len(lower) == len(key):  # the folded text searched case-sensitively: faster
            total += count_alternation(lower, folded, starts[line], ends[line])
        else:
            total += count_alternation([tax.issues[i].pattern for i in key], text, starts[line], ends[line])
    return total


def taxonomy_named(
    ctx: DocContext,
    sent: Span,
    ranked: list[tuple[Taxonomy, tuple[IssueDef, ...]]],
    cues: list[Cue],
    inherited: str | None,
) -> list[NamedItem]:
    """Taxonomy issues named in the sentence with the status their governing cue gives them.

    The document's main taxonomy is matched first; a later taxonomy's match over the same words
    ("truce" as a ceasefire, not a tariff truce) is dropped. Only the issues the document may name
    are tried, each only if the sentence has its words (:func:`legation.nlp.prefilter.may_match`).
    """
    found: list[NamedItem] = []
    seen: set[str] = set()
    text = ctx.text_of(sent)
    if not ranked or (ctx.folded is None and not _any_issue_pattern().search(text)):
        return found
    tried, patterns = _tried(ranked)
    lower_text = ctx.folded_of(sent)
    for k in ctx.patterns_in(patterns, sent):  # the issues whose words the sentence has
        issue = tried[k]
        if issue.key in seen:
            continue
        lower = folded_pattern(issue.pattern) if lower_text is not None else None
        # the folded sentence searched case-sensitively where it may be (faster), at the same places
        for m in (
            lower.finditer(lower_text)
            if lower is not None and lower_text is not None
            else issue.pattern.finditer(text)
        ):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if any(f.start < end and start < f.end for f in found) or _of_the_past(ctx, sent, end):
                continue
            if _a_meetings_title(ctx.token_at(sent, end - 1)):
                continue  # "on the sidelines of the Economic Leaders' Meeting": where, not what
            status, cue = status_for(ctx, sent, start, end, cues)
            if cue is not None and _describes_another(ctx, ctx.token_at(sent, end - 1), cue):
                continue  # "a peace treaty that would replace the armistice": the treaty is the item
            own_cues = [c for c in cues if c.token.lemma_.lower() not in CONTINUATION_NOUNS]
            if status is None and inherited is not None and not own_cues:
                status = inherited
            if status is None:
                continue
            seen.add(issue.key)
            found.append(
                NamedItem(issue.key, issue.label, start, end, text[m.start() : m.end()], status, cue)
            )
            break
    return found


#: The ranking :func:`_tried` read last, with its issues to try and their patterns: a document's one
#: ranking serves all its sentences, and the patterns' sequence stays the same object for
#: :meth:`~legation.nlp.context.DocContext.patterns_in` to keep its table by.
_LAST_TRIED: tuple[object, list[IssueDef], tuple[re.Pattern[str], ...]] = (None, [], ())


def _tried(
    ranked: list[tuple[Taxonomy, tuple[IssueDef, ...]]],
) -> tuple[list[IssueDef], tuple[re.Pattern[str], ...]]:
    """The issues :func:`taxonomy_named` tries, in order (the main taxonomy's, then the other
    taxonomies' shared ones), and their patterns."""
    global _LAST_TRIED
    last = _LAST_TRIED
    if last[0] is not ranked:
        tried = [
            issue for n, (_tax, issues) in enumerate(ranked) for issue in issues if not n or issue.shared
        ]
        last = _LAST_TRIED = (ranked, tried, tuple(issue.pattern for issue in tried))
    return last[1], last[2]


#: Nouns of asking and offering whose clause says what is asked ("demands that it halt X").
_ASKING_NOUNS = {
    "demand", "call", "proposal", "offer", "request", "plan", "idea", "suggestion", "insistence",
    "condition", "precondition", "ultimatum", "appeal", "bid",
}  # fmt: skip


def _describes_another(ctx: DocContext, tok: Token | None, cue: Token) -> bool:
    """Whether words a cue governs sit in a clause describing another item, not in what the cue is
    about: in "discussed a peace treaty that would replace the armistice" the treaty is discussed, the
    armistice only describes it; "a deal involving a soldier who was held hostage" names no hostage
    talks. What an agreement's own clause says it provides ("an agreement that includes X") is its
    content, and stays."""
    if tok is None:
        return False
    heads, deps, pos = ctx.heads, ctx.deps, ctx.pos  # the walk up read from the tables, no Tokens
    at = tok.i
    while heads[at] != at and at != cue.i:
        if deps[at] in ("relcl", "acl") and pos[at] in ("VERB", "AUX"):
            node, described = ctx.tokens[at], ctx.tokens[heads[at]]
            if described.i == cue.i or (node.lemma_.lower() in CONTENT_VERBS and is_document(described)):
                return False
            if described.lemma_.lower() in _ASKING_NOUNS:
                return False  # "rejected demands that it halt X": what a demand asks is its content
            # only a bare agreement's clause may say what it settles ("a deal which lifts X")
            return not is_document(described) or is_item_word(ctx, described)
        at = heads[at]
    return False


#: Dependencies of the words before a noun that say which of its kind it is ("auto tariffs",
#: "ceasefire monitoring").
_NARROWING = ("compound", "amod", "nmod")


def worded(ctx: DocContext, sent: Span, item: NamedItem) -> str:
    """The words a report named a taxonomy item with: the match and the noun it modifies, with the
    modifiers that say which of its kind it is ("the 25% auto tariffs" → "auto tariffs", "a ceasefire
    monitoring mechanism" → "ceasefire monitoring mechanism"); not a country, a number or a vague
    word ("new", "further"), which name no kind. They are kept as the item's wording beside its
    label, as a reader and a scorer see which tariffs or which ceasefire matter the report meant."""
    tok = ctx.token_at(sent, item.end - 1)
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return item.phrase
    for _ in range(3):
        if tok.dep_ != "compound" or tok.head.pos_ != "NOUN" or not 0 < tok.head.i - tok.i <= 3:
            break
        tok = tok.head
    vague = agenda_words().vague
    first = tok.i
    while first > sent.start:
        left = tok.doc[first - 1]
        if left.head.i < first or left.head.i > tok.i or left.dep_ not in _NARROWING:
            break
        if left.lower_ in vague or left.lemma_.lower() in vague or left.like_num or left.ent_type_:
            break
        first -= 1
    words = tok.doc[first : tok.i + 1]
    if len(words) > 5 or not words.start_char <= item.start < item.end <= words.end_char:
        return item.phrase
    return str(words.text)


def _a_meetings_title(tok: Token | None) -> bool:
    """ "the Economic Leaders' Meeting", "the Peace Summit": a meeting named by its title (a capitalised
    meeting noun of a name) is where talks are held, never a thing negotiated; "agreed to hold a
    leaders' summit" puts one on the table."""
    if tok is None or not tok.is_title:
        return False
    if tok.lemma_.lower() not in meeting_words().nouns and tok.lower_ not in meeting_words().nouns:
        return False
    # a capitalised noun the parser took for a common one is a title when a name modifies it ("the
    # Nordic Leaders' Meeting"), not when it only opens the sentence
    named = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in tok.children)
    return tok.pos_ == "PROPN" or named


def _of_the_past(ctx: DocContext, sent: Span, end: int) -> bool:
    """ "the 1953 armistice agreement": a document dated by its year is history, not an item."""
    tok = ctx.token_at(sent, end - 1)
    nouns = [tok] if tok is not None else []
    while nouns and nouns[-1].dep_ == "compound" and len(nouns) < 4:
        nouns.append(nouns[-1].head)
    return any(a_year(c) for t in nouns for c in t.lefts)


@functools.cache
def _any_issue_pattern() -> re.Pattern[str]:
    """One pattern for every taxonomy's issues: most sentences name none, and are skipped at once."""
    return re.compile(
        "|".join(f"(?:{i.pattern.pattern})" for t in taxonomies() for i in t.issues), re.IGNORECASE
    )
