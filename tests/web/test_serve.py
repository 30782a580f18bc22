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
