"""The HTML pages: what they show, that every piece of article text is escaped, and the security headers."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from legation.web.app import CSP

from . import records

STATIC = Path(__file__).parents[2] / "src" / "legation" / "web" / "static"
TRACK_URL = f"/tracks/{records.TRACK_ID}"
KENYAN_SPEAKER = '<span class="speaker">Wanjiru Otieno (fisheries minister, Kenya)</span>'


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text outside tags."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def test_tracks_page_lists_the_track_with_dates_and_rounds(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/")
    assert page.status_code == 200
    assert "Kenya – Tanzania: lake fisheries" in page.text
    row = re.search(r"<tr>\s*<td><a href=\"/tracks/[^\"]+\">.*?</tr>", page.text, re.S)
    assert row is not None
    cells = [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(0), re.S)]
    assert cells[2:] == ["2031-04-02", "2031-05-21", "2", "4"]


def test_track_page_has_timeline_matrix_rounds_conflicts_and_delegations(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get(TRACK_URL)
    assert page.status_code == 200
    elements = parse(page.text)
    marks = [a for tag, a in elements.tags if tag == "a" and "mark" in (a.get("class") or "").split()]
    kinds = sorted((a.get("class") or "").split()[2] for a in marks)
    assert kinds.count("kind-round") == 2
    assert {"kind-statement", "kind-propose", "kind-expel"} <= set(kinds)
    assert "kind-consult" not in kinds  # meetings are the rounds
    cells = [
        a.get("class") for tag, a in elements.tags if tag == "td" and "status-" in (a.get("class") or "")
    ]
    assert sorted(cells) == sorted(
        ["cell status-raised", "cell status-agreed", "cell status-discussed", "cell status-rejected"]
    )
    assert re.search(r'<td class="f-duration conflict"', page.text)
    assert "Wanjiru Otieno" in page.text and "Baraka Mushi" in page.text
    assert "Lakeside Courier, 2031-04-02" in page.text.replace("(", "").replace(")", "")


def test_every_fact_carries_its_evidence_spans(client) -> None:  # type: ignore[no-untyped-def]
    elements = parse(client.get(TRACK_URL).text)
    facts = [a for tag, a in elements.tags if a.get("data-evidence")]
    assert len(facts) > 20
    for attrs in facts:
        refs = json.loads(attrs["data-evidence"] or "")
        for ref in refs:
            text = records.TEXTS[ref["d"]]
            assert text[ref["s"] : ref["e"]] == ref["t"]
        assert attrs["href"].startswith("/documents/")


@pytest.mark.parametrize(
    ("params", "present", "absent"),
    [
        (
            {"party": "Tanzania"},
            ["quotas were discussed at length", "Propose"],
            [KENYAN_SPEAKER],
        ),
        ({"issue": "fishing_quotas"}, ["Fishing quotas"], ["Joint border patrols</th>"]),
        (
            {"source": "Great Rift Times"},
            ["#1 2031-04-01"],
            ["#2 2031-05-19</th>", KENYAN_SPEAKER],
        ),
    ],
)
def test_filters_keep_only_the_chosen_facts(client, params, present, absent) -> None:  # type: ignore[no-untyped-def]
    page = client.get(TRACK_URL, params=params)
    assert page.status_code == 200
    for text in present:
        assert text in page.text
    for text in absent:
        assert text not in page.text


def test_article_html_is_escaped_everywhere(client) -> None:  # type: ignore[no-untyped-def]
    pages = [
        client.get(TRACK_URL).text,
        client.get("/documents/hostile-4").text,
        client.get("/documents").text,
        client.get("/search", params={"q": "reader"}).text,
    ]
    for html in pages:
        elements = parse(html)
        assert all(tag != "img" for tag, _ in elements.tags)
        assert all(tag not in ("b",) for tag, _ in elements.tags)
        assert all(not name.startswith("on") for _, attrs in elements.tags for name in attrs)
        scripts = [attrs for tag, attrs in elements.tags if tag == "script"]
        assert scripts == [{"src": "/static/app.js", "defer": None}]
        assert "window.__pwned" not in html or "&lt;" in html
    document = client.get("/documents/hostile-4").text
    assert "&lt;img src=x onerror=" in document
    assert "Lake talks &lt;script&gt;window.__pwned = 1&lt;/script&gt;" in document


def test_a_javascript_url_is_never_linked(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/documents/rift-2").text
    assert "javascript:" not in page
    assert 'href="https://courier.example/1"' in client.get("/documents/courier-1").text


def test_document_page_highlights_the_requested_spans(client) -> None:  # type: ignore[no-untyped-def]
    evidence = records.ev("courier-3", records.sentence("courier-3", 1))
    page = client.get("/documents/courier-3", params={"hl": f"{evidence.start}-{evidence.end}"})
    assert page.status_code == 200
    assert f'<mark id="hl">{evidence.sentence}</mark>' in page.text
    assert page.text.count("<mark") == 1


@pytest.mark.parametrize("hl", ["12", "a-b", "-5", "1-2-3"])
def test_document_page_refuses_malformed_spans(client, hl: str) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/documents/courier-3", params={"hl": hl}).status_code == 422


def test_search_page_marks_matches(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/search", params={"q": "Arusha"})
    assert page.status_code == 200
    assert "<mark>Arusha</mark>" in page.text
    assert client.get("/search", params={"q": "-"}).status_code == 422


@pytest.mark.parametrize("url", ["/tracks/no-such-track", "/documents/no-such-document"])
def test_unknown_pages_are_404_pages(client, url: str) -> None:  # type: ignore[no-untyped-def]
    page = client.get(url)
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "no-such" in page.text


@pytest.mark.parametrize("url", ["/", TRACK_URL, "/api/v1/tracks", "/static/app.js", "/no-such-page"])
def test_every_response_has_a_strict_content_security_policy(client, url: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(url)
    csp = response.headers["content-security-policy"]
    assert csp == CSP
    assert "unsafe-inline" not in csp and "script-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_pages_use_only_local_assets_and_no_inline_script_or_style(client) -> None:  # type: ignore[no-untyped-def]
    for url in ("/", TRACK_URL, "/documents/courier-1", "/search?q=talks", "/documents"):
        elements = parse(client.get(url).text)
        for tag, attrs in elements.tags:
            assert "style" not in attrs, (url, tag)
            for name in ("src", "href"):
                value = attrs.get(name) or ""
                assert not value.startswith(("http://", "https://", "//")) or tag == "a", (url, tag, value)
        assert "<style" not in client.get(url).text
        assert re.search(r"<script(?![^>]*\bsrc=)", client.get(url).text) is None
    for name in ("app.js", "app.css"):
        assert (STATIC / name).exists()
        assert client.get(f"/static/{name}").status_code == 200


BARE_TEXT = "Fishing crews on the northern shore waited for word of the quota talks. Nothing came."
BARE_LABEL = "Fishing crews on the northern shore waited for word of the quota talks…"


@pytest.fixture(params=["store", "memory"])
def bare_client(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The record plus a document with neither headline nor outlet."""
    import datetime as dt

    from legation.model import Document
    from legation.web import MemoryRepository, create_app

    from .conftest import TestClient

    bare = Document("bare-5", BARE_TEXT, dt.date(2031, 5, 22))
    if request.param == "memory":
        repository: object = MemoryRepository(records.DOSSIER, (*records.DOCUMENTS, bare))
    else:
        repository = request.getfixturevalue("store")
        repository.ingest([bare])  # type: ignore[attr-defined]
    with TestClient(create_app(repository, read_env=False)) as c:  # type: ignore[arg-type]
        yield c


