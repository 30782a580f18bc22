"""``legation watch``: a file dropped into the folder is ingested and built without a restart."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

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


def test_each_file_is_read_once_per_change_and_its_error_reported_once(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "bad.txt").write_text("no date line\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    stop = threading.Event()
    batches: list[tuple[list[str], int, list[str]]] = []

    def record(paths: list[Path], ingested: Any, built: Any) -> None:
        batches.append((sorted(p.name for p in paths), ingested.added, list(ingested.errors)))

    thread = threading.Thread(
        target=watch, args=(folder, db), kwargs={"stop": stop, "on_batch": record, "rescan_seconds": 0.5}
    )
    thread.start()
    try:
        _wait_for(lambda: len(batches) >= 1)
        time.sleep(3.0)  # several rescans and the events of the watcher's own reads
        assert [b[0] for b in batches] == [["a.txt", "bad.txt"]]
        assert batches[0][1] == 1 and len(batches[0][2]) == 1 and "bad.txt" in batches[0][2][0]
        os.utime(folder / "a.txt")  # a touch is no change of content
        (folder / "bad.txt").write_text("still no date line\n", encoding="utf-8")
        _wait_for(lambda: len(batches) >= 2)
        time.sleep(2.0)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert [b[0] for b in batches] == [["a.txt", "bad.txt"], ["bad.txt"]]
    assert len(batches[1][2]) == 1


def _wait_for(condition: Any, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert condition(), "timed out"


def test_a_batch_is_summarised_in_one_human_line() -> None:
    from legation.store import BuildReport, IngestReport
    from legation.watch import summary

    ingested = IngestReport(added=1, errors=["bad.txt: the file is empty"])
    built = BuildReport(analysed=1, fused=["t1"], seconds_analysing=0.000359, seconds_fusing=0.25)
    line = summary([Path("a.txt"), Path("bad.txt")], ingested, built)
    assert line == "2 files: 1 added, 1 error; 1 analysed, 1 track re-fused (0.3 s)"
