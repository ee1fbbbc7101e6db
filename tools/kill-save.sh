#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kills saves with SIGKILL at random moments and checks that nothing is ever lost: a 1,000-project
# plan (about 10 MB) is saved over and over, alternating two versions A and B, and each save is
# killed after a random delay. After every kill the plan file must be A or B, whole, and its
# backup (if any) must be A or B, whole. Temporary files left by the killed saves are counted,
# and must all be gone after the next save that completes. Prints the figures.
# Usage: tools/kill-save.sh [KILLS] (default 200); uses build/ (tools/run.sh or tools/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-200}"
cli=build/src/cli/sujarit-cli
gen=build/bench/sj-gen-plan
[ -x "$cli" ] && [ -x "$gen" ] || ninja -C build >/dev/null

dir=$(mktemp -d /tmp/sujarit-kill-XXXXXX)
trap 'rm -rf "$dir"' EXIT
"$gen" data/examples/khonkaen-2566.sujarit 1000 "$dir/A.sujarit"
"$gen" data/examples/kalasin-2566.sujarit 1000 "$dir/B.sujarit"
"$cli" normalize "$dir/A.sujarit" >/dev/null
"$cli" normalize "$dir/B.sujarit" >/dev/null
rm -f "$dir"/*.bak
plan="$dir/plan.sujarit"
cp "$dir/A.sujarit" "$plan"

start=$(date +%s%N)
"$cli" normalize "$dir/B.sujarit" -o "$plan" >/dev/null
save_ns=$(( $(date +%s%N) - start ))
echo "one save of $(du -h "$plan" | cut -f1) takes $((save_ns / 1000000)) ms; killing $kills saves"

same () { cmp -s "$1" "$2"; }
plan_ok=0; plan_bad=0; bak_ok=0; bak_bad=0; bak_none=0; max_left=0; left_total=0
for i in $(seq 1 "$kills"); do
  src=$dir/A.sujarit
  [ $((i % 2)) -eq 0 ] && src=$dir/B.sujarit
  "$cli" normalize "$src" -o "$plan" >/dev/null 2>&1 &
  pid=$!
  # a random moment within the save (and a little beyond)
  delay_us=$(( RANDOM * 32768 + RANDOM ))
  delay_us=$(( delay_us % (save_ns / 1000 * 12 / 10 + 1) ))
  sleep "$(printf '0.%06d' "$delay_us")"
  kill -9 $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if same "$plan" "$dir/A.sujarit" || same "$plan" "$dir/B.sujarit"; then
    plan_ok=$((plan_ok + 1))
  else
    plan_bad=$((plan_bad + 1))
    echo "kill $i: the plan is neither version" >&2
  fi
  if [ ! -e "$plan.bak" ]; then
    bak_none=$((bak_none + 1))
  elif same "$plan.bak" "$dir/A.sujarit" || same "$plan.bak" "$dir/B.sujarit"; then
    bak_ok=$((bak_ok + 1))
  else
    bak_bad=$((bak_bad + 1))
    echo "kill $i: the backup is damaged" >&2
  fi
  left=$(find "$dir" -maxdepth 1 -name '.plan.sujarit.*' | wc -l)
  left_total=$left
  [ "$left" -gt "$max_left" ] && max_left=$left
done
"$cli" normalize "$dir/A.sujarit" -o "$plan" >/dev/null
after=$(find "$dir" -maxdepth 1 -name '.plan.sujarit.*' | wc -l)
"$cli" validate "$plan" >/dev/null
echo "plan whole after a kill: $plan_ok of $kills (damaged: $plan_bad)"
echo "backup whole: $bak_ok, absent: $bak_none, damaged: $bak_bad"
echo "temporary files left by killed saves: at most $max_left at once, $left_total before the next save, $after after it"
[ "$plan_bad" -eq 0 ] && [ "$bak_bad" -eq 0 ] && [ "$after" -eq 0 ]
