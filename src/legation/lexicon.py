"""Loading and validating the data files (lexicons, taxonomies) that hold legation's rules.

Rules that are words live in YAML under ``legation/data`` so that analysts can read and extend them
without touching code. A data file is a mapping whose ``entries`` list holds one mapping per entry; each
loader declares the fields it needs. Every bad entry is reported with file, line and field, all at once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from legation.errors import LexiconError

DATA_PACKAGE = "legation.data"
#: libyaml's parser where PyYAML was built with it (several times faster), else the pure-Python one.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Field:
    """A field an entry may carry: its name, the Python type of its value, whether it is required."""

    name: str
    kind: type | tuple[type, ...] = str
    required: bool = True
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    """One validated entry and the line it starts on, for messages."""

    data: dict[str, Any]
    line: int

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


@dataclass(frozen=True, slots=True)
class DataFile:
    path: str
    meta: dict[str, Any]
    entries: tuple[Entry, ...]


def data_path(name: str) -> Path:
    """The path of a bundled data file, e.g. ``data_path("countries.yaml")``."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


def load_data_file(path: str | Path, fields: Iterable[Field], *, list_key: str = "entries") -> DataFile:
    """Read ``path`` and check every entry of its ``list_key`` list against ``fields``.

    Raises :class:`LexiconError` listing every problem when any entry is bad.
    """
    path = Path(path)
    fields = tuple(fields)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(str(path), [f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise LexiconError(
            str(path), [f"{path}:{line}: not valid YAML: {getattr(exc, 'problem', exc)}"]
        ) from exc
    if root is None or not isinstance(root, yaml.MappingNode):
        raise LexiconError(str(path), [f"{path}:1: expected a mapping with an '{list_key}' list"])
    data = yaml.load(text, Loader=_LOADER)
    meta = {k: v for k, v in data.items() if k != list_key}
    items_node = next((v for k, v in root.value if k.value == list_key), None)
    if items_node is None or not isinstance(items_node, yaml.SequenceNode):
        raise LexiconError(str(path), [f"{path}:1: expected an '{list_key}' list"])
    problems: list[str] = []
    entries: list[Entry] = []
    for node, value in zip(items_node.value, data[list_key], strict=True):
        line = node.start_mark.line + 1
        bad = _check_entry(value, fields)
        problems.extend(f"{path}:{line}: {p}" for p in bad)
        if not bad:
            entries.append(Entry(value, line))
    if problems:
        raise LexiconError(str(path), problems)
    return DataFile(str(path), meta, tuple(entries))


def _check_entry(value: Any, fields: tuple[Field, ...]) -> list[str]:
    if not isinstance(value, dict):
        return [f"entry: expected a mapping, found {type(value).__name__}"]
    problems = []
    known = {f.name for f in fields}
    for f in fields:
        if f.name not in value or value[f.name] is None:
            if f.required:
                problems.append(f"{f.name}: missing")
            continue
        v = value[f.name]
        if not isinstance(v, f.kind):
            kinds = f.kind if isinstance(f.kind, tuple) else (f.kind,)
            names = " or ".join(k.__name__ for k in kinds)
            problems.append(f"{f.name}: expected {names}, found {type(v).__name__} {v!r}")
        elif f.choices and v not in f.choices:
            problems.append(f"{f.name}: {v!r} is not one of {', '.join(f.choices)}")
        elif isinstance(v, list) and any(not isinstance(x, str) or not x.strip() for x in v):
            problems.append(f"{f.name}: every item must be a non-empty string")
    for extra in sorted(set(value) - known):
        problems.append(f"{extra}: unknown field (known: {', '.join(sorted(known))})")
    return problems


@functools.cache
def load_bundled(name: str, fields: tuple[Field, ...], list_key: str = "entries") -> DataFile:
    """Load a data file shipped in ``legation/data`` once per process."""
    return load_data_file(data_path(name), fields, list_key=list_key)


#: The fields of an entry of a data file's ``lists``: a named list of words (see :func:`word_list`).
_LIST_FIELDS = (Field("list"), Field("words", list))


def read_word_lists(path: str | Path) -> dict[str, frozenset[str]]:
    """The named word lists of a data file's ``lists`` (each entry: ``list``, its name, and ``words``): the
    vocabulary a module's rules test a word or lemma against, kept in data, not code. A name given twice
    is an error, as the second list would silently win."""
    data = load_data_file(path, _LIST_FIELDS, list_key="lists")
    lists: dict[str, frozenset[str]] = {}
    problems = []
    for e in data.entries:
        if e["list"] in lists:
            problems.append(f"{data.path}:{e.line}: list: {e['list']!r} is given twice")
        lists[e["list"]] = frozenset(e["words"])
    if problems:
        raise LexiconError(data.path, problems)
    return lists


@functools.cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """:func:`read_word_lists` of a data file shipped in ``legation/data``, read once per process."""
    return read_word_lists(data_path(name))


def word_list(name: str, list_name: str) -> frozenset[str]:
    """The words of the list ``list_name`` in the bundled data file ``name`` (:func:`word_lists`); a list
    the file lacks is an error, so that a module asking for it fails on import, not with an empty list."""
    lists = word_lists(name)
    if list_name not in lists:
        path = str(data_path(name))
        raise LexiconError(path, [f"{path}: no list {list_name!r} (lists: {', '.join(sorted(lists))})"])
    return lists[list_name]
