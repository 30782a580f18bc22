"""The JSON Schema of the dossier, derived from the dataclasses of :mod:`legation.model`.

The schema is generated, not written by hand, so that it cannot drift from the model: the shipped copy
``legation/data/dossier.schema.json`` is checked against :func:`dossier_schema` by the tests, and
``python -m legation.evaluate.schema > src/legation/data/dossier.schema.json`` rewrites it after a
change to the model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from pathlib import Path
from typing import Any, Literal

from legation import model
from legation.evaluate.files import check_schema, read_json
from legation.lexicon import data_path
from legation.model import DOSSIER_FORMAT, STATUSES, Dossier, from_dict

SCHEMA_FILE = "dossier.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"

#: Constraints the Python types do not carry, by (class, field).
_OVERRIDES: dict[tuple[str, str], dict[str, Any]] = {
    ("Dossier", "format"): {"const": DOSSIER_FORMAT},
    ("IssueStatus", "status"): {"enum": list(STATUSES)},
    ("Round", "date"): {"type": ["string", "null"], "pattern": ISO_DATE},
}


def dossier_schema() -> dict[str, Any]:
    """The draft 2020-12 JSON Schema of ``to_dict(Dossier)``: every field of every record, required."""
    defs: dict[str, Any] = {}
    _define(Dossier, defs)
    return {
        "$schema": DRAFT,
        "title": "legation dossier",
        "description": f"The JSON form ({DOSSIER_FORMAT}) of legation.model.Dossier; see docs/dossier.md.",
        "$ref": "#/$defs/Dossier",
        "$defs": dict(sorted(defs.items())),
    }


def _define(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # placeholder: recursion stops here
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if (name, f.name) in model._OMIT_FROM_JSON:
                continue
            properties[f.name] = _OVERRIDES.get((name, f.name)) or _type_schema(hints[f.name], defs)
        doc = (cls.__doc__ or "").strip().split("\n\n")[0]
        definition: dict[str, Any] = {"type": "object"}
        if doc and not doc.startswith(f"{name}("):  # dataclasses invent a signature docstring
            definition["description"] = " ".join(doc.split())
        definition |= {"properties": properties, "required": list(properties), "additionalProperties": False}
        defs[name] = definition
    return {"$ref": f"#/$defs/{name}"}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        options = [_type_schema(a, defs) for a in args if a is not type(None)]
        inner = options[0] if len(options) == 1 else {"anyOf": options}
        if type(None) not in args:
            return inner
        if set(inner) == {"type"} and isinstance(inner["type"], str):
            return {"type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0], defs)}
        # a fixed-length tuple (a span): one schema per position
        items = [_type_schema(a, defs) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(typing.get_args(tp)[1], defs)}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _define(tp, defs)
    if tp is dt.date:
        return {"type": "string", "pattern": ISO_DATE}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    if tp is Any:
        return {}
    raise TypeError(f"no JSON Schema for {tp!r}: extend legation.evaluate.schema._type_schema")


@functools.cache
def shipped_schema() -> dict[str, Any]:
    """The schema file shipped in ``legation/data`` (equal to :func:`dossier_schema`, tests check)."""
    loaded: dict[str, Any] = json.loads(data_path(SCHEMA_FILE).read_text(encoding="utf-8"))
    return loaded


def validate_dossier(data: Any, source: str = "dossier") -> None:
    """Raise :class:`~legation.errors.EvaluationError` with the JSON paths of the first problems."""
    check_schema(
        data, shipped_schema(), source, "legation dossier", "write it with `legation run --json FILE`"
    )


def load_dossier(path: str | Path) -> Dossier:
    """Read, validate and decode a dossier JSON file."""
    data = read_json(path, "dossier")
    validate_dossier(data, str(path))
    return from_dict(Dossier, data)


def main() -> None:
    """Print the generated schema, to rewrite the shipped copy after a change to the model::

    python -m legation.evaluate.schema > src/legation/data/dossier.schema.json
    """
    print(json.dumps(dossier_schema(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
