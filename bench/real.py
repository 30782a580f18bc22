"""Accuracy on real news: hand-annotated gold of real agency stories, scored on a dev and a check half.

    .venv/bin/python bench/real.py                     # both halves, then the silver-story track census
    .venv/bin/python bench/real.py --half dev --explain
    .venv/bin/python bench/real.py --silver 0          # no census
    .venv/bin/python bench/real.py --half dev --each   # also each negotiation alone

The gold (``tests/data/real/{dev,check}/*.gold.json``, one negotiation per file, ``legation-gold/1``)
names real TempEval-3 stories under ``../shared/data/tempeval3`` and PolNeAR articles under
``../shared/data/polnear/*/text`` (never copied into this repository); legation reads both as a user
would (TimeML; plain text dated by its file name).
The halves were split by negotiation before any rule was written from them; rules are written from
``dev`` only, ``check`` is only scored. For each half the in-memory pipeline reads every story of every
negotiation of that half together (so that one negotiation split over several tracks, or two merged into
one, shows), and the dossier is scored with the same code as ``legation eval``.

Printed per half: the table of parts, the core figure (every part but statements), and the track
census: a negotiation is **split** when its stories' held rounds fall into more than one dossier track,
and a dossier track is **merged** when its rounds come from the stories of more than one negotiation.
The census of ``--silver N`` runs every N-th silver story (most about no negotiation at all) and counts
the tracks made and the share of them with at least one held round. The last line is
``check_core_f1=<F1>``.

``--each`` also runs every negotiation alone on its own stories, as held-out scoring does (one
negotiation's reports per run), and prints its figures per negotiation and summed
(``<half>_each_core_f1=<F1>``): there, every track beyond the negotiation's own is a false positive.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from legation.evaluate import PRF, Evaluation, load_gold, score
from legation.evaluate.gold import Gold
from legation.evaluate.render import explain_lines, score_table
from legation.evaluate.score import basename, file_index, match_tracks
from legation.model import Dossier
from legation.pipeline import run

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT.parent / "shared" / "data" / "tempeval3"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
STATEMENT_PARTS = ("statements", "statement_date", "statement_party")


@dataclass(frozen=True, slots=True)
class Census:
    negotiations: int
    split: int
    merged: int
    tracks: int
    paired: int


def load_half(directory: Path) -> list[tuple[str, Gold]]:
    """Every gold file of one half, by negotiation name."""
    return [(p.name.removesuffix(".gold.json"), load_gold(p)) for p in sorted(directory.glob("*.gold.json"))]


def merged_gold(golds: Iterable[Gold]) -> Gold:
    golds = list(golds)
    return Gold(
        files=tuple(f for g in golds for f in g.files),
        tracks=tuple(t for g in golds for t in g.tracks),
        timexes=tuple(t for g in golds for t in g.timexes),
    )


@dataclass(frozen=True, slots=True)
class Corpora:
    """Where the stories the gold names are: the TempEval-3 folder and the PolNeAR folder."""

    tempeval: Path
    polnear: Path

    def missing(self) -> list[Path]:
        return [folder for folder in (self.tempeval, self.polnear) if not folder.is_dir()]

    def index(self) -> dict[str, Path]:
        """Every story by file name: TimeML anywhere under TempEval-3, PolNeAR's article texts."""
        found = {p.name: p for p in self.tempeval.rglob("*.tml")}
        found.update((p.name, p) for p in self.polnear.glob("*/text/*.txt"))
        return found


def story_paths(files: Iterable[str], texts: Corpora) -> list[Path]:
    """The stories a gold names, found in either corpus."""
    index = texts.index()
    missing = sorted(set(files) - set(index))
    if missing:
        raise SystemExit(
            f"bench/real.py: stories not found under {texts.tempeval} or {texts.polnear}: "
            f"{', '.join(missing[:5])}"
        )
    return [index[f] for f in sorted(set(files))]


def core(evaluation: Evaluation) -> PRF:
    return sum((prf for part, prf in evaluation.parts.items() if part not in STATEMENT_PARTS), PRF())


def census(negotiations: list[tuple[str, Gold]], dossier: Dossier) -> Census:
    file_of = file_index(dossier)
    owner: dict[str, str] = {}
    for name, gold in negotiations:
        for f in gold.files:
            owner.setdefault(f, name)
    tracks_of: dict[str, set[str]] = {name: set() for name, _ in negotiations}
    negotiations_of: dict[str, set[str]] = {}
    for track in dossier.tracks:
        for r in track.rounds:
            if r.planned:
                continue
            for source in r.sources:
                name = owner.get(basename(file_of(source)))
                if name is not None:
                    tracks_of[name].add(track.id)
                    negotiations_of.setdefault(track.id, set()).add(name)
    return Census(
        negotiations=len(negotiations),
        split=sum(1 for ids in tracks_of.values() if len(ids) > 1),
        merged=sum(1 for names in negotiations_of.values() if len(names) > 1),
        tracks=len(dossier.tracks),
        paired=sum(
            1
            for g, t in match_tracks(
                [t for _n, gold in negotiations for t in gold.tracks], dossier.tracks, file_of
            )
            if g is not None and t is not None
        ),
    )


