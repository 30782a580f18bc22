"""Named speakers on real stories: who legation says spoke in each file, against hand-made gold.

The gold (``tests/data/real/speakers/{dev,check}.json``, format ``legation-speakers/1``) lists, per real
TempEval-3 story (named, never copied), every speaker a story attributes a statement to, as a
``legation-gold/1`` statement (docs/evaluation.md, "Statements"): name, aliases, kind, party, date,
``optional`` for borderline ones (agencies cited, unsigned documents, untitled roles). It was annotated
by people who had not read legation's rules, and split into halves by negotiation before any rule was
written from it: write rules from ``dev``, score ``check`` only to report it.

Two figures per half, both scored by :func:`legation.evaluate.statements.score_statements`:

- ``extractor``: every statement legation finds in each story, tracked or not (the extractor itself);
- ``dossier``: the statements the dossier keeps, on its tracks, when the half's stories run together;
- ``dossier (each negotiation)``, with ``--each``: the statements each story keeps on a track when it
  runs with every story of its negotiation in the real gold of the half
  (``tests/data/real/<half>/*.gold.json``), one negotiation per run, as held-out scoring reads a
  negotiation's reports. The gold names one story per negotiation, so the plain dossier line mostly
  counts stories that make no track alone; this one counts what a user of the whole coverage loses.

    .venv/bin/python bench/speakers.py [--half dev|check] [--explain] [--each]

The last line is ``<half>_speakers_f1=<extractor F1>``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "real" / "speakers"
REAL = ROOT / "tests" / "data" / "real"
TEXTS = ROOT.parent / "shared" / "data" / "tempeval3"


@dataclass(frozen=True)
class _Statements:
    """What the scorer reads of a track: its statements."""

    statements: tuple[Any, ...]


def load_speakers(path: Path) -> tuple[list[str], Any]:
    """The stories a speakers gold names and the gold track holding all their statements."""
    from legation.evaluate.gold import GoldStatement, GoldTrack

    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "legation-speakers/1":
        raise SystemExit(f"{path}: not a legation-speakers/1 file (format {data.get('format')!r})")
    files: list[str] = []
    statements = []
    for entry in data["files"]:
        files.append(entry["file"])
        for s in entry["speakers"]:
            statements.append(
                GoldStatement(
                    file=entry["file"],
                    speaker=s["speaker"],
                    aliases=tuple(s.get("aliases") or ()),
                    party=s.get("party"),
                    date=s.get("date"),
                    optional=bool(s.get("optional")),
                )
            )
    return files, GoldTrack(id=path.stem, parties=(), statements=tuple(statements))


def score(gold: Any, statements: list[Any], file_of: Any, explain: bool, label: str) -> Any:
    from legation.evaluate.render import explain_lines
    from legation.evaluate.statements import score_statements
    from legation.evaluate.tally import Tally

    tally = Tally()
    score_statements(tally, gold, _Statements(tuple(statements)), file_of)  # type: ignore[arg-type]
    prf = tally.counts["statements"]
    line = (
        f"{label}: speakers P={prf.precision:.3f} R={prf.recall:.3f} F1={prf.f1:.3f} "
        f"(tp {prf.tp} fp {prf.fp} fn {prf.fn})"
    )
    for part in ("statement_date", "statement_party"):
        p = tally.counts[part]
        line += f"; {part.removeprefix('statement_')} P={p.precision:.3f} R={p.recall:.3f}"
    print(line)
    if explain:
        for finding in explain_lines(_Evaluation(tally)):
            print(f"  {finding}")
    return prf


def negotiation_files(half: str) -> list[list[str]]:
    """The stories of every negotiation of the half's real gold, one list per negotiation."""
    return [
        [d["file"] for d in json.loads(p.read_text(encoding="utf-8"))["documents"]]
        for p in sorted((REAL / half).glob("*.gold.json"))
    ]


def kept_with_negotiation(files: list[str], half: str, index: dict[str, Path]) -> tuple[list[Any], Any]:
    """The statements of each story that the dossier keeps on a track when the story runs with every
    story of its negotiation (one run per negotiation), and the file name of each document id."""
    from legation.evaluate.score import basename
    from legation.pipeline import analyse, build_dossier, collect

    kept: list[Any] = []
    names: dict[str, str] = {}
    wanted = set(files)
    for stories in negotiation_files(half):
        if not wanted & set(stories):
            continue
        documents, errors = collect([index[f] for f in stories if f in index])
        analyses = list(analyse(documents))
        ids = {a.document.id: basename(a.document.path or a.document.id) for a in analyses}
        names.update(ids)
        dossier = build_dossier(analyses, errors)
        kept += [s for t in dossier.tracks for s in t.statements if ids.get(s.evidence.document_id) in wanted]
        wanted -= set(stories)  # a story of two negotiations is read with the first
    return kept, names


@dataclass(frozen=True)
class _Evaluation:
    tally: Any

    @property
    def findings(self) -> Any:
        return self.tally.findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--half", choices=("dev", "check"), default="dev")
    parser.add_argument("--explain", action="store_true", help="list every false positive and miss")
    parser.add_argument("--gold", type=Path, default=None, help="another speakers gold file")
    parser.add_argument(
        "--each",
        action="store_true",
        help="also the dossier of each story run with its negotiation's stories",
    )
    args = parser.parse_args(argv)
    path = args.gold or GOLD / f"{args.half}.json"
    if not path.exists() or not TEXTS.is_dir():
        print(f"bench/speakers.py: needs {path} and ../shared/data/tempeval3", file=sys.stderr)
        return 1
    from legation.evaluate.score import basename
    from legation.pipeline import analyse, build_dossier, collect

    files, gold = load_speakers(path)
    index = {p.name: p for p in TEXTS.rglob("*.tml")}
    missing = sorted(set(files) - set(index))
    if missing:
        raise SystemExit(f"bench/speakers.py: stories not found under {TEXTS}: {', '.join(missing[:5])}")
    documents, errors = collect([index[f] for f in files])
    analyses = list(analyse(documents))
    names = {a.document.id: basename(a.document.path or a.document.id) for a in analyses}

    def file_of(document_id: str) -> str:
        return names.get(document_id, document_id)

    found = [s for a in analyses for s in a.statements]
    extractor = score(gold, found, file_of, args.explain, f"{args.half} extractor ({len(files)} stories)")
    dossier = build_dossier(analyses, errors)
    kept = [s for t in dossier.tracks for s in t.statements]
    score(gold, kept, file_of, False, f"{args.half} dossier (on tracks)")
    if args.each:
        each, each_names = kept_with_negotiation(files, args.half, index)
        score(gold, each, lambda d: each_names.get(d, d), False, f"{args.half} dossier (each negotiation)")
    print(f"{args.half}_speakers_f1={extractor.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
