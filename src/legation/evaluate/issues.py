"""Scoring issue statuses: which agenda item stood where at which round, and who raised it.

A dossier's issue keys are its own taxonomy's, so a dossier issue is mapped to a gold issue by words:
the gold label or an alias must occur (as whole words, normalised) in the dossier issue's label, key or
aliases; only when none does are the row's evidence sentences searched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from legation.evaluate.gold import GoldIssue, GoldIssueStatus, GoldTrack
from legation.evaluate.normalise import contains_phrase, normalise, party_key, same_as
from legation.evaluate.tally import Tally
from legation.model import Issue, IssueStatus, Track


def _mentioned(texts: Iterable[str], issues: Sequence[GoldIssue]) -> list[GoldIssue]:
    """Gold issues named in ``texts``, the most specific (longest phrase matched) first."""
    texts = list(texts)
    scored = []
    for issue in issues:
        lengths = [len(normalise(p)) for p in issue.phrases if any(contains_phrase(t, p) for t in texts)]
        if lengths:
            scored.append((max(lengths), issue))
    return [issue for _, issue in sorted(scored, key=lambda pair: -pair[0])]


def candidate_issues(
    row: IssueStatus, issue: Issue | None, gold_issues: Sequence[GoldIssue]
) -> list[GoldIssue]:
    """The gold issues a dossier row may be about, in order of preference.

    The dossier's own naming (label, key, aliases) decides when it names any gold issue; the evidence
    sentences are only a fallback.
    """
    names = [row.issue] if issue is None else [issue.label, issue.key, *issue.aliases]
    named = _mentioned(names, gold_issues)
    return named or _mentioned((e.sentence for e in row.evidence), gold_issues)


def score_issue_status(tally: Tally, gold: GoldTrack, track: Track | None, rounds: dict[str, str]) -> None:
    """Parts ``issue_status`` and ``raised_by``; ``rounds`` maps dossier round ids to gold round ids."""
    rows = track.issue_status if track is not None else ()
    issues = {i.key: i for i in track.issues} if track is not None else {}
    # Non-optional gold rows are tried first, so that an optional row never takes a dossier row's credit.
    open_rows = sorted(gold.issue_status, key=lambda s: s.optional)
    for row in rows:
        where = f"dossier {row.round_id}/{row.issue}={row.status}"
        gold_round = rounds.get(row.round_id)
        candidates = candidate_issues(row, issues.get(row.issue), gold.issues)
        found = _find(open_rows, gold_round, candidates, row.status)
        if found is None:
            why = "its round matches no gold round" if gold_round is None else "no gold row agrees"
            about = ", ".join(i.key for i in candidates) or "no gold issue"
            tally.add("issue_status", "fp", f"{where} (about {about}): {why}")
            continue
        open_rows.remove(found)
        if found.optional:
            continue
        tally.add("issue_status", "tp", f"{where} = gold {found.round}/{found.issue}={found.status}")
        if found.raised_by is not None:
            tally.compare(
                "raised_by",
                row.raised_by,
                found.raised_by,
                _same_party(found.raised_by, track),
                f"gold {found.round}/{found.issue} raised_by",
            )
    for left in open_rows:
        if not left.optional:
            tally.add("issue_status", "fn", f"gold {left.round}/{left.issue}={left.status}: no dossier row")


def _same_party(gold: str, track: Track | None) -> Callable[[str | None], bool]:
    """A raiser is the gold's party under its name or a wording the reports used for it, as tracks are
    paired (``Track.party_names``): "Palestine" written "Palestinians" is the gold's "Palestinians"."""
    exact = same_as([gold])
    names = track.party_names if track is not None else {}

    def test(value: str | None) -> bool:
        if value is None:
            return False
        return exact(value) or party_key(gold) in {party_key(w) for w in (value, *names.get(value, ()))}

    return test


def _find(
    open_rows: Sequence[GoldIssueStatus], gold_round: str | None, candidates: Sequence[GoldIssue], status: str
) -> GoldIssueStatus | None:
    if gold_round is None:
        return None
    for issue in candidates:
        for g in open_rows:
            if g.round == gold_round and g.issue == issue.key and status in g.statuses:
                return g
    return None
