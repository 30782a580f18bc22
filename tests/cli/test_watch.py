"""``legation watch``: a file dropped into the folder is ingested and built without a restart."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from legation.errors import ConfigError
from legation.store import open_store
from legation.watch import watch

ARTICLE = (
    " date 2024-05-14\n"
    "Armenian and Azerbaijani delegations met in Almaty on Monday for a third round of peace talks, "
    "the Kazakh Foreign Ministry said.\n"
)


def test_a_dropped_file_is_ingested_and_built(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    db = f"sqlite:///{tmp_path / 'w.db'}"
    stop = threading.Event()
    batches: list[int] = []
    thread = threading.Thread(
        target=watch,
        args=(folder, db),
        kwargs={"stop": stop, "on_batch": lambda p, i, b: batches.append(i.added)},
    )
    thread.start()
    try:
        time.sleep(0.5)
        (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
        deadline = time.monotonic() + 120
        while not batches and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert batches == [1]
    with open_store(db) as store:
        assert [t.parties for t in store.dossier().tracks] == [("Armenia", "Azerbaijan")]


def test_watching_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a folder"):
        watch(tmp_path / "nope", f"sqlite:///{tmp_path / 'w.db'}")
