#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up and builds Sujarit, then shows the bundled example plan: with a display, the application
# opened on it; without one, its figures, the checker's findings and its plan book as a PDF.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh build
ninja -C build
plan=data/examples/khonkaen-2566.sujarit
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/src/app/sujarit "$plan"
fi
./build/src/cli/sujarit-cli summary "$plan"
./build/src/cli/sujarit-cli check "$plan" || true
./build/src/cli/sujarit-cli export-pdf "$plan" build/khonkaen-2566.pdf
echo "The plan book: $(pwd)/build/khonkaen-2566.pdf"
