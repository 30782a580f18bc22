"""Alembic environment: migrations run on the connection legation hands over, inside its transaction.

:func:`legation.store.migrate.upgrade` opens one transaction, passes its connection in
``config.attributes["connection"]`` and commits only after every migration *and* the
``alembic_version`` row are written: a killed upgrade leaves the previous schema intact.
Run offline (``alembic upgrade --sql``) it prints the SQL instead.
"""

from __future__ import annotations

from alembic import context

from legation.store.schema import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"), target_metadata=Base.metadata, literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        transaction_per_migration=False,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
