"""``legation serve``: serves the store over HTTP on loopback, read-only unless a token is set."""

from __future__ import annotations

import subprocess
import sys

import httpx

from . import records
from .conftest import TOKEN
from .server import serving


def test_serve_reads_the_store_and_is_read_only_by_default(record_db: str) -> None:
    with serving(record_db, env={"LEGATION_TOKEN": ""}) as base:
        assert base.startswith("http://127.0.0.1:")
        tracks = httpx.get(f"{base}/api/v1/tracks").json()
        assert [t["id"] for t in tracks] == [records.TRACK_ID]
        assert httpx.get(f"{base}/").status_code == 200
        post = httpx.post(f"{base}/api/v1/documents", json={"published": "2031-01-01", "text": "x"})
        assert post.status_code == 403


def test_serve_with_a_token_refuses_a_wrong_one_and_oversized_bodies(record_db: str) -> None:
    with serving(record_db, env={"LEGATION_TOKEN": TOKEN}) as base:
        wrong = httpx.post(
            f"{base}/api/v1/documents",
            json={"published": "2031-01-01", "text": "x"},
            headers={"Authorization": "Bearer nope"},
        )
        assert wrong.status_code == 401
        big = httpx.post(
            f"{base}/api/v1/documents",
            content=b"{" + b" " * 2_000_000 + b"}",
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
        assert big.status_code == 413


def _serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "legation", "serve", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_serve_refuses_a_short_token(record_db: str) -> None:
    result = _serve("--db", record_db, "--port", "1", env={"LEGATION_TOKEN": "short"})
    assert result.returncode == 2
    assert "LEGATION_TOKEN" in result.stderr and "16 characters" in result.stderr


def test_serve_names_a_store_it_cannot_open(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _serve("--db", f"sqlite:///{tmp_path}/missing/folder/x.db", "--port", "1")
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_serve_binds_loopback_port_8000_by_default() -> None:
    result = _serve("--help")
    assert result.returncode == 0
    assert "127.0.0.1" in result.stdout and "8000" in result.stdout


def test_head_answers_like_get_without_a_body(record_db: str) -> None:
    with serving(record_db, env={"LEGATION_TOKEN": ""}) as base:
        for path in ("/", "/api/v1/tracks", f"/tracks/{records.TRACK_ID}"):
            got = httpx.get(f"{base}{path}")
            head = httpx.head(f"{base}{path}")
            assert (head.status_code, head.content) == (got.status_code, b""), path
            assert head.headers["content-type"] == got.headers["content-type"]


def test_a_port_in_use_is_an_error_before_serving_is_announced(record_db: str) -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = _serve("--db", record_db, "--port", str(port), env={"LEGATION_TOKEN": ""})
    assert result.returncode == 2
    assert "serving" not in result.stderr
    assert result.stderr.strip() == (
        f"error: 127.0.0.1:{port}: cannot listen there: Address already in use; "
        "choose another --port or --host"
    )


def test_serve_on_a_store_that_does_not_exist_creates_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _serve("--db", str(tmp_path / "new.db"), "--port", "1")
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_cache_default_is_the_same_in_the_command_the_app_and_the_docs() -> None:
    import inspect
    import re
    from pathlib import Path

    from legation.cli.serve import serve
    from legation.web.app import CACHE_SECONDS

    default = inspect.signature(serve).parameters["cache_seconds"].default
    docs = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")
    documented = re.search(r"\| `--cache-seconds S` \| `([\d.]+)` \|", docs)
    assert documented is not None
    assert default == CACHE_SECONDS == float(documented[1])
