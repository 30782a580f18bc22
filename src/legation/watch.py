"""``legation watch``: keep a store up to date with a folder that articles are dropped into.

A newsroom's scraper writes files into a folder; legation ingests each new or changed file as it
appears and rebuilds only the tracks it touches. Uses watchdog (inotify on Linux) and, as a safety net
for filesystems without change events, a periodic rescan.

A file is read once per change: only events that can change a file's content count (inotify also
reports the opens and closes of legation's own reads, which must not trigger another read), and a
:class:`Fingerprints` record of each file's size, modification time and content digest lets an event or
a rescan that finds the same file pass without ingesting it again, so an unreadable file's error is
reported once per change, not once per cycle.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legation.errors import ConfigError

if TYPE_CHECKING:
    from legation.store import BuildReport, IngestReport

#: File endings the readers know (see docs/inputs.md); other files in the folder are left alone.
WATCHED_SUFFIXES = frozenset({".txt", ".jsonl", ".csv", ".xml", ".rss", ".atom", ".html", ".htm"})
#: Seconds a file must stay unchanged before it is read, so that a half-written file is not ingested.
SETTLE_SECONDS = 0.5
#: The watchdog event types that can mean new content; opened/closed-without-write/attrib cannot.
CHANGE_EVENTS = frozenset({"created", "modified", "moved", "closed"})


class Fingerprints:
    """What each file looked like when it was last read: ``(size, mtime_ns)`` and a content digest.

    ``changed(path)`` is True once for each new state of a file: the stat is compared first (no read),
    then the content digest, so that a ``touch`` or a copy of the same bytes is not read again.
    """

    def __init__(self) -> None:
        self._seen: dict[Path, tuple[tuple[int, int], str | None]] = {}

    def changed(self, path: Path) -> bool:
        try:
            status = path.stat()
        except OSError:
            self._seen.pop(path, None)  # gone: if it comes back it is new
            return False
        stamp = (status.st_size, status.st_mtime_ns)
        before = self._seen.get(path)
        if before is not None and before[0] == stamp:
            return False
        digest = _digest(path)
        self._seen[path] = (stamp, digest)
        return before is None or digest is None or before[1] != digest


def _digest(path: Path) -> str | None:
    """The content's SHA-256, or None when it cannot be read (ingest then reports why, once)."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def summary(paths: list[Path], ingested: IngestReport, built: BuildReport) -> str:
    """One line for a batch, for people rather than a dataclass repr, e.g.
    ``2 files: 1 added, 1 error; 1 analysed, 1 track re-fused (0.4 s)``."""

    def counted(n: int, what: str, plural: str | None = None) -> str:
        return f"{n} {what if n == 1 else plural or what + 's'}"

    read = [
        f"{ingested.added} added",
        f"{ingested.updated} updated" if ingested.updated else "",
        f"{ingested.unchanged} unchanged" if ingested.unchanged else "",
        counted(ingested.duplicates, "near-duplicate") if ingested.duplicates else "",
        f"{ingested.skipped} skipped (not English)" if ingested.skipped else "",
        counted(len(ingested.errors), "error") if ingested.errors else "",
    ]
    made = [
        f"{built.analysed} analysed",
        f"{len(built.failed)} failed" if built.failed else "",
        counted(len(built.fused), "track") + " re-fused",
        f"{built.removed} removed" if built.removed else "",
    ]
    seconds = built.seconds_analysing + built.seconds_fusing
    return (
        f"{counted(len(paths), 'file')}: {', '.join(p for p in read if p)}; "
        f"{', '.join(p for p in made if p)} ({seconds:.1f} s)"
    )


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
    fingerprints = Fingerprints()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.is_directory or event.event_type not in CHANGE_EVENTS:
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
                ready = [p for p in ready if fingerprints.changed(p)]
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
