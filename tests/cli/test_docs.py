"""Docs that cannot drift: every command is in the README's command table."""

from __future__ import annotations

from pathlib import Path

from legation.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_in_the_readme() -> None:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert names, "no commands registered"
    missing = [n for n in names if f"`{n}" not in README]
    assert missing == []
