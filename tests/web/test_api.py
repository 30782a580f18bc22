"""The JSON API: every endpoint on the record, and bad input answered with 401/403/404/413/422, never 500."""

from __future__ import annotations

import pytest

from . import records
from .conftest import TOKEN


def test_tracks_lists_the_track_with_its_dates_and_counts(client) -> None:  # type: ignore[no-untyped-def]
    [track] = client.get("/api/v1/tracks").json()
    assert track["id"] == records.TRACK_ID
    assert (track["first_published"], track["last_published"]) == ("2031-04-02", "2031-05-21")
    assert (track["rounds"], track["documents"]) == (2, 4)


def test_track_has_rounds_issues_statements_and_conflicts_with_evidence(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get(f"/api/v1/tracks/{records.TRACK_ID}").json()
    assert [(r["date"], r["city"]) for r in body["rounds"]] == [
        ("2031-04-01", "Arusha"),
        ("2031-05-19", "Mwanza"),
    ]
    statuses = {(s["issue"], s["status"]) for s in body["issue_status"]}
    assert ("fishing_quotas", "agreed") in statuses and ("border_patrols", "rejected") in statuses
    assert len(body["statements"]) == 3
    [conflict] = body["conflicts"]
    assert conflict["field"] == "duration"
    evidence = conflict["values"][1]["evidence"]
    text = records.TEXTS[evidence["document_id"]]
    assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_documents_list_filters_by_track_and_pages(client) -> None:  # type: ignore[no-untyped-def]
    ids = [d["id"] for d in client.get("/api/v1/documents", params={"track": records.TRACK_ID}).json()]
    assert ids == ["courier-1", "rift-2", "courier-3", "hostile-4"]
    page = client.get("/api/v1/documents", params={"limit": 2, "offset": 1}).json()
    assert [d["id"] for d in page] == ["rift-2", "courier-3"]
    assert client.get("/api/v1/documents", params={"track": "no-such-track"}).json() == []


def test_document_has_its_full_text_and_tracks(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/v1/documents/rift-2").json()
    assert body["text"] == records.TEXTS["rift-2"]
    assert (body["source"], body["published"], body["tracks"]) == (
        "Great Rift Times",
        "2031-04-03",
        [records.TRACK_ID],
    )


def test_search_finds_words_in_articles(client) -> None:  # type: ignore[no-untyped-def]
    hits = client.get("/api/v1/search", params={"q": "Mwanza"}).json()
    assert {h["document_id"] for h in hits} >= {"courier-3", "hostile-4"}
    assert all("«" in h["snippet"] for h in hits)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/tracks/no-such-track",
        "/api/v1/documents/no-such-document",
        "/api/v1/documents/a/b/c",
        "/api/v1/nothing-here",
    ],
)
def test_unknown_ids_are_404_with_a_json_error(client, url: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["detail"]


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/v1/documents", {"limit": "many"}),
        ("/api/v1/documents", {"limit": 0}),
        ("/api/v1/documents", {"limit": 100_000}),
        ("/api/v1/documents", {"offset": -1}),
        ("/api/v1/documents", {"state": "burnt"}),
        ("/api/v1/search", {}),
        ("/api/v1/search", {"q": ""}),
        ("/api/v1/search", {"q": "-"}),  # no word to look for
        ("/api/v1/search", {"q": "x" * 501}),
        ("/api/v1/search", {"q": "talks", "limit": "ten"}),
    ],
)
def test_malformed_query_parameters_are_422(client, url: str, params: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    response = client.get(url, params=params)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)


ARTICLE = {
    "url": "https://harbour.example/news/1",
    "source": "Harbour Gazette",
    "published": "2031-06-02",
    "title": "Ferry talks",
    "text": "Officials met in a harbour town to talk about ferry timetables.",
}


