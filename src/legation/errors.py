"""The exception tree of legation.

Every error a user can cause is one of these, and its message names the file (and line, where there is
one), the problem and what to do about it. The library raises; only :mod:`legation.cli` turns them into
``error: ...`` lines and exit codes.

    LegationError
    ├── ConfigError                 bad setting, bad option value
    ├── LexiconError                a data file (lexicon, taxonomy) has bad entries; lists all of them
    ├── IngestError                 one input document cannot be read
    │   ├── BadDateLine             seed format: first line is not `` date YYYY-MM-DD ``
    │   ├── BadDate                 a date that does not parse
    │   ├── EmptyDocument           nothing left to analyse
    │   ├── NotText                 binary data, undecodable bytes
    │   ├── TooLarge                over the size limit
    │   └── BadRecord               a malformed JSONL/CSV record, feed or page
    ├── TimeError                   bad anchor date for the time normaliser
    ├── StoreError                  the database cannot be opened, migrated or written
    └── EvaluationError             a dossier or gold file that cannot be scored
        └── BratError               a malformed brat standoff annotation file (file and line)
"""

from __future__ import annotations


class LegationError(Exception):
    """Base class: everything legation raises on purpose."""


class ConfigError(LegationError):
    """A setting or option has a value legation cannot use."""


class LexiconError(LegationError):
    """A data file has entries that do not validate.

    ``problems`` holds one line per bad entry (``file:line: field: problem``), so that a user fixes
    them all in one go rather than one per run.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        listed = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(
            f"{path}: {len(self.problems)} bad entr{'y' if len(self.problems) == 1 else 'ies'}:\n{listed}"
        )


class IngestError(LegationError):
    """One input document cannot be read; the others are still processed."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class BadDateLine(IngestError):
    """The first line of a seed-format file is not `` date YYYY-MM-DD ``."""


class BadDate(IngestError):
    """A publication date that does not parse as a calendar date."""


class EmptyDocument(IngestError):
    """A document with no text left to analyse."""


class NotText(IngestError):
    """Binary data or bytes that do not decode as text."""


class TooLarge(IngestError):
    """A document over the size limit."""


class BadRecord(IngestError):
    """A malformed record in a JSONL/CSV file, a feed or an HTML page."""


class TimeError(LegationError):
    """The time normaliser was given an anchor date it cannot use."""


class StoreError(LegationError):
    """The store cannot be opened, migrated or written."""


class EvaluationError(LegationError):
    """A dossier or gold file that cannot be scored."""


class BratError(EvaluationError):
    """A brat standoff file (``.ann``) with a bad line: offsets outside the text, an unknown relation.

    The scorer skips that article and scores the others; the CLI prints ``error: FILE:LINE: reason``.
    """

    def __init__(self, source: str, line: int, reason: str) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        super().__init__(f"{source}:{line}: {reason}")
