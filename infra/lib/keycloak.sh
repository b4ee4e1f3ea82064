# Keycloak from its distribution on Maven Central, in dev mode (embedded H2 under its data folder).
KC_HOME=$ENSEMBLE_TOOLS_DIR/keycloak-$KEYCLOAK_VERSION
KC_LOG=$LOG_DIR/keycloak.log
KC_PID=$RUN_DIR/keycloak.pid
KC_REALM_URL="http://127.0.0.1:$ENSEMBLE_KC_PORT/realms/est-ensemble/.well-known/openid-configuration"

keycloak_ready() { curl -fsS -o /dev/null "$KC_REALM_URL"; }

keycloak_start() {
  if pid_alive "$KC_PID"; then say "Keycloak already running on 127.0.0.1:$ENSEMBLE_KC_PORT"; return 1; fi
  ensure_port_free Keycloak "$ENSEMBLE_KC_PORT" ENSEMBLE_KC_PORT
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    local zip; zip=$(fetch_artifact "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
    unzip -q -o "$zip" -d "$ENSEMBLE_TOOLS_DIR" || die "could not unpack $zip"
  fi
  import_realms_when_changed
  cp -r "$ENSEMBLE_HOME"/infra/keycloak/themes/. "$KC_HOME/themes/"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" \
    spawn "$KC_PID" "$KC_LOG" "$KC_HOME/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port="$ENSEMBLE_KC_PORT" --hostname-strict=false
  wait_until Keycloak "$KC_LOG" "$KC_PID" keycloak_ready
  say "Keycloak ready on http://127.0.0.1:$ENSEMBLE_KC_PORT (admin/admin, log: $KC_LOG)"
}

# The realms of infra/keycloak/ are imported at first start; when those files change, they are imported
# again over the existing realms (accounts created since are lost: it is a development stack).
# The files name the default ports (application, tests, Keycloak, SMTP); they are rendered with the ports in use.
import_realms_when_changed() {
  local realm checksum
  rm -rf "$KC_HOME/data/import" && mkdir -p "$KC_HOME/data/import"
  for realm in "$ENSEMBLE_HOME"/infra/keycloak/*.json; do
    sed -e "s#127.0.0.1:8080#127.0.0.1:$ENSEMBLE_APP_PORT#g; s#localhost:8080#localhost:$ENSEMBLE_APP_PORT#g" \
        -e "s#127.0.0.1:18080#127.0.0.1:$ENSEMBLE_TEST_APP_PORT#g" \
        -e "s#127.0.0.1:8180#127.0.0.1:$ENSEMBLE_KC_PORT#g; s#localhost:8180#localhost:$ENSEMBLE_KC_PORT#g" \
        -e "s#\"port\": \"2525\"#\"port\": \"$ENSEMBLE_SMTP_PORT\"#" \
        "$realm" >"$KC_HOME/data/import/$(basename "$realm")"
  done
  checksum=$(cat "$KC_HOME"/data/import/*.json | sha256sum | cut -d' ' -f1)
  if [ -d "$KC_HOME/data/h2" ] && [ "$(cat "$KC_HOME/data/realms.sha256" 2>/dev/null)" != "$checksum" ]; then
    say "the realm files changed: importing them again over the existing realms"
    "$KC_HOME/bin/kc.sh" import --dir "$KC_HOME/data/import" --override true >>"$KC_LOG" 2>&1 \
      || die "Keycloak could not import the realms of infra/keycloak, see $KC_LOG"
  fi
  echo "$checksum" >"$KC_HOME/data/realms.sha256"
}

keycloak_stop() { stop_pidfile Keycloak "$KC_PID"; }
keycloak_status() { keycloak_ready && echo "up" || echo "down"; }
