#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite: `server.sh start DIR` creates a cluster
# in DIR, starts it on a free loopback port (written to DIR/port) with its socket in DIR;
# `server.sh stop DIR` stops it at once and removes DIR. As root, the server runs as the
# `postgres` user (initdb refuses root); otherwise as the user running the tests.
set -euo pipefail
action=$1
dir=$2

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir=$candidate
done
if [ -z "$bindir" ] && command -v initdb >/dev/null; then
    bindir=$(dirname "$(command -v initdb)")
fi
[ -n "$bindir" ] || { echo "PostgreSQL's initdb was not found: run .ci/install-deps" >&2; exit 1; }

as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_server "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log"
    # A free port: the first of a few that a server starts on.
    for attempt in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        if as_server "$bindir/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/server.log" -o \
            "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
            echo "$port" >"$dir/port"
            exit 0
        fi
    done
    echo "PostgreSQL did not start; see $dir/server.log" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
