"""Reading the JSON files that are scored, with errors that name the file and the problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from legation.errors import EvaluationError


def read_json(path: str | Path, what: str) -> Any:
    """Parse ``path`` as JSON; ``what`` ("dossier", "gold file") goes into the messages."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise EvaluationError(f"{path}: no such {what}: check the path") from exc
    except IsADirectoryError as exc:
        raise EvaluationError(f"{path}: is a directory, expected a {what} (a .json file)") from exc
    except UnicodeDecodeError as exc:
        raise EvaluationError(f"{path}: not UTF-8 text, expected a {what} in JSON") from exc
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvaluationError(
            f"{path}:{exc.lineno}:{exc.colno}: {what} is not valid JSON: {exc.msg}"
        ) from exc


def json_path(parts: Any) -> str:
    """``$.tracks[0].rounds[1].date`` for a jsonschema error path."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


#: How many schema problems one error message lists; the rest are counted.
MAX_LISTED = 5


def check_schema(data: Any, schema: dict[str, Any], source: str, what: str, hint: str) -> None:
    """Raise :class:`EvaluationError` listing the first problems (with JSON paths) of ``data``."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(schema)
    errors = sorted(
        validator.iter_errors(data), key=lambda e: (len(e.absolute_path), json_path(e.absolute_path))
    )
    if not errors:
        return
    problems = []
    for error in errors[:MAX_LISTED]:
        shown = best_match(error.context) if error.context else error
        shown = shown if shown is not None else error
        problems.append(f"{json_path(shown.absolute_path)}: {shown.message}")
    more = f"\n  ... and {len(errors) - MAX_LISTED} more" if len(errors) > MAX_LISTED else ""
    listed = "\n".join(f"  {p}" for p in problems)
    raise EvaluationError(f"{source}: not a {what} ({hint}):\n{listed}{more}")
