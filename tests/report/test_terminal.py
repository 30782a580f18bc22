"""The terminal dossier: what an analyst must find in it, on a hand-made Iran–EU dossier."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from legation.model import Document, Dossier, IssueStatus, Round, Statement, Track, from_dict, to_dict
from legation.report.terminal import print_dossier, render_dossier, status_legend

from .dossiers import DOSSIER, ROUND_1, ROUND_2, TRACK

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def text() -> str:
    return render_dossier(DOSSIER)


def _line_with(text: str, *needles: str) -> str:
    """The first line containing every needle; fails the test when there is none."""
    for line in text.splitlines():
        if all(n in line for n in needles):
            return line
    raise AssertionError(f"no line contains all of {needles!r}")


def test_header_names_track_parties_subject_dates_and_sources(text: str) -> None:
    assert "European Union – Iran: sanctions relief" in _line_with(text, "───")
    assert "European Union – Iran" in _line_with(text, "Parties:")
    assert "sanctions relief" in _line_with(text, "Subject:")
    assert "2031-05-12 – 2031-06-19 (2 rounds)" in _line_with(text, "Rounds held:")
    assert "2031-05-13 – 2031-06-20 (3 sources)" in _line_with(text, "Reports:")


def test_rounds_in_date_order_with_planned_last(text: str) -> None:
    lines = text.splitlines()
    first = lines.index(_line_with(text, "Palais Coburg"))
    second = lines.index(_line_with(text, "2031-06-19", "Vienna"))
    planned = lines.index(_line_with(text, "Geneva"))
    assert first < second < planned
    assert lines[planned + 1].strip() == "planned"


def test_round_row_has_humane_duration_heads_and_source_count(text: str) -> None:
    row = _line_with(text, "Palais Coburg")
    for piece in ("1", "2031-05-12", "Vienna", "over 6 h", "closed-door", "Leila Farahani"):
        assert piece in row
    assert row.rstrip().endswith("2")  # two sources
    assert "Anneke Vos (political director," in text


def test_disputed_field_is_marked_under_its_value(text: str) -> None:
    lines = text.splitlines()
    row = lines.index(_line_with(text, "Palais Coburg"))
    mark = lines[row + 1]
    assert "⚠ 2 values" in mark
    assert mark.index("⚠") == lines[row].index("over 6 h")  # under the duration column
    assert text.count("⚠") == 1


def test_matrix_has_a_row_per_issue_and_a_column_per_round(text: str) -> None:
    ordinals = _line_with(text, "#1", "#2", "#3")
    assert ordinals.index("#1") < ordinals.index("#2") < ordinals.index("#3")
    header = _line_with(text, "Issue", "2031-05-12")
    assert header.index("2031-05-12") < header.index("2031-06-19") < header.index("planned")
    frozen = _line_with(text, "Release of frozen assets")
    assert frozen.index("discussed") < frozen.index("agreed")
    inspections = _line_with(text, "Inspection schedule")
    assert "rejected" in inspections and inspections.count("·") == 2
    assert "raised → proposed → discussed → agreed" in text


def test_statements_quoted_or_reported_and_in_full(text: str) -> None:
    quote = _line_with(text, "Anneke Vos", "said")
    assert "2031-06-19" in quote and "“We have found common ground" in quote
    assert "…" not in text
    narrow = " ".join(render_dossier(DOSSIER, width=80).split())
    assert "“" + " ".join(TRACK.statements[0].text.split()) + "”" in narrow
    reported = _line_with(text, "Kamran Rostami (spokesman, Iran)", "stressed")
    assert "(reported) the frozen assets" in reported
    assert "2031-05-14" in reported  # no date of its own: the report's date


def test_conflict_lists_each_value_with_its_sources(text: str) -> None:
    assert "over 6 h" in _line_with(text, "#1 2031-05-12", "duration", "Danube Wire, 2031-05-13")
    assert "about 5 h" in _line_with(text, "Alpine Post, 2031-05-14")


def test_sources_skipped_and_errors(text: str) -> None:
    sources = text[text.index("Sources ─") :]
    assert "feeds/wire-1.txt" in _line_with(
        sources, "2031-05-13", "Danube Wire", "Iran and EU open sanctions talks"
    )
    assert "gazette-4" in _line_with(sources, "Gazeta Polska")
    assert "language 'pl' is not English" in _line_with(sources, "gazette-4", "language")
    assert "feeds/broken.jsonl:7: record is not a JSON object" in sources


def test_errors_are_red_in_a_colour_terminal() -> None:
    out = io.StringIO()
    print_dossier(DOSSIER, Console(file=out, width=120, force_terminal=True, color_system="standard"))
    line = _line_with(out.getvalue(), "feeds/broken.jsonl:7")
    assert "\x1b[1;31m" in line


def test_status_cells_are_coloured_by_status() -> None:
    out = io.StringIO()
    print_dossier(DOSSIER, Console(file=out, width=120, force_terminal=True, color_system="standard"))
    row = _line_with(out.getvalue(), "Release of frozen assets")
    assert "\x1b[33m" in row and "\x1b[32m" in row  # discussed yellow, agreed green
    legend = io.StringIO()
    Console(file=legend, width=120, force_terminal=True, color_system="standard").print(status_legend())
    assert len(set(re.findall(r"\x1b\[[0-9;]+m", legend.getvalue()))) > 5


def test_markup_in_article_text_is_printed_verbatim() -> None:
    said = Statement(
        TRACK.statements[1].speaker,
        "said",
        "talks would resume [bold]soon[/bold]",
        False,
        ROUND_1.heads[0].evidence,
    )
    dossier = dataclasses.replace(DOSSIER, tracks=(dataclasses.replace(TRACK, statements=(said,)),))
    assert "[bold]soon[/bold]" in render_dossier(dossier)


def test_everything_missing_still_renders() -> None:
    bare_round = Round("t/r/1", None, None, None, None, None, None, (), (), ())
    track = Track("t", "", (), None, ("ghost",), rounds=(bare_round,))
    dossier = Dossier(documents=(Document("d", "", dt.date(2031, 1, 1)),), tracks=(track,))
    text = render_dossier(dossier)
    assert "Parties:     —" in text and "Subject:     —" in text
    assert "Rounds held: — (1 round)" in text and "(1 source)" in text
    assert _line_with(text, "—", "0").count("—") >= 6


def test_empty_dossier_says_so() -> None:
    text = render_dossier(Dossier(documents=(), tracks=()))
    assert "No negotiation track found" in text
    assert "No documents were read." in text


def test_track_without_rounds_or_issues() -> None:
    track = dataclasses.replace(TRACK, rounds=(), issue_status=(), conflicts=(), statements=())
    text = render_dossier(dataclasses.replace(DOSSIER, tracks=(track,)))
    assert "No rounds found" in text
    assert "Issues by round" not in text and "Statements" not in text and "Conflicting" not in text


def test_status_of_an_unknown_round_gets_its_own_column() -> None:
    track = dataclasses.replace(TRACK, rounds=(ROUND_2,))
    text = render_dossier(dataclasses.replace(DOSSIER, tracks=(track,)))
    header = _line_with(text, "Issue", "2031-06-19")
    assert header.index("2031-06-19") < header.index("r/2031-05-12-n1")
    assert _line_with(text, "Inspection schedule").split()[-1] == "rejected"


def test_long_negotiation_splits_the_matrix_into_tables_of_six_rounds() -> None:
    rounds = tuple(
        dataclasses.replace(ROUND_2, id=f"r{i}", ordinal=i, date=f"2031-{i:02d}-01") for i in range(1, 9)
    )
    statuses = tuple(IssueStatus(r.id, "inspections", "discussed", ()) for r in rounds)
    track = dataclasses.replace(TRACK, rounds=rounds, issue_status=statuses, conflicts=())
    text = render_dossier(dataclasses.replace(DOSSIER, tracks=(track,)))
    assert "Issues by round (1/2)" in text and "Issues by round (2/2)" in text
    assert "#6" in _line_with(text, "#1") and "#7" not in _line_with(text, "#1")
    assert "#8" in _line_with(text, "#7")
    assert _line_with(text, "Inspection schedule").count("discussed") == 6


def test_a_statement_carried_by_several_reports_is_shown_once() -> None:
    first = TRACK.statements[1]
    again = dataclasses.replace(first, evidence=dataclasses.replace(first.evidence, document_id="herald-3"))
    track = dataclasses.replace(TRACK, statements=(first, again))
    text = render_dossier(dataclasses.replace(DOSSIER, tracks=(track,)))
    assert text.count("the frozen assets had to be released") == 1
    assert "(2 reports)" in text


def test_a_document_without_headline_or_outlet_is_named_by_its_first_words() -> None:
    bare = Document("dfa1149400", "Crews on the shore waited for news of the talks.", dt.date(2031, 7, 2))
    text = render_dossier(dataclasses.replace(DOSSIER, documents=(*DOSSIER.documents, bare)))
    assert "2031-07-02" in _line_with(text, "Crews on the shore waited")


def test_hosts_and_mediators_are_shown_beside_the_parties() -> None:
    from legation.model import ThirdParty

    host = ThirdParty("Austria", "host", (ROUND_1.heads[0].evidence,))
    track = dataclasses.replace(TRACK, third_parties=(host, ThirdParty("Oman", "mediator", ())))
    text = render_dossier(dataclasses.replace(DOSSIER, tracks=(track,)), width=80)
    assert "Austria (host); Oman (mediator)" in _line_with(text, "Also there:")
    assert "Also there" not in render_dossier(DOSSIER)


def test_render_is_plain_and_at_most_120_wide(text: str) -> None:
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 120
    assert all(line == line.rstrip() for line in text.splitlines())


def test_golden(text: str, request: pytest.FixtureRequest) -> None:
    golden = GOLDEN / "iran_eu_vienna.txt"
    if request.config.getoption("--update-golden"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), (
        "rendering changed: check, then rerun with --update-golden"
    )


def test_a_dossier_read_back_from_json_renders_the_same(text: str) -> None:
    again = from_dict(Dossier, json.loads(json.dumps(to_dict(DOSSIER))))
    assert render_dossier(again) == text


# --- fitting the width of the terminal ------------------------------------------------------------------


def _words(dossier: Dossier) -> set[str]:
    """Every word of the names, places, quotes and file names the dossier prints."""
    texts: list[str] = [d.path or "" for d in dossier.documents]
    for track in dossier.tracks:
        texts += [s.text for s in track.statements] + [s.speaker.name for s in track.statements]
        for r in track.rounds:
            texts += [r.venue or "", r.city or "", r.format or ""]
            texts += [f"{h.actor.name} {h.actor.role or ''}" for h in r.heads]
    return {w.strip("“”,.()") for t in texts for w in t.split()} - {""}


def _dates(dossier: Dossier) -> set[str]:
    found = {d.published.isoformat() for d in dossier.documents}
    for track in dossier.tracks:
        found |= {r.date for r in track.rounds if r.date}
    return found


@pytest.mark.parametrize("width", [80, 100, 120, 160])
def test_no_word_is_ever_broken_and_no_date_wrapped(width: int) -> None:
    text = render_dossier(DOSSIER, width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    tokens = text.split()
    for word in _words(DOSSIER) | _dates(DOSSIER):
        assert any(word in token for token in tokens), f"{word!r} is broken at {width} columns"


def test_examples_at_80_columns_keep_every_word() -> None:
    """The dossier of ``examples/`` as ``legation run`` prints it in an 80-column terminal."""
    from legation.pipeline import run

    dossier = run([Path(__file__).parents[2] / "examples"])
    text = render_dossier(dossier, width=80)
    tokens = text.split()
    broken = [w for w in _words(dossier) | _dates(dossier) if not any(w in t for t in tokens)]
    assert broken == []
    assert "…" not in text.split("Sources")[0]  # statements in full


def test_narrow_terminal_stacks_rounds_and_statements_as_records() -> None:
    text = render_dossier(DOSSIER, width=80)
    assert "Round #1 2031-05-12" in text and "Round #3 (planned)" in text
    block = text[text.index("Round #1 2031-05-12") :].splitlines()
    assert block[1].split() == ["Date", "2031-05-12"]
    assert "Palais Coburg" in _line_with(text, "Venue")
    assert "⚠ 2 values" in text
    speaker = _line_with(text, "2031-06-19", "Anneke Vos")
    assert speaker.startswith("2031-06-19") and "said" in speaker
    assert "  Date  " not in text.split("Rounds")[1].split("Issues")[0]  # no column headings
    header = _line_with(text, "Issue", "2031-05-12")
    assert header.index("2031-05-12") < header.index("2031-06-19")


def test_wide_terminal_keeps_tables_and_full_statements() -> None:
    text = render_dossier(DOSSIER, width=160)
    assert "Delegation heads" in text and "Round #1" not in text
    quote = _line_with(text, "Anneke Vos", "said")
    assert len(quote) > 130  # the statement column takes the room there is
    assert "…" not in text


def test_third_parties_are_shown_beside_the_parties_never_among_them() -> None:
    from legation.model import Evidence, ThirdParty
    from legation.report.terminal import track_header

    evidence = Evidence("d", 0, 0, 4, "Talks hosted by Oman.")
    roles = (ThirdParty("Oman", "host", (evidence,)), ThirdParty("Oman", "mediator", (evidence,)))
    console = Console(width=100, record=True)
    console.print(track_header(dataclasses.replace(TRACK, third_parties=roles), {}))
    text = console.export_text()
    assert "Oman (host)" in text.split("Also there:")[1] and "Oman (mediator)" in text
    assert "Oman" not in _line_with(text, "Parties:")


def test_a_planned_round_with_no_day_shows_when_it_was_announced_for() -> None:
    from legation.model import TimeValue

    week = TimeValue("next week", "DATE", "2031-W25", 0, 9)
    vague = Round(
        "eu+iran|sanctions/r/2031-w25",
        None,
        None,
        "Vienna",
        None,
        None,
        None,
        (),
        (),
        ("wire-1",),
        planned=True,
        period=week,
    )
    track = dataclasses.replace(TRACK, rounds=(*TRACK.rounds, vague))
    text = render_dossier(dataclasses.replace(DOSSIER, tracks=(track,)))
    assert "2031-W25" in _line_with(text, "Vienna", "“next week”")
