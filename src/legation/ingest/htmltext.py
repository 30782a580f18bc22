"""HTML fragments (feed summaries and content) to plain text with paragraph breaks.

Feed entries carry small HTML fragments, not whole pages, so the standard library parser is enough:
block elements become paragraph breaks, ``<br>`` a line break, scripts and styles are dropped, entities
decoded.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = frozenset(
    (
        *("p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre", "hr"),
        *("li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "figure", "figcaption"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
    )
)
_SKIP = frozenset(("script", "style", "noscript", "template", "iframe", "svg"))


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment; paragraphs separated by blank lines (normalised later)."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts)
