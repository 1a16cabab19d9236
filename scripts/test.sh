#!/usr/bin/env bash
# Runs every test. Some tests drive clients nobody here wrote: Debian's Chromium with its
# ChromeDriver, Python's websockets (Debian's python3-websockets) and Node's ws (npm); the cluster
# tests start Debian's redis-server themselves, on free loopback ports. Whatever is
# missing is installed here (Debian's packages as root, ws from the npm registry at the version
# pinned in its package-lock.json), so the command works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
/usr/bin/python3 -c 'import websockets' 2>/dev/null || missing+=(python3-websockets)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Needed: run 'sudo apt-get install -y ${missing[*]}'" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
clients=websocket-spring-boot-autoconfigure/src/test/clients
if [ ! -d "$clients/node_modules/ws" ]; then
  npm ci --prefix "$clients" --no-audit --no-fund --loglevel=error
fi
mvn -B verify
