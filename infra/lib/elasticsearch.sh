# Elasticsearch from its integration-test distribution, run by an unprivileged system user
# (it refuses to run as root).
ES_HOME=$SERVICE_ROOT/elasticsearch-$ELASTICSEARCH_VERSION
ES_DATA=$SERVICE_ROOT/elasticsearch-data
ES_LOG=$LOG_DIR/elasticsearch.log
ES_PID=$RUN_DIR/elasticsearch.pid

es_ready() { curl -fsS "http://127.0.0.1:$ENSEMBLE_ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" | grep -q '"status"'; }

ensure_service_user() {
  id "$ENSEMBLE_SERVICE_USER" >/dev/null 2>&1 && return 0
  is_root || die "system user $ENSEMBLE_SERVICE_USER is missing: create it with sudo useradd --system $ENSEMBLE_SERVICE_USER"
  useradd --system --no-create-home --shell /usr/sbin/nologin "$ENSEMBLE_SERVICE_USER" || die "could not create the system user $ENSEMBLE_SERVICE_USER"
}

elasticsearch_start() {
  if pid_alive "$ES_PID"; then say "Elasticsearch already running on 127.0.0.1:$ENSEMBLE_ES_PORT"; return 1; fi
  ensure_port_free Elasticsearch "$ENSEMBLE_ES_PORT" ENSEMBLE_ES_PORT
  ensure_service_user
  if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    local zip; zip=$(fetch_artifact "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ELASTICSEARCH_VERSION:zip" "elasticsearch-$ELASTICSEARCH_VERSION.zip")
    mkdir -p "$SERVICE_ROOT"
    unzip -q -o "$zip" -d "$SERVICE_ROOT" || die "could not unpack $zip"
  fi
  mkdir -p "$ES_DATA" && touch "$ES_LOG"
  chown -R "$ENSEMBLE_SERVICE_USER": "$ES_HOME" "$ES_DATA" "$ES_LOG"
  # Reaching the config and data folders needs search rights on the service root.
  chmod o+x "$SERVICE_ROOT"
  local runner=(runuser -u "$ENSEMBLE_SERVICE_USER" --)
  is_root || runner=()
  ES_JAVA_HOME=$JAVA_HOME ES_JAVA_OPTS="-Xms512m -Xmx512m" \
    spawn "$ES_PID" "$ES_LOG" "${runner[@]}" env ES_JAVA_HOME="$JAVA_HOME" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
      "$ES_HOME/bin/elasticsearch" -E discovery.type=single-node -E xpack.security.enabled=false \
      -E network.host=127.0.0.1 -E http.port="$ENSEMBLE_ES_PORT" -E path.data="$ES_DATA" \
      -E path.logs="$ES_DATA/logs" -E cluster.name=ensemble -E xpack.ml.enabled=false
  wait_until Elasticsearch "$ES_LOG" "$ES_PID" es_ready
  say "Elasticsearch ready on http://127.0.0.1:$ENSEMBLE_ES_PORT (log: $ES_LOG)"
}

elasticsearch_stop() { stop_pidfile Elasticsearch "$ES_PID"; }
elasticsearch_status() { es_ready && echo "up" || echo "down"; }
