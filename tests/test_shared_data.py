"""Tests that read the project's shared data (``../shared``: seed gold, TempEval-3, PolNeAR) skip with a
message naming it when it is absent, as in a lone clone: a newcomer learns what is missing and where."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
#: A path built to the shared folder: ``/ "shared"``, ``"../shared"``, or a string path through it.
_READS_SHARED = re.compile(r"""/\s*["']shared["']|["'][^"'\n]*\.\./shared[^"'\n]*["']""")


def test_every_test_that_reads_shared_data_names_it_when_skipping() -> None:
    readers = [
        p
        for p in sorted(TESTS.rglob("*.py"))
        if p != Path(__file__) and _READS_SHARED.search(p.read_text(encoding="utf-8"))
    ]
    assert readers, "no test reads ../shared: this check looks at nothing"
    silent = [
        str(p.relative_to(TESTS))
        for p in readers
        if not re.search(r"skip[\s\S]{0,300}?\.\./shared", p.read_text(encoding="utf-8"))
    ]
    assert silent == []
