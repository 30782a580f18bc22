"""Run ``legation serve`` in a subprocess on a free loopback port, for the browser and CLI tests."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(db: str, *, env: dict[str, str] | None = None, timeout: float = 30.0) -> Iterator[str]:
    """``legation serve --db DB`` on 127.0.0.1; yields its base URL and stops it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "legation", "serve", "--db", db, "--port", str(port)]
    process = subprocess.Popen(
        command,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"legation serve exited: {process.stdout.read() if process.stdout else ''}"
                )
            try:
                httpx.get(f"{base}/api/v1/tracks", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()
