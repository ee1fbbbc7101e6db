#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up and builds Sujarit, then shows the bundled example plan: its figures, the checker's
# findings, and the plan book rendered to PDF (opened in the PDF viewer when there is a display).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh build
ninja -C build
plan=data/examples/khonkaen-2566.sujarit
./build/src/cli/sujarit-cli summary "$plan"
./build/src/cli/sujarit-cli check "$plan" || true
./build/src/cli/sujarit-cli export-pdf "$plan" build/khonkaen-2566.pdf
echo "The plan book: $(pwd)/build/khonkaen-2566.pdf"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  xdg-open build/khonkaen-2566.pdf >/dev/null 2>&1 &
fi
