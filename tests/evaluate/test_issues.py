"""Issue statuses: mapping dossier issues to gold issues by words, then matching rows."""

from __future__ import annotations

from typing import Any

from legation.evaluate import score
from legation.evaluate.gold import GoldIssue
from legation.evaluate.issues import candidate_issues
from legation.model import Issue, IssueStatus

from .factories import counts, dossier, ev, gold, gold_round, gold_track, round_, track

GOLD_ISSUES = [
    {"key": "quotas", "label": "Fishing quotas", "aliases": ["catch limits", "quota"]},
    {"key": "ports", "label": "Port access", "aliases": ["port calls"]},
    {"key": "science", "label": "Joint stock survey", "aliases": ["stock assessment"]},
]
ROUNDS = (round_("R1", "2024-03-04", 1), round_("R2", "2024-05-10", 2))
GOLD_ROUNDS = [gold_round("g1", "2024-03-04", 1), gold_round("g2", "2024-05-10", 2)]


def row(
    round_id: str, issue: str, status: str, sentence: str = "They met.", raised_by: str | None = None
) -> IssueStatus:
    return IssueStatus(round_id, issue, status, (ev(sentence=sentence),), raised_by)


def _score(issues: tuple[Issue, ...], rows: tuple[IssueStatus, ...], gold_rows: list[dict[str, Any]]) -> Any:
    d = dossier(track(ROUNDS, issues=issues, issue_status=rows))
    g = gold(gold_track(rounds=GOLD_ROUNDS, issues=GOLD_ISSUES, issue_status=gold_rows))
    return score(d, g)


def test_dossier_label_naming_a_gold_alias_maps_the_issue() -> None:
    issues = (Issue("fish", "Catch limits for anchovy"), Issue("harbour", "Port calls by fishing vessels"))
    rows = (row("R1", "fish", "agreed"), row("R2", "harbour", "raised"), row("R2", "fish", "discussed"))
    gold_rows = [
        {"round": "g1", "issue": "quotas", "status": "agreed"},
        {"round": "g2", "issue": "ports", "status": "raised"},
        {"round": "g2", "issue": "quotas", "status": "agreed"},
    ]
    e = _score(issues, rows, gold_rows)
    assert counts(e, "issue_status") == (2, 1, 1)  # g2 quotas: the dossier says discussed, gold agreed


def test_evidence_is_searched_only_when_the_dossier_names_no_gold_issue() -> None:
    gold_issues = [GoldIssue(i["key"], i["label"], tuple(i["aliases"])) for i in GOLD_ISSUES]
    sentence = "They agreed on a joint stock assessment and on port calls."
    by_label = row("R1", "harbour", "agreed", sentence)
    assert [
        i.key for i in candidate_issues(by_label, Issue("harbour", "Port access rules"), gold_issues)
    ] == ["ports"]
    unnamed = row("R1", "other:agenda", "agreed", sentence)
    found = candidate_issues(unnamed, Issue("other:agenda", "Item four"), gold_issues)
    assert [i.key for i in found] == ["science", "ports"]  # longest phrase first
    assert candidate_issues(row("R1", "x", "agreed"), None, gold_issues) == []


def test_evidence_fallback_finds_the_gold_row_among_several_issues() -> None:
    rows = (row("R1", "other:1", "agreed", "They agreed on a joint stock assessment and on port calls."),)
    e = _score((Issue("other:1", "Item one"),), rows, [{"round": "g1", "issue": "ports", "status": "agreed"}])
    assert counts(e, "issue_status") == (1, 0, 0)


def test_key_and_aliases_of_the_dossier_issue_count_as_its_naming() -> None:
    issues = (Issue("port_access", "Item two"), Issue("x", "Item three", ("quota",)))
    rows = (row("R1", "port_access", "raised"), row("R1", "x", "raised"))
    gold_rows = [
        {"round": "g1", "issue": "ports", "status": "raised"},
        {"round": "g1", "issue": "quotas", "status": "raised"},
    ]
    e = _score(issues, rows, gold_rows)
    assert counts(e, "issue_status") == (2, 0, 0)


def test_also_accepted_status_and_optional_rows() -> None:
    issues = (
        Issue("quotas", "Fishing quotas"),
        Issue("ports", "Port access"),
        Issue("science", "Joint stock survey"),
    )
    rows = (row("R1", "quotas", "proposed"), row("R1", "ports", "discussed"), row("R2", "science", "agreed"))
    gold_rows = [
        {"round": "g1", "issue": "quotas", "status": "raised", "also_accepted": {"status": ["proposed"]}},
        {"round": "g1", "issue": "ports", "status": "discussed", "optional": True},
        {"round": "g2", "issue": "science", "status": "roadmap", "optional": True},
    ]
    e = _score(issues, rows, gold_rows)
    # quotas: accepted status; ports: matches an optional row, neither way; science: wrong status → fp
    assert counts(e, "issue_status") == (1, 1, 0)


def test_rows_of_rounds_the_gold_does_not_know_are_false() -> None:
    rows = (row("R9", "quotas", "agreed"), row("R404", "quotas", "agreed"))
    rounds = (*ROUNDS, round_("R9", "2024-08-08", 3))
    d = dossier(track(rounds, issues=(Issue("quotas", "Fishing quotas"),), issue_status=rows))
    g = gold(gold_track(rounds=GOLD_ROUNDS, issues=GOLD_ISSUES, issue_status=[]))
    assert counts(score(d, g), "issue_status") == (0, 2, 0)


