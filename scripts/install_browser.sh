#!/usr/bin/env bash
# Installs what the browser tests (tests/web/test_browser.py) need: Debian's chromium and Playwright's
# Python API. Playwright's own browser download (`playwright install`) is never used: it needs the network
# at run time; the tests drive /usr/bin/chromium instead. Without these the tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium
fi
"$PY" -m pip install -q "playwright==1.65.2"
"$PY" -c "import playwright.sync_api" && chromium --version
