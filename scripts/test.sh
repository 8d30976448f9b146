#!/usr/bin/env bash
# Install rasd with its test tools into .venv and run the whole test suite.
# Extra arguments go to pytest (e.g. ./scripts/test.sh -m "not slow" tests/ingest).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
.venv/bin/python -m pip install -q -e '.[test]'
exec .venv/bin/python -m pytest "$@"
