#!/usr/bin/env bash
# From a fresh clone to the demo: install rasd into .venv, analyse examples/ into
# rasd.db, then open the web UI (`rasd serve`) when it is installed, else print a summary.
# RASD_DB=other.db ./scripts/demo.sh to use another database; extra arguments go to `rasd serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
.venv/bin/python -m pip install -q -e .
DB=${RASD_DB:-rasd.db}
# Exit status 1 only means some input failed; its reason was printed. Keep going.
.venv/bin/rasd analyze examples/ --db "$DB" || [ $? -eq 1 ]
if .venv/bin/rasd serve --help >/dev/null 2>&1; then
  echo "starting the web UI on $DB (Ctrl-C to stop)" >&2
  exec .venv/bin/rasd serve --db "$DB" "$@"
fi
echo "the web UI is not installed; try: .venv/bin/rasd search تونس --db $DB" >&2
