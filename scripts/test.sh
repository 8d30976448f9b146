#!/usr/bin/env bash
# Install rasd with its test tools into .venv and run the whole test suite.
# Extra arguments go to pytest (e.g. ./scripts/test.sh -m "not slow" tests/ingest).
# The browser tests need Debian's chromium and Playwright's Python API: installed here when
# possible (root, or chromium already present); otherwise those tests skip with a reason.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
.venv/bin/python -m pip install -q -e '.[test]'
if [ "${RASD_SKIP_BROWSER:-0}" != 1 ] && { [ "$(id -u)" = 0 ] || command -v chromium >/dev/null 2>&1; }; then
  bash scripts/install_browser.sh || echo "browser set-up failed: browser tests will be skipped" >&2
fi
exec .venv/bin/python -m pytest "$@"
