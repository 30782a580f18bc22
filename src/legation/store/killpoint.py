"""A test-only hook that kills the process at a chosen point, to prove crash safety.

``LEGATION_TEST_KILL_AFTER=<stage>:<n>`` makes the process SIGKILL itself when the ``n``-th item of
``stage`` has been written but its transaction is not yet committed. Stages: ``ingest`` (documents),
``analyse`` (analyses), ``fuse`` (track keys), ``commit`` (transactions committed by ingest or build).
Unset, the hook costs one dictionary lookup. Nothing but tests should set it.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

ENV_VAR = "LEGATION_TEST_KILL_AFTER"
_counts: Counter[str] = Counter()


def checkpoint(stage: str) -> None:
    """Count one item of ``stage``; SIGKILL this process if the environment asks for it now."""
    spec = os.environ.get(ENV_VAR)
    if not spec:
        return
    wanted, _, count = spec.partition(":")
    if wanted != stage:
        return
    _counts[stage] += 1
    if _counts[stage] >= int(count):
        os.kill(os.getpid(), signal.SIGKILL)
