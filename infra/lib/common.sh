# Shared settings and helpers of the local stack. Sourced, never run.
# Every port and path can be overridden by the environment variable of the same name.

ENSEMBLE_HOME=${ENSEMBLE_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
ENSEMBLE_DATA_DIR=${ENSEMBLE_DATA_DIR:-$ENSEMBLE_HOME/.data}
ENSEMBLE_TOOLS_DIR=${ENSEMBLE_TOOLS_DIR:-$ENSEMBLE_HOME/.local}
ENSEMBLE_SERVICE_USER=${ENSEMBLE_SERVICE_USER:-ensemble}
ENSEMBLE_PG_PORT=${ENSEMBLE_PG_PORT:-55432}
ENSEMBLE_KC_PORT=${ENSEMBLE_KC_PORT:-8180}
ENSEMBLE_ES_PORT=${ENSEMBLE_ES_PORT:-9200}
ENSEMBLE_SMTP_PORT=${ENSEMBLE_SMTP_PORT:-2525}
ENSEMBLE_MAIL_UI_PORT=${ENSEMBLE_MAIL_UI_PORT:-8025}
ENSEMBLE_APP_PORT=${ENSEMBLE_APP_PORT:-8080}
ENSEMBLE_TEST_APP_PORT=${ENSEMBLE_TEST_APP_PORT:-18080}
ENSEMBLE_PG_BIN=${ENSEMBLE_PG_BIN:-/usr/lib/postgresql/15/bin}
ENSEMBLE_START_TIMEOUT=${ENSEMBLE_START_TIMEOUT:-180}

KEYCLOAK_VERSION=26.7.3
ELASTICSEARCH_VERSION=9.2.0
GREENMAIL_VERSION=2.1.8

LOG_DIR=$ENSEMBLE_DATA_DIR/logs
RUN_DIR=$ENSEMBLE_DATA_DIR/run
export ENSEMBLE_HOME ENSEMBLE_DATA_DIR ENSEMBLE_TOOLS_DIR ENSEMBLE_PG_PORT ENSEMBLE_KC_PORT \
  ENSEMBLE_ES_PORT ENSEMBLE_SMTP_PORT ENSEMBLE_MAIL_UI_PORT ENSEMBLE_APP_PORT ENSEMBLE_TEST_APP_PORT

say() { printf '[ensemble] %s\n' "$*"; }
die() { printf '[ensemble] ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Installs Debian packages when running as root, otherwise says what to install.
require_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  is_root || die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
  say "installing Debian packages: ${missing[*]}"
  if [ ! -f "$ENSEMBLE_TOOLS_DIR/.apt-updated" ]; then
    apt-get update -qq >"$LOG_DIR/apt.log" 2>&1 || die "apt-get update failed, see $LOG_DIR/apt.log"
    mkdir -p "$ENSEMBLE_TOOLS_DIR" && touch "$ENSEMBLE_TOOLS_DIR/.apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >>"$LOG_DIR/apt.log" 2>&1 \
    || die "apt-get install ${missing[*]} failed, see $LOG_DIR/apt.log"
}

# Finds a JDK 25 (the default java of this kind of machine is 17).
select_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "2[5-9]'; then
      export JAVA_HOME=$candidate
      export PATH=$JAVA_HOME/bin:$PATH
      return 0
    fi
  done
  die "no JDK 25 found: install Temurin 25 under /usr/lib/jvm or set JAVA_HOME to a JDK 25"
}

mvnw() { "$ENSEMBLE_HOME/mvnw" -B --no-transfer-progress "$@"; }

# Copies a Maven Central artifact into the tools folder once; prints its path.
fetch_artifact() {
  local coords=$1 file=$2
  if [ ! -s "$ENSEMBLE_TOOLS_DIR/dist/$file" ]; then
    say "fetching $coords" >&2
    mvnw -q -N dependency:copy -Dartifact="$coords" -DoutputDirectory="$ENSEMBLE_TOOLS_DIR/dist" \
      >"$LOG_DIR/fetch.log" 2>&1 || die "could not fetch $coords from Maven Central, see $LOG_DIR/fetch.log"
  fi
  echo "$ENSEMBLE_TOOLS_DIR/dist/$file"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Refuses to start a service on a port that another program holds.
ensure_port_free() {
  local name=$1 port=$2 variable=$3
  port_open "$port" && die "$name cannot start: port $port on 127.0.0.1 is taken by another program (set $variable to another port, or stop that program)"
  return 0
}

# Waits until the probe succeeds; on timeout names the service and its log.
wait_until() {
  local name=$1 log=$2 pidfile=$3; shift 3
  local deadline=$((SECONDS + ENSEMBLE_START_TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    if [ -n "$pidfile" ] && ! pid_alive "$pidfile"; then
      die "$name stopped while starting, see $log"
    fi
    [ $SECONDS -lt $deadline ] || die "$name did not become ready within ${ENSEMBLE_START_TIMEOUT}s, see $log"
    sleep 1
  done
}

# Starts a long-running command in its own session, logging to a file, recording its pid.
spawn() {
  local pidfile=$1 log=$2; shift 2
  setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

stop_pidfile() {
  local name=$1 pidfile=$2 i
  pid_alive "$pidfile" || { rm -f "$pidfile"; return 0; }
  local pid; pid=$(cat "$pidfile")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for i in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$pidfile"
  say "$name stopped"
}

# Services that run as unprivileged users (PostgreSQL, Elasticsearch) need to reach their folder.
# A project checked out under a private home (mode 700) cannot host them: use /var/lib instead.
service_root() {
  local dir=$ENSEMBLE_DATA_DIR
  while [ "$dir" != "/" ]; do
    [ "$(( $(stat -c '%a' "$dir" 2>/dev/null || echo 755) % 10 & 1 ))" -eq 1 ] || { echo "/var/lib/ensemble/$(echo "$ENSEMBLE_HOME" | md5sum | cut -c1-8)"; return; }
    dir=$(dirname "$dir")
  done
  echo "$ENSEMBLE_DATA_DIR"
}

mkdir -p "$LOG_DIR" "$RUN_DIR" "$ENSEMBLE_TOOLS_DIR/dist"
SERVICE_ROOT=$(service_root)
