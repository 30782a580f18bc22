"""Scoring issue statuses: which agenda item stood where at which round, and who raised it.

A dossier's issue keys are its own taxonomy's, so a dossier issue is mapped to a gold issue by words:
the gold label or an alias must occur (as whole words, normalised) in the dossier issue's label, key or
aliases; only when none does are the row's evidence sentences searched. Rows are then matched to gold
rows one to one by a maximum matching (:func:`match_rows`), not in the order the dossier lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from legation.evaluate.assign import best_assignment
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
    return _candidates(row, issue, gold_issues)[0]


def _candidates(
    row: IssueStatus, issue: Issue | None, gold_issues: Sequence[GoldIssue]
) -> tuple[list[GoldIssue], bool]:
    """:func:`candidate_issues`, and whether they were named by the dossier issue (not found only in
    the evidence)."""
    names = [row.issue] if issue is None else [issue.label, issue.key, *issue.aliases]
    named = _mentioned(names, gold_issues)
    if named:
        return named, True
    return _mentioned((e.sentence for e in row.evidence), gold_issues), False


def match_rows(
    rows: Sequence[IssueStatus],
    candidates: Sequence[tuple[Sequence[GoldIssue], bool]],
    gold_rows: Sequence[GoldIssueStatus],
    rounds: dict[str, str],
) -> dict[int, int]:
    """Dossier row index → gold row index, one to one, whatever order either side lists its rows in.

    A pair is allowed when the row's round is matched to the gold row's round, the gold issue is one of
    the row's candidates and the status is one the gold accepts. Among all one-to-one matchings the one
    kept has, in this order of importance: the most non-optional gold rows matched (true positives);
    the most rows matched at all (an optional gold row absorbs a row that would otherwise be a false
    positive); the most rows matched through their own naming rather than only their evidence; the
    most specific candidates (earliest in each row's candidate list).
    """
    size = min(len(rows), len(gold_rows)) + 1
    deepest = max((len(c) for c, _ in candidates), default=0) + 1
    # Mixed radix: the summed lower terms of any matching stay below one unit of the term above.
    named_unit = size * deepest
    matched_unit = size * named_unit
    tp_unit = size * matched_unit
    table: list[list[int | None]] = []
    for row, (issues, named) in zip(rows, candidates, strict=True):
        rank = {issue.key: n for n, issue in enumerate(issues)}
        gold_round = rounds.get(row.round_id)
        line: list[int | None] = []
        for g in gold_rows:
            agrees = g.round == gold_round and g.issue in rank and row.status in g.statuses
            if not agrees:
                line.append(None)
                continue
            line.append(
                (not g.optional) * tp_unit + matched_unit + named * named_unit + (deepest - rank[g.issue])
            )
        table.append(line)
    return best_assignment(table)


def score_issue_status(tally: Tally, gold: GoldTrack, track: Track | None, rounds: dict[str, str]) -> None:
    """Parts ``issue_status`` and ``raised_by``; ``rounds`` maps dossier round ids to gold round ids."""
    rows = track.issue_status if track is not None else ()
    issues = {i.key: i for i in track.issues} if track is not None else {}
    gold_rows = gold.issue_status
    candidates = [_candidates(row, issues.get(row.issue), gold.issues) for row in rows]
    matched = match_rows(rows, candidates, gold_rows, rounds)
    for n, row in enumerate(rows):
        where = f"dossier {row.round_id}/{row.issue}={row.status}"
        if n not in matched:
            gold_round = rounds.get(row.round_id)
            if gold_round is None:
                why = "its round matches no gold round"
            elif _agrees(row, candidates[n][0], gold_rows, gold_round):
                why = "the gold row it agrees with went to another dossier row"
            else:
                why = "no gold row agrees"
            about = ", ".join(i.key for i in candidates[n][0]) or "no gold issue"
            tally.add("issue_status", "fp", f"{where} (about {about}): {why}")
            continue
        found = gold_rows[matched[n]]
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
    taken = set(matched.values())
    for m, left in enumerate(gold_rows):
        if m not in taken and not left.optional:
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


def _agrees(
    row: IssueStatus, candidates: Sequence[GoldIssue], gold_rows: Sequence[GoldIssueStatus], gold_round: str
) -> bool:
    """Whether some gold row would match ``row`` had no other dossier row taken it."""
    keys = {i.key for i in candidates}
    return any(g.round == gold_round and g.issue in keys and row.status in g.statuses for g in gold_rows)
