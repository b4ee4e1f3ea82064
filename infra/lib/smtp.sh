# GreenMail standalone: an SMTP server that keeps every mail, readable through its web API.
SMTP_LOG=$LOG_DIR/smtp.log
SMTP_PID=$RUN_DIR/smtp.pid

smtp_ready() { port_open "$ENSEMBLE_SMTP_PORT" && curl -fsS -o /dev/null "http://127.0.0.1:$ENSEMBLE_MAIL_UI_PORT/api/service/readiness"; }

smtp_start() {
  if pid_alive "$SMTP_PID"; then say "SMTP server already running on 127.0.0.1:$ENSEMBLE_SMTP_PORT"; return 1; fi
  ensure_port_free "SMTP server" "$ENSEMBLE_SMTP_PORT" ENSEMBLE_SMTP_PORT
  ensure_port_free "mail web API" "$ENSEMBLE_MAIL_UI_PORT" ENSEMBLE_MAIL_UI_PORT
  local jar; jar=$(fetch_artifact "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "greenmail-standalone-$GREENMAIL_VERSION.jar")
  spawn "$SMTP_PID" "$SMTP_LOG" "$JAVA_HOME/bin/java" -Xmx256m \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$ENSEMBLE_SMTP_PORT" \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$ENSEMBLE_MAIL_UI_PORT" \
    -jar "$jar"
  wait_until "SMTP server" "$SMTP_LOG" "$SMTP_PID" smtp_ready
  say "SMTP server ready on 127.0.0.1:$ENSEMBLE_SMTP_PORT, mails readable at http://127.0.0.1:$ENSEMBLE_MAIL_UI_PORT (log: $SMTP_LOG)"
}

smtp_stop() { stop_pidfile "SMTP server" "$SMTP_PID"; }
smtp_status() { smtp_ready && echo "up" || echo "down"; }