def test_writing_is_refused_without_a_configured_token(client) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/api/v1/documents", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403
    assert "LEGATION_TOKEN" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": TOKEN},
    ],
)
def test_a_wrong_or_missing_token_is_401(writer, headers: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    response = writer.post("/api/v1/documents", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert len(writer.get("/api/v1/documents").json()) == len(records.DOCUMENTS)


def test_an_oversized_upload_is_413_by_length(writer) -> None:  # type: ignore[no-untyped-def]
    big = {**ARTICLE, "text": "word " * 10_000}
    response = writer.post("/api/v1/documents", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


def test_an_oversized_chunked_upload_is_413(writer) -> None:  # type: ignore[no-untyped-def]
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(50):
            yield b"x" * 1000

    response = writer.post(
        "/api/v1/documents",
        content=chunks(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        {**ARTICLE, "published": "yesterday"},
        {**ARTICLE, "text": ""},
        {key: value for key, value in ARTICLE.items() if key != "text"},
        {**ARTICLE, "id": "../../etc/passwd"},
        {**ARTICLE, "language": "English"},
    ],
)
def test_a_bad_article_is_422(writer, body: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    response = writer.post("/api/v1/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert response.json()["detail"]


def test_malformed_json_is_422(writer) -> None:  # type: ignore[no-untyped-def]
    response = writer.post(
        "/api/v1/documents",
        content=b'{"text": ',
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code == 422


def test_openapi_schema_describes_the_models(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/tracks", "/api/v1/tracks/{track_id}", "/api/v1/documents", "/api/v1/search"} <= set(
        schema["paths"]
    )
    components = schema["components"]["schemas"]
    assert {"Track", "Round", "Evidence", "IssueStatus", "Conflict", "DocumentOut", "ErrorOut"} <= set(
        components
    )
    assert "401" in schema["paths"]["/api/v1/documents"]["post"]["responses"]


def test_an_article_posted_with_the_token_is_stored_and_built(writer) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip(
        "legation.nlp.extract", reason="the NLP stage is not importable yet", exc_type=ImportError
    )
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.post("/api/v1/documents", json={**ARTICLE, "id": "harbour-1"}, headers=auth)
    assert response.status_code == 201, response.text
    assert (response.json()["id"], response.json()["added"]) == ("harbour-1", 1)
    stored = writer.get("/api/v1/documents/harbour-1").json()
    assert (stored["text"], stored["source"], stored["state"]) == (
        ARTICLE["text"],
        "Harbour Gazette",
        "analysed",
    )
    again = writer.post("/api/v1/documents", json=ARTICLE, headers=auth).json()
    assert (again["id"], again["added"], again["unchanged"]) == ("harbour-1", 0, 1)


def test_a_dossier_in_memory_cannot_take_documents() -> None:
    from legation.web import MemoryRepository, create_app

    from .conftest import TestClient

    app = create_app(MemoryRepository(records.DOSSIER, records.DOCUMENTS), token=TOKEN)
    with TestClient(app) as client:
        response = client.post(
            "/api/v1/documents", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"}
        )
    assert response.status_code == 403
    assert "in memory" in response.json()["detail"]


def test_track_json_is_the_dossier_form(client, repository) -> None:  # type: ignore[no-untyped-def]
    from legation.model import to_dict

    body = client.get(f"/api/v1/tracks/{records.TRACK_ID}").json()
    assert body == to_dict(repository.track(records.TRACK_ID))


DATELINED = {
    "published": "2031-03-05",
    "title": "Andean neighbours resume border talks",
    "text": (
        "LIMA, March 4 (Andes Wire) — Chilean and Peruvian delegations met in Lima on Tuesday for a "
        "first round of negotiations on the maritime border, the Peruvian foreign ministry said.\n\n"
        "The meeting lasted four hours, officials said."
    ),
}


def test_a_posted_article_is_read_as_a_file_would_be(writer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The API once stored the raw text: the dateline stayed in the body, so no dateline place, no day of
    writing, no agency, and a round without its city. A posted article now goes through the same
    ingest as a file (furniture, dateline, language)."""
    pytest.importorskip(
        "legation.nlp.extract", reason="the NLP stage is not importable yet", exc_type=ImportError
    )
    from legation.ingest.read import read_paths

    article = tmp_path / "andes.txt"
    article.write_text(f" date {DATELINED['published']} {DATELINED['title']}\n\n{DATELINED['text']}\n")
    [from_file] = list(read_paths([article]))
    assert not isinstance(from_file, Exception)

    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.post("/api/v1/documents", json={**DATELINED, "id": "andes-1"}, headers=auth)
    assert response.status_code == 201, response.text
    stored = writer.get("/api/v1/documents/andes-1").json()
    assert stored["text"] == from_file.text and not stored["text"].startswith("LIMA")
    assert (stored["dateline_place"], stored["written"], stored["source"]) == (
        from_file.dateline_place,
        str(from_file.written),
        from_file.source,
    )
    assert stored["dateline_place"] == "Lima"
    [track_id] = response.json()["tracks"]
    rounds = writer.get(f"/api/v1/tracks/{track_id}").json()["rounds"]
    assert [(r["date"], r["city"]) for r in rounds] == [("2031-03-04", "Lima")]
