#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Opens each example plan in the application (under Xvfb when there is no display), in Thai, and
# saves a picture of each main view (the welcome view, the outline with the budget table, a
# project's form, the frame, SWOT, the risk register, the announcement and the orders …) to
# build/screenshots/. Look at them; the best go to data/screenshots/ (--update copies that set).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/tests/test-ui ] || { bash tools/setup.sh build >/dev/null; ninja -C build >/dev/null; }
out=build/screenshots
rm -rf "$out"
export LANG=C.UTF-8 LANGUAGE=th GTK_A11Y=none GSK_RENDERER=cairo
export G_TEST_SRCDIR="$PWD/tests" G_TEST_BUILDDIR="$PWD/build/tests"
if [ -n "${DISPLAY:-}" ]; then
  build/tests/test-ui --screenshots "$out"
else
  xvfb-run -a -s "-screen 0 1366x768x24" build/tests/test-ui --screenshots "$out"
fi
if [ "${1:-}" = "--update" ]; then
  mkdir -p data/screenshots
  for name in welcome new-plan-organisation new-plan-projects khonkaen-budget khonkaen-project \
              khonkaen-swot khonkaen-risks \
              kalasin-orders kalasin-announcement nakhonsi-mission; do
    cp "$out/$name.png" data/screenshots/
  done
  echo "Updated data/screenshots/"
fi
