"""RSS and Atom feeds made here (no network): entries, outlet, dates, HTML stripping, bad feeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from legation.errors import BadDate, BadRecord, IngestError
from legation.ingest import read_paths
from legation.model import Document

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Lake Region Herald</title>
  <link>https://herald.example/</link>
  <description>Regional news</description>
  <item>
    <title>Uganda and Kenya open lake border talks</title>
    <link>https://herald.example/2019/06/lake-talks</link>
    <pubDate>Tue, 11 Jun 2019 23:30:00 +0300</pubDate>
    <description>Uganda and Kenya opened talks on fishing rights.</description>
    <content:encoded><![CDATA[<p>Uganda and Kenya opened talks on fishing rights on Lake Victoria in
      Kisumu on Tuesday, officials said.</p><p>Advertisement</p>
      <p>The delegations will meet again in Jinja next month.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Second item</title>
    <link>https://herald.example/2019/06/second</link>
    <pubDate>Wed, 12 Jun 2019 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;Tanzania said on Wednesday it would join the lake talks in Jinja.&lt;/p&gt;
    </description>
  </item>
  <item>
    <title>Undated item</title>
    <link>https://herald.example/x</link>
    <description>An item that carries no date at all.</description>
  </item>
  <item>
    <title>Empty item</title>
    <pubDate>Wed, 12 Jun 2019 09:00:00 GMT</pubDate>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Andes Wire</title>
  <id>urn:example:andes</id>
  <updated>2019-05-08T10:00:00Z</updated>
  <entry>
    <title>Chile and Peru resume water talks</title>
    <link href="https://andes.example/water"/>
    <id>urn:example:andes:1</id>
    <published>2019-05-07T21:00:00-05:00</published>
    <updated>2019-05-08T10:00:00Z</updated>
    <summary type="html">&lt;p&gt;ARICA, Chile, May 7 (Andes Wire) - Chile and Peru resumed talks on
      water rights in Arica on Tuesday.&lt;/p&gt;</summary>
  </entry>
</feed>
"""


def _read(tmp_path: Path, name: str, content: str, **kwargs: object) -> list[Document | IngestError]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_paths([path], **kwargs))  # type: ignore[arg-type]


def test_rss_entries_become_documents(tmp_path: Path) -> None:
    first, second, undated, empty = _read(tmp_path, "herald.rss", RSS)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.title == "Uganda and Kenya open lake border talks"
    assert first.source == "Lake Region Herald"
    assert first.url == "https://herald.example/2019/06/lake-talks"
    assert first.published == dt.date(2019, 6, 11)  # the local day, not the UTC one
    assert first.text == (
        "Uganda and Kenya opened talks on fishing rights on Lake Victoria in Kisumu on Tuesday, officials "
        "said.\n\nThe delegations will meet again in Jinja next month."
    )
    assert first.path == f"{tmp_path / 'herald.rss'}#1"
    assert second.text == "Tanzania said on Wednesday it would join the lake talks in Jinja."
    assert isinstance(undated, BadDate) and "entry 3 ('Undated item'): no publication date" in str(undated)
    assert isinstance(empty, BadRecord) and "entry 4 ('Empty item'): no text" in str(empty)


def test_undated_entries_take_the_given_date(tmp_path: Path) -> None:
    items = _read(tmp_path, "herald.xml", RSS, date=dt.date(2019, 6, 13))
    assert [d.published for d in items if isinstance(d, Document)][-1] == dt.date(2019, 6, 13)


def test_atom_entries_with_a_dateline(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, "andes.atom", ATOM)
    assert isinstance(doc, Document)
    assert (doc.title, doc.source, doc.url) == (
        "Chile and Peru resume water talks",
        "Andes Wire",
        "https://andes.example/water",
    )
    assert doc.published == dt.date(2019, 5, 7)
    assert (doc.dateline_place, doc.written) == ("Arica", dt.date(2019, 5, 7))
    assert doc.text.startswith("Chile and Peru resumed talks")


def test_a_feed_is_recognised_without_its_extension(tmp_path: Path) -> None:
    items = _read(tmp_path, "download", ATOM)
    assert [type(i).__name__ for i in items] == ["Document"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("this is not XML at all, just words", "not an RSS or Atom feed"),
        ("<html><body><p>A page</p></body></html>", "not an RSS or Atom feed"),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', "no entries"),
    ],
)
def test_bad_feeds(tmp_path: Path, content: str, message: str) -> None:
    (item,) = _read(tmp_path, "bad.rss", content)
    assert isinstance(item, BadRecord) and message in str(item) and str(tmp_path / "bad.rss") in str(item)
