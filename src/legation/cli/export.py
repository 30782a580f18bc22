"""``legation export``: write the dossier as JSON, CSV, Parquet, TimelineJS, PLOVER or a briefing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from legation.cli import app
from legation.cli.run import parse_date_option
from legation.report.export import FORMATS


@app.command()
def export(
    formats: Annotated[
        list[str],
        typer.Option(
            "--format",
            "-f",
            help=f"One of {', '.join(FORMATS)}, or all; repeat or separate with commas for several.",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into (created if needed).")],
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Database URL or SQLite file (default: $LEGATION_DB, else sqlite:///./legation.db)."
        ),
    ] = None,
    tracks: Annotated[
        list[str] | None, typer.Option("--track", "-t", help="Only this track id; repeat for several.")
    ] = None,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Report files or folders to read in memory instead of the store."),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date (YYYY-MM-DD) for plain-text PATHS with no date line or date in the name.",
        ),
    ] = None,
) -> None:
    """Export the dossier from the store (or from PATHS read in memory) into a folder."""
    from legation.api import store_dossier
    from legation.report.export import check_formats, check_out_dir, select_tracks
    from legation.report.export import export as write

    chosen = check_formats(formats)
    check_out_dir(out)
    if paths:
        from legation.pipeline import run as run_pipeline

        dossier = select_tracks(run_pipeline(paths, date=parse_date_option(date)), tracks or ())
    else:
        dossier = store_dossier(db, tracks or ())
    written = write(dossier, chosen, out)
    print(
        f"wrote {len(written)} files ({', '.join(chosen)}) for {len(dossier.tracks)} tracks "
        f"and {len(dossier.documents)} documents into {out}"
    )
    for path in written:
        print(f"  {path}")