def test_a_document_without_headline_or_outlet_is_named_by_its_first_words(bare_client) -> None:  # type: ignore[no-untyped-def]
    link = f'<a href="/documents/bare-5">{BARE_LABEL}</a>'
    assert link in bare_client.get("/documents").text
    page = bare_client.get("/documents/bare-5").text
    assert f"<h1>{BARE_LABEL}</h1>" in page and "bare-5 · legation" not in page
    hits = bare_client.get("/search", params={"q": "crews"}).text
    assert link in hits
    assert bare_client.get("/api/v1/documents/bare-5").json()["label"] == BARE_LABEL
    assert bare_client.get("/api/v1/documents/courier-1").json()["label"] == "Fisheries talks open in Arusha"


def test_hosts_and_mediators_are_named_with_their_evidence() -> None:
    import dataclasses

    from legation.model import ThirdParty
    from legation.web import MemoryRepository, create_app

    from .conftest import TestClient

    evidence = records.ev("courier-1", records.sentence("courier-1", 0))
    track = dataclasses.replace(records.TRACK, third_parties=(ThirdParty("Uganda", "mediator", (evidence,)),))
    dossier = dataclasses.replace(records.DOSSIER, tracks=(track,))
    with TestClient(create_app(MemoryRepository(dossier, records.DOCUMENTS), read_env=False)) as c:  # type: ignore[arg-type]
        page = c.get(TRACK_URL).text
    link = re.search(r'<a class="fact third-party"[^>]*>Uganda \(mediator\)</a>', page)
    assert link is not None and f'"s": {evidence.start}' in link.group(0).replace("&#34;", '"')
