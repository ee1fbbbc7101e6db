#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up, builds and runs the whole test suite; ends with the line "N passed, N failed".
# In CI (CI=true) warnings are errors. Tests that need a display run under Xvfb.
set -uo pipefail
cd "$(dirname "$0")/.."
builddir="${BUILDDIR:-build}"
opts=()
[ "${CI:-}" = "true" ] && opts+=(-Dwerror=true)
bash tools/setup.sh "$builddir" "${opts[@]}" "$@" || exit 1
ninja -C "$builddir" || { echo "0 passed, 1 failed"; exit 1; }

export GTK_A11Y=none
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  xvfb-run -a meson test -C "$builddir" --print-errorlogs ${MESON_TEST_ARGS:-}
else
  meson test -C "$builddir" --print-errorlogs ${MESON_TEST_ARGS:-}
fi
status=$?
. tools/lib.sh
read -r passed failed <<<"$(sj_count_results "$builddir")"
echo "$passed passed, $failed failed"
exit $status
