#!/usr/bin/env bash
# A private, throwaway PostgreSQL server for the integration tests (issue 7).
#
#   bash scripts/postgres.sh start DIR   # prints ONE line: the Npgsql connection string of database norme48_test
#   bash scripts/postgres.sh stop DIR    # stops the server and removes DIR; never fails
#
# `start` installs PostgreSQL from the system's package manager when no initdb/pg_ctl is found (apt-get; sudo only
# when not root), creates a cluster in DIR/data (as the postgres user when run as root: initdb and postgres refuse
# root), listening on 127.0.0.1 only, on a free port, with trust authentication from 127.0.0.1 and its unix socket
# inside DIR, durability switched off (fsync, synchronous_commit, full_page_writes), and creates norme48_test.
# It also writes DIR/port, DIR/bindir (the binaries used) and DIR/connection-string. The server log is DIR/server.log.
# Running `start` again on a running cluster prints the same line; on a stopped one, starts it again.
# All progress messages go to stderr; stdout holds the connection string only.
set -euo pipefail

readonly database=norme48_test
readonly superuser=postgres
readonly marker=.norme48-postgres

say() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
  echo "usage: bash scripts/postgres.sh start DIR | stop DIR" >&2
  exit 2
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# The directory of the highest installed PostgreSQL version that has initdb and pg_ctl, or nothing.
find_bindir() {
  local d best=""
  while IFS= read -r d; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ] && best=$d
  done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V)
  if [ -z "$best" ] && command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir 2>/dev/null || true)
    [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && best=$d
  fi
  if [ -z "$best" ] && command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    best=$(dirname "$(command -v initdb)")
  fi
  printf '%s' "$best"
}

install_postgres() {
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL is not installed and apt-get is not available: install PostgreSQL (initdb, pg_ctl) first"
  local -a sudo=()
  if ! is_root; then
    command -v sudo >/dev/null 2>&1 || die "PostgreSQL is not installed, and installing it needs root (no sudo here): run 'apt-get install -y postgresql' as root"
    sudo=(sudo)
    # No terminal (CI): never wait for a password.
    [ -t 0 ] || sudo=(sudo -n)
  fi
  say "PostgreSQL not found; installing it with apt-get (this takes a minute)"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null >&2 \
    || die "apt-get update failed"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql </dev/null >&2 \
    || die "apt-get install -y postgresql failed"
}

# The OS user the cluster runs as: postgres when we are root (created if missing), else ourselves.
pick_run_user() {
  if is_root; then
    if ! id -u postgres >/dev/null 2>&1; then
      say "creating the system user postgres"
      useradd --system --no-create-home --home-dir /var/lib/postgresql --shell /bin/sh postgres >&2 \
        || die "could not create the user postgres (initdb and postgres refuse to run as root)"
    fi
    printf 'postgres'
  else
    id -un
  fi
}

# Runs a command as $run_user, from inside $dir (so that the user can read its working directory).
run_as() {
  if [ "$run_user" = "$(id -un)" ]; then
    (cd "$dir" && "$@")
  elif command -v runuser >/dev/null 2>&1; then
    (cd "$dir" && runuser -u "$run_user" -- "$@")
  else
    local cmd
    cmd=$(printf '%q ' "$@")
    (cd "$dir" && su -s /bin/sh "$run_user" -c "$cmd")
  fi
}

log_tail() {
  if [ -f "$dir/server.log" ]; then
    say "last lines of $dir/server.log:"
    tail -n 40 "$dir/server.log" >&2 || true
  fi
}

fail() {
  say "$*"
  log_tail
  exit 1
}

port_in_use() {
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    [ -n "$(ss -Htln "sport = :$port" 2>/dev/null)" ] && return 0
  fi
  # Something answers on 127.0.0.1:port?
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null
}

# A port nobody listens on, below the kernel's ephemeral range (32768-60999 on Linux).
free_port() {
  local port i
  for i in $(seq 1 200); do
    port=$((20000 + RANDOM % 12000))
    if ! port_in_use "$port"; then
      printf '%s' "$port"
      return 0
    fi
  done
  return 1
}

server_running() {
  run_as "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Username=%s;Database=%s;Pooling=true' "$1" "$superuser" "$database"
}