def score_half(name: str, directory: Path, texts: Corpora, console: Console, explain: bool) -> PRF | None:
    negotiations = load_half(directory)
    if not negotiations:
        console.print(f"{name}: no gold files in {directory}")
        return None
    gold = merged_gold(g for _, g in negotiations)
    paths = story_paths(gold.files, texts)
    started = time.perf_counter()
    dossier = run(paths)
    seconds = time.perf_counter() - started
    evaluation = score(dossier, gold)
    title = f"{name}: {len(negotiations)} negotiations, {len(paths)} stories ({seconds:.0f} s)"
    console.print(score_table(evaluation, title=title))
    counts = census(negotiations, dossier)
    figure = core(evaluation)
    print(
        f"{name}: core P={figure.precision:.3f} R={figure.recall:.3f} F1={figure.f1:.3f}; "
        f"tracks={counts.tracks} split={counts.split} merged={counts.merged} paired={counts.paired} "
        f"(of {counts.negotiations} negotiations)"
    )
    if explain:
        for line in explain_lines(evaluation):
            print(f"  {line}")
    return figure


def score_each(name: str, directory: Path, texts: Corpora, explain: bool) -> PRF | None:
    """Each negotiation run alone on its own stories, as the held-out scoring runs it: a report of
    another negotiation cannot pull a track apart here, and every extra track of the run is a false
    positive. The parts are summed over the negotiations."""
    negotiations = load_half(directory)
    if not negotiations:
        return None
    total: dict[str, PRF] = {}
    alone = 0
    for negotiation, gold in negotiations:
        dossier = run(story_paths(gold.files, texts))
        evaluation = score(dossier, gold)
        for part, prf in evaluation.parts.items():
            total[part] = total.get(part, PRF()) + prf
        figure, rounds = core(evaluation), evaluation.parts["rounds"]
        paired = census([(negotiation, gold)], dossier).paired
        alone += len(dossier.tracks) == 1 and paired == 1
        print(
            f"  {negotiation}: {len(gold.files)} stories, {len(dossier.tracks)} tracks, paired {paired}; "
            f"core F1 {figure.f1:.3f}; rounds tp {rounds.tp} fp {rounds.fp} fn {rounds.fn}"
        )
        if explain:
            for line in explain_lines(evaluation):
                print(f"    {line}")
    figure = sum((prf for part, prf in total.items() if part not in STATEMENT_PARTS), PRF())
    rounds = total["rounds"]
    print(
        f"{name} (each alone): core P={figure.precision:.3f} R={figure.recall:.3f} F1={figure.f1:.3f}; "
        f"rounds P={rounds.precision:.3f} R={rounds.recall:.3f} F1={rounds.f1:.3f}; "
        f"one paired track {alone} of {len(negotiations)}"
    )
    for part in ("issue_status", "raised_by"):
        prf = total.get(part, PRF())
        print(
            f"{name} (each alone): {part} P={prf.precision:.3f} R={prf.recall:.3f} F1={prf.f1:.3f} "
            f"(tp {prf.tp} fp {prf.fp} fn {prf.fn})"
        )
    return figure


def silver_census(texts: Path, step: int) -> None:
    stories = sorted((texts / "silver").glob("*.tml"))[::step]
    started = time.perf_counter()
    dossier = run(stories)
    seconds = time.perf_counter() - started
    tracks = len(dossier.tracks) or 1
    held = sum(1 for t in dossier.tracks if any(not r.planned for r in t.rounds))
    any_round = sum(1 for t in dossier.tracks if t.rounds)
    print(
        f"silver: {len(stories)} stories (every {step}th, {seconds:.0f} s): {len(dossier.tracks)} tracks, "
        f"{any_round} with a round (share {any_round / tracks:.2f}), "
        f"{held} with a held round (share {held / tracks:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--gold", type=Path, default=ROOT / "tests" / "data" / "real", help="holds dev/ and check/"
    )
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the TempEval-3 folder")
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="the PolNeAR folder (holds */text/)")
    parser.add_argument("--half", choices=("dev", "check", "both"), default="both")
    parser.add_argument("--explain", action="store_true", help="list every false positive and miss")
    parser.add_argument(
        "--each", action="store_true", help="also run and score each negotiation alone on its own stories"
    )
    parser.add_argument(
        "--silver", type=int, default=4, metavar="N", help="census of every N-th story; 0: none"
    )
    args = parser.parse_args()
    corpora = Corpora(args.texts, args.polnear)
    if corpora.missing():
        raise SystemExit(
            "bench/real.py: needs the TempEval-3 stories and the PolNeAR articles in "
            f"{' and '.join(map(str, corpora.missing()))} (../shared/data/tempeval3, ../shared/data/polnear)"
        )
    console = Console(width=100)
    halves = ("dev", "check") if args.half == "both" else (args.half,)
    figures = {h: score_half(h, args.gold / h, corpora, console, args.explain) for h in halves}
    each = {h: score_each(h, args.gold / h, corpora, args.explain) for h in halves} if args.each else {}
    if args.silver:
        silver_census(args.texts, args.silver)
    for half, figure in figures.items():
        if figure is not None:
            print(f"{half}_core_f1={figure.f1:.3f}")
    for half, figure in each.items():
        if figure is not None:
            print(f"{half}_each_core_f1={figure.f1:.3f}")


if __name__ == "__main__":
    main()
