"""Agenda items and their status, sentence by sentence.

An issue is named by a taxonomy pattern (``data/issues/*.yaml``) or, failing that, surfaced by the
general fallback from what parties "discussed", "raised" or "agreed on", or declared "not on the
agenda". Its status comes from the nearest status cue that governs the words naming it
(``data/status_cues.yaml``); a phrase cue ("agreed to develop a roadmap") can lift it further, and a
sentence that continues the previous one ("These commitments ...") inherits that sentence's status.
Who raised it is the country behind the subject of the cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from legation.model import STATUS_RANK, IssueMention
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.lexicons import Taxonomy, meeting_words, status_cues, taxonomies
from legation.nlp.meetings import meeting_for_sentence

RANK = STATUS_RANK

_CONTINUATION_NOUNS = {
    "commitment", "agreement", "measure", "step", "arrangement", "document", "note", "deal", "accord",
    "understanding", "decision", "plan", "roadmap",
}  # fmt: skip
_RAISING = {"raised", "proposed", "rejected", "excluded"}
_FALLBACK_CUES = {"discuss", "raise", "agree", "propose", "negotiate"}
_QUANTITY = {
    "numerous",
    "several",
    "many",
    "various",
    "some",
    "all",
    "other",
    "certain",
    "a",
    "the",
    "new",
    "key",
}


@dataclass(frozen=True, slots=True)
class _Found:
    issue: str
    label: str
    start: int  # character offsets in the document
    end: int


def find_issues(
    ctx: DocContext, meetings: list[object], statements: list[object]
) -> tuple[list[IssueMention], str | None]:
    """Issue mentions of a document and the subject of the taxonomy they come from (if any)."""
    taxonomy = _choose_taxonomy(ctx.document.text)
    mentions: list[IssueMention] = []
    previous_status: str | None = None
    for sent in ctx.doc.sents:
        found = _taxonomy_issues(ctx, sent, taxonomy) if taxonomy else []
        cues = _cue_tokens(sent)
        phrase_statuses = _phrase_statuses(ctx.text_of(sent))
        sentence_status = _best([*(s for _t, s in cues), *phrase_statuses])
        inherits = _continues_previous(sent)
        index = ctx.sentence_index(sent.start_char)
        meeting = meeting_for_sentence(meetings, index)  # type: ignore[arg-type]
        named: list[tuple[_Found, str, Token | None, str]] = []
        for item in found:
            status, cue = _status_for(sent, item, cues, phrase_statuses)
            if status is None and inherits:
                status = previous_status
            if status is not None:
                named.append((item, status, cue, ctx.document.text[item.start : item.end]))
        covered = {item.start for item, *_rest in named}
        named += [
            (i, st, cue, i.label)
            for i, st, cue in _fallback(sent, cues, found, phrase_statuses)
            if i.start not in covered
        ]
        for item, status, cue, phrase in named:
            mentions.append(
                IssueMention(
                    issue=item.issue,
                    label=item.label,
                    status=status,
                    evidence=ctx.evidence(item.start, item.end),
                    raised_by=_raiser(ctx, cue, sent, statements) if status in _RAISING else None,
                    meeting=meeting,
                    phrase=phrase,
                )
            )
        if sentence_status is not None:
            previous_status = sentence_status
        elif not inherits:
            previous_status = None
    return mentions, (
        taxonomy.subject if taxonomy and any(not m.issue.startswith("other:") for m in mentions) else None
    )


def _choose_taxonomy(text: str) -> Taxonomy | None:
    """The taxonomy whose issues the text names most often."""
    best, best_hits = None, 0
    for tax in taxonomies():
        hits = sum(len(issue.pattern.findall(text)) for issue in tax.issues)
        if hits > best_hits:
            best, best_hits = tax, hits
    return best


def _taxonomy_issues(ctx: DocContext, sent: Span, taxonomy: Taxonomy) -> list[_Found]:
    found: list[_Found] = []
    seen: set[str] = set()
    text = ctx.text_of(sent)
    for issue in taxonomy.issues:
        for m in issue.pattern.finditer(text):
            if issue.key in seen:
                break
            seen.add(issue.key)
            found.append(
                _Found(issue.key, issue.label, sent.start_char + m.start(), sent.start_char + m.end())
            )
    return found


def _cue_tokens(sent: Span) -> list[tuple[Token, str]]:
    out = []
    for t in sent:
        lemma = t.lemma_.lower()
        for cue in status_cues():
            if lemma in cue.lemmas and t.pos_ in ("VERB", "NOUN"):
                out.append((t, cue.status))
                break
    return out


def _phrase_statuses(text: str) -> list[str]:
    return [cue.status for cue in status_cues() if cue.phrases is not None and cue.phrases.search(text)]


def _best(statuses: list[str]) -> str | None:
    return max(statuses, key=lambda s: RANK[s]) if statuses else None


def _token_at(sent: Span, char: int) -> Token | None:
    for t in sent:
        if t.idx <= char < t.idx + max(len(t.text), 1):
            return t
    return None


def _status_for(
    sent: Span, item: _Found, cues: list[tuple[Token, str]], phrase_statuses: list[str]
) -> tuple[str | None, Token | None]:
    """The status of the nearest cue governing the item's words, lifted by a stronger phrase cue."""
    tok = _token_at(sent, item.end - 1)
    cue_tokens = {t.i: (t, s) for t, s in cues}
    governing: tuple[Token, str] | None = None
    node = tok
    while node is not None:
        if node.i in cue_tokens:
            governing = cue_tokens[node.i]
            break
        if node.head.i == node.i:
            break
        node = node.head
    if governing is not None and _negated(governing[0]):
        return None, None  # "failed to agree on a ceasefire", "did not discuss": no status to report
    status = governing[1] if governing else None
    lifted = _best(phrase_statuses)
    stronger = lifted is not None and (status is None or RANK[lifted] > RANK[status])
    if stronger and (status is not None or not cues):
        status = lifted
    return status, governing[0] if governing else None


