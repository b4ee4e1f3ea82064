# PostgreSQL 15 + PostGIS from Debian packages, in a project-local cluster run by the postgres user.
PG_DATA=$SERVICE_ROOT/postgres
PG_LOG=$LOG_DIR/postgres.log
PG_SOCKET_DIR=$SERVICE_ROOT/postgres-socket

pg_as_postgres() { runuser -u postgres -- "$@"; }
pg_ready() { "$ENSEMBLE_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$ENSEMBLE_PG_PORT" -U postgres; }
pg_running() { [ -f "$PG_DATA/postmaster.pid" ] && pg_as_postgres "$ENSEMBLE_PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; }
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$ENSEMBLE_PG_PORT" -U postgres "$@"; }

postgres_start() {
  if pg_running; then say "PostgreSQL already running on 127.0.0.1:$ENSEMBLE_PG_PORT"; return 1; fi
  [ -x "$ENSEMBLE_PG_BIN/initdb" ] || require_packages postgresql-15
  require_packages postgresql-15-postgis-3
  is_root || [ "$(id -un)" = postgres ] || die "PostgreSQL must be started as root (it then runs as the postgres user)"
  ensure_port_free PostgreSQL "$ENSEMBLE_PG_PORT" ENSEMBLE_PG_PORT
  mkdir -p "$PG_SOCKET_DIR" && chown postgres: "$PG_SOCKET_DIR"
  touch "$PG_LOG" && chown postgres: "$PG_LOG"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    say "initialising the PostgreSQL cluster in $PG_DATA"
    mkdir -p "$PG_DATA" && chown postgres: "$PG_DATA" && chmod 700 "$PG_DATA"
    pg_as_postgres "$ENSEMBLE_PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >>"$PG_LOG" 2>&1 \
      || die "PostgreSQL initdb failed, see $PG_LOG"
  fi
  pg_as_postgres "$ENSEMBLE_PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$ENSEMBLE_START_TIMEOUT" \
    -o "-c listen_addresses=127.0.0.1 -c port=$ENSEMBLE_PG_PORT -c unix_socket_directories=$PG_SOCKET_DIR -c max_connections=200" \
    >/dev/null 2>&1 || die "PostgreSQL did not start, see $PG_LOG"
  wait_until PostgreSQL "$PG_LOG" "" pg_ready
  postgres_create_database
  say "PostgreSQL ready on 127.0.0.1:$ENSEMBLE_PG_PORT (log: $PG_LOG)"
}

postgres_create_database() {
  psql_admin -d postgres -f "$ENSEMBLE_HOME/infra/postgres/create-database.sql" >>"$PG_LOG" 2>&1 \
    || die "could not create the ensemble database with PostGIS, see $PG_LOG"
}

postgres_stop() {
  pg_running || return 0
  pg_as_postgres "$ENSEMBLE_PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast >/dev/null 2>&1
  say "PostgreSQL stopped"
}

postgres_status() { pg_ready && echo "up" || echo "down"; }
