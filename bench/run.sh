#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds an optimised copy of Sujarit and prints the benchmark figures: load, save, totals and
# check of the three example plans and of a synthetic 1,000-project plan with full forms.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh build-bench -Dbuildtype=release >/dev/null
ninja -C build-bench >/dev/null
out=build-bench/bench
mkdir -p "$out"
for n in 250 500 1000 2000; do
  build-bench/bench/sj-gen-plan data/examples/khonkaen-2566.sujarit $n "$out/synthetic-$n.sujarit"
done
echo "Targets: load and save < 200 ms, totals < 1 ms, peak < 60 MB for 1,000 projects"
for plan in data/examples/*.sujarit "$out"/synthetic-{250,500,1000,2000}.sujarit; do
  build-bench/bench/sj-bench-plan "$plan"
done

echo
echo "Rendering (targets: the Khon Kaen book < 1 s and ≤ 2× the bare loop;"
echo "the 1,000-project plan < 15 s and < 300 MB, growing linearly)"
for plan in data/examples/*.sujarit "$out"/synthetic-{250,500,1000}.sujarit; do
  build-bench/bench/sj-bench-render "$plan"
done

echo
echo "Many plans at once"
bash bench/compare.sh build-bench

echo
echo "Text without break opportunities (target: time per character flat as the text grows)"
build-bench/bench/sj-bench-unbroken

echo
echo "The application (targets: < 1 s from opening to the first frame; < 16 ms from a keystroke"
echo "in a budget cell to the totals updated everywhere)"
run_app () {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1366x768x24" "$@"; fi
}
for plan in data/examples/khonkaen-2566.sujarit "$out"/synthetic-{1000,2000}.sujarit; do
  GTK_A11Y=none GSK_RENDERER=cairo run_app build-bench/bench/sj-bench-app "$plan" 100
done
