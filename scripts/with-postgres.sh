#!/usr/bin/env bash
# Runs a command against a throw-away local PostgreSQL server (Debian's package, installed when missing).
# The server lives in a temporary directory on a free port and is removed afterwards. The command sees
# LEADSCOPE_DB_URL, LEADSCOPE_DB_USER and LEADSCOPE_DB_PASSWORD.
#
#   scripts/with-postgres.sh ./leadscope bench ingest
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: scripts/with-postgres.sh COMMAND [ARGS...]" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  echo "with-postgres: installing PostgreSQL (apt-get install postgresql)..." >&2
  if [ "$(id -u)" -ne 0 ]; then echo "with-postgres: need root to install PostgreSQL" >&2; exit 1; fi
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

dir=$(mktemp -d /tmp/leadscope-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
runas=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; runas=(su postgres -s /bin/sh -c); fi
pg() { if [ ${#runas[@]} -gt 0 ]; then "${runas[@]}" "$*"; else sh -c "$*"; fi; }

cleanup() { pg "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT

pg "$bin/initdb -D $dir/data -U leadscope --auth=trust -E UTF8" >/dev/null
pg "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on' -l $dir/log -w start" >/dev/null
pg "$bin/createdb -h 127.0.0.1 -p $port -U leadscope leadscope"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

export LEADSCOPE_DB_URL="jdbc:postgresql://127.0.0.1:$port/leadscope"
export LEADSCOPE_DB_USER=leadscope
export LEADSCOPE_DB_PASSWORD=leadscope
"$@"
