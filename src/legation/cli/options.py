"""Options shared by several commands, and checks run before any work starts.

A command that analyses a thousand documents and then cannot write its output has wasted the user's
time: output paths are checked first, so a mistake costs a second, not a run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from legation.errors import ConfigError

#: ``--max-bytes``; None means legation.ingest.MAX_BYTES (not imported here: the CLI starts fast).
MaxBytesOption = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Largest document (or JSONL/CSV record) read, in bytes; larger ones are refused "
        "(default 10485760, 10 MB).",
    ),
]

#: Words a user may type after a flag that takes no value (``--memory true``); they then land among the
#: paths, where they deserve a hint rather than "no such file".
_FLAG_VALUES = frozenset({"true", "false", "yes", "no", "on", "off", "0", "1"})


def check_output_file(path: Path, flag: str) -> None:
    """Refuse, before any work, an output file that cannot be written: a folder, a missing folder."""
    if path.is_dir():
        raise ConfigError(f"{flag} {path}: is a folder; give a file name such as {path / 'dossier.json'}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ConfigError(f"{flag} {path}: the folder {folder} does not exist; create it first")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ConfigError(f"{flag} {path}: not writable; choose another file")


def check_input_paths(paths: list[Path]) -> None:
    """A missing path that reads like a flag's value (``--memory true``) is a misused flag, said so."""
    for path in paths:
        if str(path).lower() in _FLAG_VALUES and not path.exists():
            raise ConfigError(
                f"{path}: no such file or directory; flags such as --memory and --quiet take no value "
                f"(write --memory, not --memory {path})"
            )
