"""HTML article pages made here (no network): main text, title, date, outlet; pages without a body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from legation.errors import BadDate, BadRecord, IngestError
from legation.ingest import read_paths
from legation.model import Document

BODY = """
<p>Spain and Portugal opened talks on sharing the waters of the Tagus in Lisbon on Monday, the Portuguese
foreign ministry said. The delegations discussed river flows in dry summers and the release of water
from dams upstream.</p>
<p>Advertisement</p>
<p>The two sides agreed to meet again in Madrid next month, officials said after the meeting ended.</p>
"""


def _page(head: str, body: str = BODY) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Water talks open in Lisbon | Iberia Post</title>{head}</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/europe">Europe</a></nav>
<article><h1>Water talks open in Lisbon</h1>{body}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm hits coast</a></li></ul></aside>
<footer>© Iberia Post. All rights reserved.</footer>
</body></html>"""


META = (
    '<meta property="og:site_name" content="Iberia Post">'
    '<meta property="article:published_time" content="2019-05-06T09:00:00+01:00">'
    '<link rel="canonical" href="https://iberia.example/water-talks">'
)


def _read(tmp_path: Path, name: str, content: str, **kwargs: object) -> list[Document | IngestError]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_paths([path], **kwargs))  # type: ignore[arg-type]


def test_article_page(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, "water.html", _page(META))
    assert isinstance(doc, Document), doc
    assert doc.title == "Water talks open in Lisbon"
    assert doc.source == "Iberia Post"
    assert doc.url == "https://iberia.example/water-talks"
    assert doc.published == dt.date(2019, 5, 6)
    assert doc.text.startswith("Spain and Portugal opened talks on sharing the waters of the Tagus")
    assert "Advertisement" not in doc.text and "Most read" not in doc.text and "Home" not in doc.text
    assert doc.text.endswith("officials said after the meeting ended.")
    assert "\n\nThe two sides agreed" in doc.text


def test_a_page_without_a_date_in_its_metadata_takes_the_date_at_the_top(tmp_path: Path) -> None:
    body = "<p class='date'>6 May 2019</p>" + BODY
    (doc,) = _read(tmp_path, "water.htm", _page('<meta property="og:site_name" content="Iberia Post">', body))
    assert isinstance(doc, Document) and doc.published == dt.date(2019, 5, 6)


def test_a_page_without_any_date_is_refused_unless_one_is_given(tmp_path: Path) -> None:
    (error,) = _read(tmp_path, "water.html", _page(""))
    assert isinstance(error, BadDate) and "no publication date" in str(error)
    (doc,) = _read(tmp_path, "water.html", _page(""), date=dt.date(2019, 5, 7))
    assert isinstance(doc, Document) and doc.published == dt.date(2019, 5, 7)


@pytest.mark.parametrize(
    "content",
    [
        "<!DOCTYPE html><html><head><title>Iberia Post</title></head><body><nav><a href='/a'>World</a>"
        "<a href='/b'>Europe</a></nav><ul><li><a href='/c'>Storm hits coast</a></li></ul></body></html>",
        "<html><body><form><input name='user'><input type='password'></form></body></html>",
    ],
)
def test_a_page_with_no_article_body_is_an_error(tmp_path: Path, content: str) -> None:
    (error,) = _read(tmp_path, "index.html", content)
    assert isinstance(error, BadRecord)
    assert str(error).startswith(f"{tmp_path / 'index.html'}: no article body found")
