from __future__ import annotations

import pytest

from legation.store import DEFAULT_URL, resolve_url


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [
        (None, None, DEFAULT_URL),
        (None, "postgresql+psycopg://db.example/legation", "postgresql+psycopg://db.example/legation"),
        ("sqlite:///other.db", "postgresql+psycopg://db.example/legation", "sqlite:///other.db"),
        ("data/my.db", None, "sqlite:///data/my.db"),
        ("/abs/my.db", None, "sqlite:////abs/my.db"),
    ],
)
def test_resolve_url(
    monkeypatch: pytest.MonkeyPatch, option: str | None, env: str | None, expected: str
) -> None:
    if env is None:
        monkeypatch.delenv("LEGATION_DB", raising=False)
    else:
        monkeypatch.setenv("LEGATION_DB", env)
    assert resolve_url(option) == expected


@pytest.mark.parametrize("option", ["::::", "postgres:/db", "c:store.db"])
def test_a_bare_value_with_a_colon_is_refused_not_made_a_file(option: str) -> None:
    from legation.errors import StoreError

    with pytest.raises(StoreError, match="neither a database URL nor a plain file name"):
        resolve_url(option)
    assert resolve_url(f"sqlite:///{option}") == f"sqlite:///{option}"
