#!/usr/bin/env bash
# Bring up a throwaway PostgreSQL cluster for the store tests and print the line that exports its URL:
#
#     eval "$(.ci/postgres.sh)"        # sets LEGATION_TEST_PG_URL
#     .ci/postgres.sh stop             # stops the cluster and removes its files
#
# Installs PostgreSQL from the Debian packages (apt-get) if it is missing; runs the server as a non-root
# user (the `postgres` system user when called as root) on 127.0.0.1:$LEGATION_PG_PORT (default 55432),
# with its data in /tmp. The cluster trusts local connections: test use only. Diagnostics go to stderr,
# only the export line to stdout.
set -euo pipefail

PORT="${LEGATION_PG_PORT:-55432}"
DATA="${LEGATION_PG_DATA:-/tmp/legation-pg-$PORT}"
USER_NAME=legation
DB_NAME=legation
URL="postgresql+psycopg://$USER_NAME@127.0.0.1:$PORT/$DB_NAME"

say() { echo "postgres.sh: $*" >&2; }

bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -z "$dir" ]] && command -v pg_ctl >/dev/null; then
        dir=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
    fi
    echo "$dir"
}

BIN=$(bindir)
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
    say "PostgreSQL not found; installing it with apt-get"
    if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
    BIN=$(bindir)
fi

# The server refuses to run as root: use the postgres system user (created if need be).
if [[ $(id -u) -eq 0 ]]; then
    RUNAS=postgres
    id "$RUNAS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUNAS"
    as_user() { runuser -u "$RUNAS" -- "$@"; }
else
    as_user() { "$@"; }
fi

if [[ "${1:-}" == "stop" ]]; then
    if [[ -d "$DATA" ]]; then
        as_user "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true
        rm -rf "$DATA"
    fi
    say "stopped"
    exit 0
fi

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    rm -rf "$DATA"
    mkdir -p "$DATA"
    [[ $(id -u) -eq 0 ]] && chown "$RUNAS" "$DATA"
    as_user "$BIN/initdb" -D "$DATA" -A trust -U "$USER_NAME" -E UTF8 --no-locale >"$DATA.initdb.log" 2>&1 \
        || { cat "$DATA.initdb.log" >&2; exit 1; }
    as_user "$BIN/pg_ctl" -D "$DATA" -w -l "$DATA/server.log" \
        -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2 || { cat "$DATA/server.log" >&2; exit 1; }
    say "cluster started in $DATA on port $PORT"
fi

if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
    "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$DB_NAME"
fi
echo "export LEGATION_TEST_PG_URL=$URL"