def test_a_duplicate_row_is_a_false_positive() -> None:
    issues = (Issue("quotas", "Fishing quotas"), Issue("limits", "Catch limits"))
    rows = (row("R1", "quotas", "agreed"), row("R1", "limits", "agreed"))
    e = _score(issues, rows, [{"round": "g1", "issue": "quotas", "status": "agreed"}])
    assert counts(e, "issue_status") == (1, 1, 0)


def test_raised_by_is_scored_over_matched_rows_where_gold_names_a_party() -> None:
    issues = (
        Issue("quotas", "Fishing quotas"),
        Issue("ports", "Port access"),
        Issue("science", "Stock survey"),
    )
    rows = (
        row("R1", "quotas", "raised", raised_by="Peru"),
        row("R1", "ports", "raised", raised_by="Peru"),
        row("R2", "quotas", "raised"),
        row("R2", "ports", "raised", raised_by="Japan"),
    )
    gold_rows = [
        {"round": "g1", "issue": "quotas", "status": "raised", "raised_by": "peru"},
        {"round": "g1", "issue": "ports", "status": "raised", "raised_by": "Japan"},
        {"round": "g2", "issue": "quotas", "status": "raised", "raised_by": "Japan"},
        {"round": "g2", "issue": "ports", "status": "raised", "raised_by": None},
    ]
    e = _score(issues, rows, gold_rows)
    assert counts(e, "issue_status") == (4, 0, 0)
    assert counts(e, "raised_by") == (1, 1, 2)


def test_a_raiser_is_the_gold_party_under_a_wording_the_reports_used() -> None:
    import dataclasses

    issues = (Issue("quotas", "Fishing quotas"),)
    rows = (row("R1", "quotas", "raised", raised_by="Japan"),)
    t = dataclasses.replace(
        track(ROUNDS, issues=issues, issue_status=rows), party_names={"Japan": ("Japanese", "Tokyo")}
    )
    gold_rows = [{"round": "g1", "issue": "quotas", "status": "raised", "raised_by": "Tokyo"}]
    e = score(dossier(t), gold(gold_track(rounds=GOLD_ROUNDS, issues=GOLD_ISSUES, issue_status=gold_rows)))
    assert counts(e, "raised_by") == (1, 0, 0)
    other = [{"round": "g1", "issue": "quotas", "status": "raised", "raised_by": "Peru"}]
    e = score(dossier(t), gold(gold_track(rounds=GOLD_ROUNDS, issues=GOLD_ISSUES, issue_status=other)))
    assert counts(e, "raised_by") == (0, 1, 1)


def _tp_rows(e: Any) -> list[str]:
    return [f.detail.split(" = ")[0] for f in e.findings if f.part == "issue_status" and f.outcome == "tp"]


def test_a_row_naming_the_gold_issue_wins_over_one_found_only_in_its_evidence() -> None:
    # The evidence-only row sorts first by key; the row whose label names the issue must still get it.
    issues = (Issue("a:harbour-fees", "Harbour fees"), Issue("b:port-calls", "Port calls"))
    rows = (
        row("R1", "a:harbour-fees", "raised", "Fees were raised together with port calls.", raised_by="Peru"),
        row("R1", "b:port-calls", "raised", raised_by="Japan"),
    )
    gold_rows = [{"round": "g1", "issue": "ports", "status": "raised", "raised_by": "Japan"}]
    for ordered in (rows, rows[::-1]):
        e = _score(issues, ordered, gold_rows)
        assert counts(e, "issue_status") == (1, 1, 0)
        assert _tp_rows(e) == ["dossier R1/b:port-calls=raised"]
        assert counts(e, "raised_by") == (1, 0, 0)


def test_rows_are_matched_to_give_the_most_true_positives_whatever_their_order() -> None:
    # The first row names both gold issues (ports the more specific); taking ports for it would leave
    # the second row, which names only ports, unmatched and quotas missed.
    issues = (Issue("a:both", "Quota and port calls"), Issue("b:ports", "Port calls"))
    rows = (row("R1", "a:both", "agreed"), row("R1", "b:ports", "agreed"))
    gold_rows = [
        {"round": "g1", "issue": "quotas", "status": "agreed"},
        {"round": "g1", "issue": "ports", "status": "agreed"},
    ]
    for ordered in (rows, rows[::-1]):
        assert counts(_score(issues, ordered, gold_rows), "issue_status") == (2, 0, 0)


def test_a_row_that_lost_its_gold_row_to_a_better_one_says_so() -> None:
    issues = (Issue("a:fees", "Fees"), Issue("b:ports", "Port calls"))
    rows = (row("R1", "a:fees", "raised", "Fees and port calls."), row("R1", "b:ports", "raised"))
    e = _score(issues, rows, [{"round": "g1", "issue": "ports", "status": "raised"}])
    (fp,) = [f.detail for f in e.findings if f.part == "issue_status" and f.outcome == "fp"]
    assert fp.startswith("dossier R1/a:fees=raised (about ports)") and "another dossier row" in fp


def test_an_optional_gold_row_absorbs_a_row_the_required_one_does_not_need() -> None:
    # Either row may match the required ports row; the one only it can absorb goes to the optional row.
    issues = (Issue("a:ports", "Port calls"), Issue("b:mixed", "Port calls and stock assessment"))
    rows = (row("R1", "a:ports", "raised"), row("R1", "b:mixed", "raised"))
    gold_rows = [
        {"round": "g1", "issue": "ports", "status": "raised"},
        {"round": "g1", "issue": "science", "status": "raised", "optional": True},
    ]
    for ordered in (rows, rows[::-1]):
        assert counts(_score(issues, ordered, gold_rows), "issue_status") == (1, 0, 0)
