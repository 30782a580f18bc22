"""Full-text search over documents and statements, on SQLite FTS5 and PostgreSQL tsvector."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legation.errors import ConfigError
from legation.store import open_store
from legation.store.search import MARKS, fts5_query

from .helpers import make_document, titled_analyser

DOCS = [
    ("w1", "Negotiators discussed the grain corridor through the straits and insurance for ships.", 1),
    ("w2", "Fishing quotas for the northern stock were negotiated late into the night.", 2),
    ("w3", "The grain exports resumed, but fishing boats stayed in port.", 3),
]


@pytest.fixture
def store_with_docs(store_url: str):  # type: ignore[no-untyped-def]
    with open_store(store_url) as store:
        store.ingest([make_document(i, t, d, title="Chile/Peru: trade") for i, t, d in DOCS])
        store.build(engine=titled_analyser)
        yield store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("grain", {"w1", "w3"}),
        ("grain fishing", {"w3"}),
        ("negotiating", {"w1", "w2"}),  # stemmed: negotiators / negotiated
        ('"northern stock"', {"w2"}),
        ("grain -corridor", {"w3"}),
        ("submarine", set()),
    ],
)
def test_search_documents(store_with_docs, query: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    hits = store_with_docs.search(query)
    assert {h.document_id for h in hits if h.kind == "document"} == expected


def test_statements_are_searched_and_snippets_marked(store_with_docs) -> None:  # type: ignore[no-untyped-def]
    hits = store_with_docs.search("insurance")
    assert sorted(h.kind for h in hits) == ["document", "statement"]
    statement = next(h for h in hits if h.kind == "statement")
    assert statement.title == "A spokesperson" and statement.ref == "0"
    assert f"{MARKS[0]}insurance{MARKS[1]}" in statement.snippet
    assert all(h.published is not None and h.source == "Example Wire" for h in hits)


def test_limit_and_ranking(store_with_docs) -> None:  # type: ignore[no-untyped-def]
    assert len(store_with_docs.search("grain", limit=1)) == 1
    assert [h.score for h in store_with_docs.search("grain")] == sorted(
        (h.score for h in store_with_docs.search("grain")), reverse=True
    )


@pytest.mark.parametrize("query", ["", "   ", '""', "-grain", "!!!"])
def test_queries_without_words(store_with_docs, query: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError):
        store_with_docs.search(query)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_query_is_valid_fts5(query: str) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61')")
    connection.execute("INSERT INTO t VALUES ('grain and fishing quotas')")
    try:
        expression = fts5_query(query)
    except ConfigError:
        return
    connection.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchall()


def test_search_cli_json(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from legation.cli import app

    db = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(db) as store:
        store.ingest([make_document(i, t, d) for i, t, d in DOCS])
    result = CliRunner().invoke(app, ["search", "fishing", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    assert {hit["document_id"] for hit in json.loads(result.output)} == {"w2", "w3"}
    table = CliRunner().invoke(app, ["search", "fishing", "--db", db])
    assert "2 hits" in table.output
    none = CliRunner().invoke(app, ["search", "submarine", "--db", db])
    assert none.exit_code == 1
