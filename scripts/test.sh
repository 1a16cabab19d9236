#!/usr/bin/env bash
# Runs every test. The browser test needs Debian's Chromium and ChromeDriver: installed here when
# missing (as root, from Debian's packages), so the command works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium and ChromeDriver are needed: run 'sudo apt-get install -y chromium chromium-driver'" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
mvn -B verify
