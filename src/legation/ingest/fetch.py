"""Fetching a feed or article page given as a URL (standard library only, bounded by the size limit)."""

from __future__ import annotations

import urllib.error
import urllib.request

from legation.errors import IngestError, TooLarge

#: Seconds to wait for a server before giving up on a URL.
TIMEOUT = 30
USER_AGENT = "legation/0.1 (+https://example.invalid/legation)"
_TYPES = {
    "rss": ".rss",
    "atom": ".atom",
    "xml": ".xml",
    "html": ".html",
    "json": ".jsonl",
    "csv": ".csv",
    "text/plain": ".txt",
}


def fetch(url: str, max_bytes: int) -> tuple[bytes, str]:
    """The bytes at ``url`` and a file extension guessed from the content type.

    Raises :class:`IngestError` (naming the URL) when the server cannot be reached or answers with an
    error, and :class:`TooLarge` when the body is over ``max_bytes``; the body is never read past it.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            data = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise IngestError(url, f"the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise IngestError(url, f"cannot fetch: {reason}") from None
    if len(data) > max_bytes:
        raise TooLarge(url, f"the page is over the size limit of {max_bytes} bytes")
    suffix = next((ext for key, ext in _TYPES.items() if key in content_type.lower()), "")
    return data, suffix
