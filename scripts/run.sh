#!/usr/bin/env bash
# The one entry behind the npm scripts: bootstraps Node >= 22, installs dependencies when missing, then runs
# start | start:web | cli | test | bench | build. Works from a fresh clone on a machine with an older Node.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/node-bootstrap.sh
source scripts/node-bootstrap.sh
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# The back end's V8 flags (electron/services/runtime-flags.ts says why): web host, CLI and bench run with them.
export NODE_OPTIONS="--max-semi-space-size=16${NODE_OPTIONS:+ $NODE_OPTIONS}"

ensure_deps() {
  # Reinstall when node_modules is missing or older than the lock file.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Memasang dependensi / installing dependencies (npm ci) ..." >&2
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

# SWANILAI_NO_BUILD=1 skips the builds: for tests that run this script while others use the same dist/ folder.
build_renderer() {
  [ "${SWANILAI_NO_BUILD:-}" = 1 ] && return 0
  echo "Membangun antarmuka / building the UI ..." >&2
  npx vite build --logLevel warn >&2
}

build_electron() {
  [ "${SWANILAI_NO_BUILD:-}" = 1 ] && return 0
  node scripts/build-electron.mjs >&2
}

cmd="${1:-}"; shift || true
# `bash scripts/run.sh start -- --flag` as well as `npm start -- --flag` (npm drops the "--" itself).
if [ "${1:-}" = "--" ]; then shift; fi
case "$cmd" in
  start)
    ensure_deps; build_renderer
    # Where Electron cannot run, the README's first command still opens the app: the web host on the same
    # workspace with the same flags (--workspace, --open-file), in the browser. electron-available prints the line.
    if ! node scripts/electron-available.mjs; then
      exec npx tsx electron/transports/bin/web.ts "$@"
    fi
    build_electron
    exec npx electron . "$@"
    ;;
  start:web)
    ensure_deps; build_renderer
    exec npx tsx electron/transports/bin/web.ts "$@"
    ;;
  cli)
    ensure_deps
    exec npx tsx electron/transports/bin/cli.ts "$@"
    ;;
  build)
    ensure_deps; build_renderer; build_electron
    ;;
  bench)
    ensure_deps
    exec npx tsx bench/run.ts "$@"
    ;;
  test)
    ensure_deps
    bash scripts/system-deps.sh
    build_renderer
    exec node scripts/test-all.mjs "$@"
    ;;
  *)
    echo "usage: scripts/run.sh start|start:web|cli|test|bench|build" >&2; exit 2;;
esac
