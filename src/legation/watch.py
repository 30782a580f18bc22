"""``legation watch``: keep a store up to date with a folder that articles are dropped into.

A newsroom's scraper writes files into a folder; legation ingests each new or changed file as it
appears and rebuilds only the tracks it touches. Uses watchdog (inotify on Linux) and, as a safety net
for filesystems without change events, a periodic rescan that is cheap because ingest is idempotent.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from legation.errors import ConfigError

#: File endings the readers know (see docs/inputs.md); other files in the folder are left alone.
WATCHED_SUFFIXES = frozenset({".txt", ".jsonl", ".csv", ".xml", ".rss", ".atom", ".html", ".htm"})
#: Seconds a file must stay unchanged before it is read, so that a half-written file is not ingested.
SETTLE_SECONDS = 0.5


def watch(
    folder: str | Path,
    db: str | None = None,
    *,
    rescan_seconds: float = 30.0,
    stop: threading.Event | None = None,
    on_batch: Callable[[list[Path], Any, Any], None] | None = None,
) -> None:
    """Ingest and build every file that appears or changes under ``folder`` until ``stop`` is set.

    ``on_batch(paths, ingest_report, build_report)`` is called after each batch (the CLI prints it).
    """
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    from legation.store import open_store

    root = Path(folder)
    if not root.is_dir():
        raise ConfigError(f"{root}: not a folder; give the folder to watch")
    stop = stop or threading.Event()
    pending: dict[Path, float] = {}
    lock = threading.Lock()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.is_directory:
                return
            path = Path(str(getattr(event, "dest_path", "") or event.src_path))
            if path.suffix.lower() in WATCHED_SUFFIXES and not path.name.startswith("."):
                with lock:
                    pending[path] = time.monotonic()

    def scan() -> None:
        with lock:
            for path in root.rglob("*"):
                if (
                    path.is_file()
                    and path.suffix.lower() in WATCHED_SUFFIXES
                    and not path.name.startswith(".")
                ):
                    pending.setdefault(path, 0.0)

    observer = Observer()
    observer.schedule(Handler(), str(root), recursive=True)
    observer.start()
    scan()  # what is already there
    last_scan = time.monotonic()
    try:
        with open_store(db) as store:
            while not stop.is_set():
                now = time.monotonic()
                with lock:
                    ready = sorted(p for p, t in pending.items() if now - t >= SETTLE_SECONDS)
                    for p in ready:
                        del pending[p]
                ready = [p for p in ready if p.exists()]
                if ready:
                    ingested = store.ingest(ready)
                    built = store.build()
                    if on_batch is not None:
                        on_batch(ready, ingested, built)
                if now - last_scan >= rescan_seconds:
                    scan()
                    last_scan = now
                stop.wait(0.2)
    finally:
        observer.stop()
        observer.join()
