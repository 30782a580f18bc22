"""Full-text search over documents and statements: SQLite FTS5 or PostgreSQL tsvector/tsquery.

Both databases get the same query language, the one people type into search boxes: words (all must
match, stemmed), ``"quoted phrases"``, and ``-word`` to exclude. Matches in the snippet are wrapped in
:data:`MARKS`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, column, delete, insert, table, text

from legation.errors import ConfigError

#: Put around each matched word in a snippet.
MARKS = ("«", "»")
SNIPPET_WORDS = 16

#: The index table, declared here rather than in the schema because its form differs per database.
search_index = table(
    "search_index", column("kind"), column("document_id"), column("ref"), column("title"), column("body")
)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One match: a document (``ref`` = its id) or a statement (``ref`` = its sentence index)."""

    kind: Literal["document", "statement"]
    document_id: str
    ref: str
    title: str
    snippet: str
    score: float
    published: dt.date | None = None
    source: str | None = None


_TOKEN = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(query: str) -> str:
    """The FTS5 MATCH expression for a search-box query; every term quoted, so no input is a syntax error."""
    include: list[str] = []
    exclude: list[str] = []
    for match in _TOKEN.finditer(query):
        negated = bool(match.group(1) or match.group(3))
        words = _WORD.findall(match.group(2) if match.group(2) is not None else match.group(4))
        if not words:
            continue
        phrase = '"' + " ".join(words) + '"'
        (exclude if negated else include).append(phrase)
    if not include:
        raise ConfigError(f"search query {query!r} has no words to look for")
    expression = " AND ".join(include)
    for phrase in exclude:
        expression += f" NOT {phrase}"
    return expression


def index_rows(connection: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(search_index), rows)


def unindex_documents(connection: Connection, document_ids: list[str], kind: str | None = None) -> None:
    """Remove the index entries of these documents (of one kind, or all)."""
    if not document_ids:
        return
    statement = delete(search_index).where(search_index.c.document_id.in_(document_ids))
    if kind is not None:
        statement = statement.where(search_index.c.kind == kind)
    connection.execute(statement)


def search(connection: Connection, query: str, limit: int) -> list[SearchHit]:
    """The best ``limit`` matches for ``query``, best first."""
    if not query.strip():
        raise ConfigError("empty search query: give the words to look for")
    expression = fts5_query(query)  # the same check on both databases: at least one word to look for
    if connection.dialect.name == "sqlite":
        left, right = MARKS
        rows = connection.execute(
            text(
                "SELECT s.kind, s.document_id, s.ref, s.title,"
                f" snippet(search_index, 4, '{left}', '{right}', '…', {SNIPPET_WORDS}) AS snippet,"
                " -bm25(search_index, 0, 0, 0, 2.0, 1.0) AS score, d.published, d.source"
                " FROM search_index AS s JOIN documents AS d ON d.id = s.document_id"
                " WHERE search_index MATCH :q ORDER BY bm25(search_index, 0, 0, 0, 2.0, 1.0) LIMIT :n"
            ),
            {"q": expression, "n": limit},
        )
    else:
        left, right = MARKS
        options = f"StartSel={left}, StopSel={right}, MaxWords={SNIPPET_WORDS}, MinWords=5, MaxFragments=1"
        rows = connection.execute(
            text(
                "SELECT s.kind, s.document_id, s.ref, s.title,"
                " ts_headline('english', s.body, q, :options) AS snippet,"
                " ts_rank(s.tsv, q) AS score, d.published, d.source"
                " FROM search_index AS s JOIN documents AS d ON d.id = s.document_id,"
                " websearch_to_tsquery('english', :q) AS q"
                " WHERE s.tsv @@ q ORDER BY score DESC, s.id LIMIT :n"
            ),
            {"q": query, "n": limit, "options": options},
        )
    return [
        SearchHit(
            kind=row.kind,
            document_id=row.document_id,
            ref=row.ref,
            title=row.title,
            snippet=" ".join(row.snippet.split()),
            score=float(row.score),
            published=_date(row.published),
            source=row.source,
        )
        for row in rows
    ]


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
