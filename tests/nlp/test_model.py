"""The loaded model as the pipeline keeps it."""

from __future__ import annotations

import gc
from typing import Any


def test_loaded_model_is_out_of_the_collectors_reach(nlp: Any) -> None:
    """Full collections do not walk the model again: its objects are frozen once it is loaded."""
    assert gc.get_freeze_count() > 0
    assert not gc.is_tracked(nlp) or _frozen(nlp)


def _frozen(obj: Any) -> bool:
    """Whether ``obj`` is among the frozen objects: a collection of every generation does not see it."""
    return not any(o is obj for o in gc.get_objects())