create_cluster() {
  local locale=C
  # C.UTF-8 classifies and case-maps non-ASCII letters (French names), with a stable byte-order collation.
  if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then locale=C.UTF-8; fi
  say "initdb ($("$bindir/postgres" --version)) in $dir/data as $run_user"
  if ! run_as "$bindir/initdb" -D "$dir/data" -U "$superuser" --encoding=UTF8 --locale="$locale" \
        --auth-local=trust --auth-host=trust --no-instructions >>"$dir/server.log" 2>&1; then
    fail "initdb failed"
  fi
  local socketdir=$dir
  # A unix socket path must stay under 108 bytes; without one, the server is reached over TCP only.
  if [ $(( ${#socketdir} + 20 )) -ge 108 ]; then
    say "$dir is too long a path for a unix socket: the server listens on TCP only"
    socketdir=""
  fi
  cat >>"$dir/data/postgresql.conf" <<EOF

# --- norme48 throwaway test server (scripts/postgres.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socketdir'
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
timezone = 'UTC'
log_timezone = 'UTC'
include_if_exists = 'norme48-port.conf'
EOF
  # Trust, from the unix socket in DIR (reachable by its owner only) and from 127.0.0.1 only.
  cat >"$dir/data/pg_hba.conf" <<EOF
# norme48 throwaway test server: trust, loopback IPv4 only
local   all   all                  trust
host    all   all   127.0.0.1/32   trust
EOF
}

# Starts the server on a free port, retrying with another port if the chosen one got taken meanwhile.
start_server() {
  local attempt port=""
  for attempt in 1 2 3 4 5 6 7 8; do
    if [ "$attempt" -eq 1 ] && [ -s "$dir/port" ] && ! port_in_use "$(cat "$dir/port")"; then
      port=$(cat "$dir/port")
    else
      port=$(free_port) || fail "found no free port on 127.0.0.1"
    fi
    printf 'port = %s\n' "$port" >"$dir/data/norme48-port.conf"
    chown "$run_user" "$dir/data/norme48-port.conf" 2>/dev/null || true
    if run_as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >>"$dir/server.log" 2>&1; then
      printf '%s\n' "$port" >"$dir/port"
      return 0
    fi
    if tail -n 30 "$dir/server.log" | grep -qiE 'could not (bind|create listen socket)|address already in use'; then
      say "port $port was taken; trying another"
      continue
    fi
    fail "the server did not start (pg_ctl start failed)"
  done
  fail "the server did not start: no free port after 8 attempts"
}

cmd_start() {
  bindir=$(find_bindir)
  if [ -z "$bindir" ]; then
    install_postgres
    bindir=$(find_bindir)
    [ -n "$bindir" ] || die "PostgreSQL was installed but no initdb/pg_ctl was found under /usr/lib/postgresql/*/bin"
  fi
  run_user=$(pick_run_user)

  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  if [ ! -e "$dir/$marker" ]; then
    [ -z "$(ls -A "$dir")" ] || die "$dir is neither empty nor a cluster made by this script; give an empty (e.g. mktemp -d) directory"
    : >"$dir/$marker"
  fi
  if [ -s "$dir/bindir" ] && [ -x "$(cat "$dir/bindir")/pg_ctl" ]; then
    bindir=$(cat "$dir/bindir")  # a cluster stays with the version that created it
  fi
  printf '%s\n' "$bindir" >"$dir/bindir"
  touch "$dir/server.log"
  if is_root; then chown "$run_user" "$dir" "$dir/server.log"; fi
  chmod 700 "$dir"  # the unix socket (trust) inside is for the cluster's owner only
  run_as test -w "$dir" -a -x "$dir" \
    || die "the user $run_user cannot write to $dir (is a parent directory closed to it?); use a directory under /tmp"

  [ -f "$dir/data/PG_VERSION" ] || create_cluster

  local port
  if server_running && [ -s "$dir/port" ]; then
    port=$(cat "$dir/port")
    say "the server in $dir is already running on port $port"
  else
    start_server
    port=$(cat "$dir/port")
  fi

  local psql=("$bindir/psql" -X -q -w -h 127.0.0.1 -p "$port" -U "$superuser")
  local i ready=0
  for i in $(seq 1 60); do
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 5 -U "$superuser"; then ready=1; break; fi
    sleep 1
  done
  [ "$ready" -eq 1 ] || fail "the server on 127.0.0.1:$port does not answer pg_isready"

  if [ "$("${psql[@]}" -d postgres -Atc "select 1 from pg_database where datname = '$database'" </dev/null 2>>"$dir/server.log")" != 1 ]; then
    "${psql[@]}" -d postgres -c "create database $database" </dev/null >>"$dir/server.log" 2>&1 \
      || fail "could not create the database $database"
  fi

  local cs
  cs=$(connection_string "$port")
  printf '%s\n' "$cs" >"$dir/connection-string"
  say "$("$bindir/postgres" --version | sed "s/^postgres (PostgreSQL) /PostgreSQL /") running on 127.0.0.1:$port, data in $dir, log $dir/server.log"
  printf '%s\n' "$cs"
}

# A live process (an exited one waiting to be reaped, a zombie, does not count).
pid_alive() {
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 1
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  stat=${stat##*) }
  [ "${stat:0:1}" != Z ]
}

cmd_stop() {
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd -P) || return 0
  if [ ! -e "$dir/$marker" ]; then
    if [ -z "$(ls -A "$dir" 2>/dev/null)" ]; then rmdir "$dir" 2>/dev/null || true; return 0; fi
    say "$dir was not made by this script: left alone"
    return 0
  fi
  if [ -f "$dir/data/PG_VERSION" ]; then
    bindir=""
    [ -s "$dir/bindir" ] && bindir=$(cat "$dir/bindir")
    [ -n "$bindir" ] && [ -x "$bindir/pg_ctl" ] || bindir=$(find_bindir)
    run_user=$(stat -c %U "$dir/data" 2>/dev/null || id -un)
    local pid=""
    [ -f "$dir/data/postmaster.pid" ] && pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
    if pid_alive "$pid"; then
      if [ -n "$bindir" ]; then
        run_as "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
          || run_as "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
      fi
      # pg_ctl returns once postmaster.pid is gone, a moment before the process has exited.
      local i
      for i in $(seq 1 50); do pid_alive "$pid" || break; sleep 0.1; done
      if pid_alive "$pid"; then
        say "the server (pid $pid) did not stop; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
      fi
    fi
  fi
  rm -rf "$dir" 2>/dev/null || say "could not remove all of $dir"
  return 0
}

[ $# -eq 2 ] || usage
dir=$2
[ -n "$dir" ] && [ "$dir" != / ] || usage
bindir=""
run_user=""
case "$1" in
  start) cmd_start ;;
  stop) cmd_stop || true ;;
  *) usage ;;
esac