def _negated(cue: Token) -> bool:
    """ "did not agree", "failed to agree", "refused to discuss"."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    head = cue.head
    return cue.dep_ == "xcomp" and head.lemma_.lower() in ("fail", "refuse", "decline") and head.i != cue.i


def _continues_previous(sent: Span) -> bool:
    """ "These commitments are designed to ...": a sentence about what the previous one settled."""
    for t in sent:
        if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _CONTINUATION_NOUNS:
            return any(c.lower_ in ("these", "this", "those", "the", "such") for c in t.children)
    return False


def _raiser(ctx: DocContext, cue: Token | None, sent: Span, statements: list[object]) -> str | None:
    """The country behind the subject of the cue; for a declaration, the speaker's party."""
    if cue is not None:
        for c in cue.children:
            if c.dep_ in ("nsubj", "agent"):
                words = " ".join(t.text for t in c.subtree)
                parties = ctx.parties_in(words)
                if len(parties) == 1:
                    return parties[0]
                return None
    for st in statements:
        ev = getattr(st, "evidence", None)
        if (ev is not None and ev.start <= sent.start_char < ev.end + 1) or (
            ev is not None and ev.sentence_index == ctx.sentence_index(sent.start_char)
        ):
            party = getattr(getattr(st, "speaker", None), "party", None)
            if party:
                return str(party)
    return None


def _fallback(
    sent: Span, cues: list[tuple[Token, str]], found: list[_Found], phrase_statuses: list[str]
) -> list[tuple[_Found, str, Token | None]]:
    """Items outside the taxonomy: what parties discussed, raised or agreed on, or put off the agenda."""
    out: list[tuple[_Found, str, Token | None]] = []
    generic = meeting_words().generic
    for cue, status in cues:
        if cue.lemma_.lower() not in _FALLBACK_CUES or cue.pos_ != "VERB":
            continue
        if any(cue in tok.ancestors for f in found if (tok := _token_at(sent, f.start)) is not None):
            continue
        obj = _object_of(cue)
        if obj is None:
            continue
        head = _content_noun(obj, generic)
        if head is None:
            continue
        label = _label(head)
        if label:
            out.append(
                (_Found("other:" + _slug(label), label, head.idx, head.idx + len(head.text)), status, cue)
            )
    for status in phrase_statuses:
        if status != "excluded":
            continue
        for t in sent:
            if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN") and t.lower_ not in generic:
                if t.lemma_.lower() in meeting_words().nouns:
                    continue
                label = _label(t)
                out.append(
                    (_Found("other:" + _slug(label), label, t.idx, t.idx + len(t.text)), "excluded", None)
                )
                break
    return out


def _object_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "about"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _content_noun(tok: Token, generic: frozenset[str]) -> Token | None:
    """The first noun under ``tok`` that names something ("ways to resolve irritants" → irritants)."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in generic and tok.lemma_.lower() not in generic:
        return tok
    for t in tok.subtree:
        if t.i == tok.i:
            continue
        if t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN") and t.lower_ not in generic:
            return t
    return None


def _label(head: Token) -> str:
    words = [
        t
        for t in head.lefts
        if t.dep_ in ("amod", "compound") and t.lower_ not in _QUANTITY and not t.is_punct
    ]
    words = [w for w in words if w.i >= head.i - 3]
    return " ".join([*(w.text for w in words), head.text]).strip()


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
