"""Bringing a store's schema up to date, in one transaction with its ``alembic_version`` row.

A store made by an older legation is upgraded when it is opened (and the caller is told, in the
returned notice); a store made by a newer legation is refused rather than damaged.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from legation.errors import StoreError
from legation.store.engine import shown, transaction

MIGRATIONS = Path(__file__).parent / "migrations"
#: Any fixed number: the PostgreSQL advisory lock two processes opening a new store take in turn.
_PG_LOCK = 0x1E6A7105


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    """The schema revision this legation writes."""
    revision = ScriptDirectory.from_config(config()).get_current_head()
    assert revision is not None
    return revision


def upgrade(engine: Engine, target: str = "head") -> str | None:
    """Migrate to ``target``; the notice to show the user when an existing store was migrated, else None."""
    cfg = config()
    script = ScriptDirectory.from_config(cfg)
    known = {rev.revision for rev in script.walk_revisions()}
    wanted = script.get_current_head() if target == "head" else target
    with transaction(engine, "reading the schema version", write=False) as connection:
        if MigrationContext.configure(connection).get_current_revision() == wanted:
            return None  # the usual case; a read-only store opens too
    with transaction(engine, "migrating the schema") as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        current = MigrationContext.configure(connection).get_current_revision()
        if current is not None and current not in known:
            raise StoreError(
                f"{shown(engine.url)}: schema version {current} was written by a newer legation; "
                "upgrade legation to open it"
            )
        if current == wanted:
            return None
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
    if current is None:
        return None
    return f"{shown(engine.url)}: store migrated from schema version {current} to {wanted}"
