#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up and builds Sujarit, then shows the bundled example plan: its figures and the checker's
# findings, and the plan book rendered to PDF when the renderer is available.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh build
ninja -C build
plan=data/examples/khonkaen-2566.sujarit
./build/src/cli/sujarit-cli summary "$plan"
./build/src/cli/sujarit-cli check "$plan" || true
