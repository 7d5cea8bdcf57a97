#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start or stop a throwaway PostgreSQL cluster for the tests: a temporary folder,
# loopback only, trust authentication, no fsync. "crash" kills a running
# cluster (pg_ctl stop -m immediate) and "resume" starts it again on its data.
# RUQSAT_PG_MAX_CONNECTIONS raises the connection limit of 100 (a load bench
# of 100 desks needs a few more). As root the server runs as the
# "postgres" user, since PostgreSQL refuses to run as root.
set -euo pipefail
action=$1 dir=$2 port=$3
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

serve() {
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=${RUQSAT_PG_MAX_CONNECTIONS:-100}" start >/dev/null
}

case $action in
start)
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"; mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  # The test's own roles are trusted; every other role gives its password
  # (SCRAM), as a Ruqsat user's login role does on an akimat's server.
  as_owner sed -i '1i host all all 127.0.0.1/32 scram-sha-256' "$dir/data/pg_hba.conf"
  as_owner sed -i '1i host all postgres 127.0.0.1/32 trust' "$dir/data/pg_hba.conf"
  as_owner sed -i '1i host all ruqsat 127.0.0.1/32 trust' "$dir/data/pg_hba.conf"
  if ! serve; then
    # Say why here: the folder is gone once the fixture's stop runs.
    echo "the PostgreSQL test cluster did not start on 127.0.0.1:$port (another test run on the same port?):" >&2
    tail -n 20 "$dir/server.log" >&2 || true
    exit 1
  fi
  # Most tests connect as an ordinary role that may create databases and
  # roles and end sessions, like the owner of an akimat's schema (which on a
  # real server is NOLOGIN: docs/SERVER.md); the access tests connect as the
  # users' own roles, and `ruqsatctl init` as the superuser postgres.
  as_owner "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE ruqsat LOGIN CREATEDB CREATEROLE PASSWORD 'ruqsat'" \
    -c "GRANT pg_signal_backend TO ruqsat" \
    -c "CREATE ROLE ruqsat_pw LOGIN PASSWORD 'Сезам-2026'" \
    -c "CREATE DATABASE ruqsat_pw OWNER ruqsat_pw" >/dev/null
  echo "PostgreSQL test cluster on 127.0.0.1:$port"
  ;;
crash)
  # The server dies as in a power cut of its process: every backend is
  # killed, nothing is flushed, and the next start recovers from the WAL.
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
  ;;
resume)
  # Starts a cluster that crash stopped, with its data.
  serve
  ;;
stop)
  if [ -d "$dir/data" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|crash|resume|stop DIR PORT" >&2; exit 2 ;;
esac
