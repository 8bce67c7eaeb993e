#!/usr/bin/env bash
# Builds the frozen app here (Linux) and smoke-tests it headless:
#   bash packaging/build.sh        -> dist/amendtool/{amendtool,amendtool-cli}
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/dev.py --setup-only
.venv/bin/python -m pip install -q -c requirements.lock -r packaging/requirements-build.txt
start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build packaging/amendtool.spec
echo "built in $(( $(date +%s) - start )) s; size $(du -sh dist/amendtool | cut -f1)"
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/smoke_test.py dist/amendtool
