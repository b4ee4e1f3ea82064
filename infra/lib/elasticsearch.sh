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
  install_french_analysis
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

# Our French analyzer (infra/elasticsearch/french-analysis), compiled against the distribution's own jars and
# installed as a stable plugin; rebuilt when its sources change (their digest is the plugin's version).
install_french_analysis() {
  local source=$ENSEMBLE_HOME/infra/elasticsearch/french-analysis name=ensemble-french-analysis digest work
  digest=$(cat "$source/named_components.json" "$source/stable-plugin-descriptor.properties.in" \
    $(find "$source/src" -name '*.java' | sort) | sha256sum | cut -c1-12)
  grep -qx "version=$digest" "$ES_HOME/plugins/$name/stable-plugin-descriptor.properties" 2>/dev/null && return 0
  say "building the French analysis plugin of Elasticsearch"
  work=$(mktemp -d)
  mkdir -p "$work/classes" "$work/plugin"
  "$JAVA_HOME/bin/javac" -nowarn --release 21 -cp "$ES_HOME/lib/*" -d "$work/classes" $(find "$source/src" -name '*.java') \
    || die "could not compile $source"
  "$JAVA_HOME/bin/jar" --create --file "$work/plugin/$name.jar" -C "$work/classes" .
  cp "$source/named_components.json" "$work/plugin/"
  sed -e "s/@VERSION@/$digest/" -e "s/@ES_VERSION@/$ELASTICSEARCH_VERSION/" "$source/stable-plugin-descriptor.properties.in" \
    >"$work/plugin/stable-plugin-descriptor.properties"
  "$JAVA_HOME/bin/jar" --create --no-manifest --file "$work/$name.zip" -C "$work/plugin" .
  [ -d "$ES_HOME/plugins/$name" ] && ES_JAVA_HOME=$JAVA_HOME "$ES_HOME/bin/elasticsearch-plugin" remove "$name" >/dev/null
  ES_JAVA_HOME=$JAVA_HOME "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$work/$name.zip" \
    >"$LOG_DIR/elasticsearch-plugin.log" 2>&1 || die "could not install the French analysis plugin, see $LOG_DIR/elasticsearch-plugin.log"
  rm -rf "$work"
}

elasticsearch_stop() { stop_pidfile Elasticsearch "$ES_PID"; }
elasticsearch_status() { es_ready && echo "up" || echo "down"; }
