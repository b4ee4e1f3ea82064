# MapServer 8 under FastCGI (lighttpd on loopback), the peer of the tiles and features benchmarks.
# Sourced by infra/bench/run after infra/lib/common.sh, never run.
ENSEMBLE_BENCH_MAPSERVER_PORT=${ENSEMBLE_BENCH_MAPSERVER_PORT:-18090}
MAPSERVER_DIR=$SERVICE_ROOT/bench/mapserver
MAPSERVER_PID=$RUN_DIR/bench-mapserver.pid
MAPSERVER_LOG=$LOG_DIR/bench-mapserver.log
MAPSERVER_PROCESSES=8
MAPSERVER_TEMPLATES=/usr/share/mapserver/ogcapi/templates/html-plain
export ENSEMBLE_BENCH_MAPSERVER_PORT

mapserver_answers() { curl -sf "http://127.0.0.1:$ENSEMBLE_BENCH_MAPSERVER_PORT/mapserv/bench/ogcapi?f=json" | grep -q '"links"'; }

# Installs the packages when missing, writes MapServer's configuration, the mapfile and lighttpd's, starts lighttpd, which
# spawns the mapserv FastCGI processes, and checks that MapServer answers.
mapserver_start() {
  require_packages mapserver-bin cgi-mapserver lighttpd
  say "$(mapserv -v | cut -d' ' -f1-3)"
  # Its OGC API - Features serve the items; a build without it falls back on WFS 2.0 GetFeature.
  if mapserv -v | grep -q 'SUPPORTS=OGCAPI_SERVER'; then ENSEMBLE_BENCH_MAPSERVER_FEATURES=ogcapi
  else ENSEMBLE_BENCH_MAPSERVER_FEATURES=wfs; fi
  export ENSEMBLE_BENCH_MAPSERVER_FEATURES
  ensure_port_free MapServer "$ENSEMBLE_BENCH_MAPSERVER_PORT" ENSEMBLE_BENCH_MAPSERVER_PORT
  mkdir -p "$MAPSERVER_DIR"
  local template
  for template in mapserver.conf bench.map lighttpd.conf; do
    sed -e "s|@PORT@|$ENSEMBLE_BENCH_MAPSERVER_PORT|g" -e "s|@PG_PORT@|$ENSEMBLE_PG_PORT|g" \
      -e "s|@DIR@|$MAPSERVER_DIR|g" -e "s|@PROCS@|$MAPSERVER_PROCESSES|g" -e "s|@TEMPLATES@|$MAPSERVER_TEMPLATES|g" \
      "$ENSEMBLE_HOME/infra/bench/mapserver/$template.in" >"$MAPSERVER_DIR/$template"
  done
  # As root, lighttpd and MapServer run as www-data, which must own their folder.
  if is_root; then chown -R www-data: "$MAPSERVER_DIR"
  else sed -i '/^server\.\(user\|group\)name/d' "$MAPSERVER_DIR/lighttpd.conf"; fi
  spawn "$MAPSERVER_PID" "$MAPSERVER_LOG" lighttpd -D -f "$MAPSERVER_DIR/lighttpd.conf"
  wait_until MapServer "$MAPSERVER_LOG (and $MAPSERVER_DIR/*.log)" "$MAPSERVER_PID" mapserver_answers
  say "MapServer ready on http://127.0.0.1:$ENSEMBLE_BENCH_MAPSERVER_PORT/mapserv ($MAPSERVER_PROCESSES FastCGI processes, items through $ENSEMBLE_BENCH_MAPSERVER_FEATURES)"
}

# lighttpd leads the process group of the mapserv processes; one of them may outlive it (seen once per stop).
mapserver_stop() {
  pid_alive "$MAPSERVER_PID" || return 0
  local group; group=$(cat "$MAPSERVER_PID")
  stop_pidfile MapServer "$MAPSERVER_PID"
  kill -KILL -- "-$group" 2>/dev/null || true
}
