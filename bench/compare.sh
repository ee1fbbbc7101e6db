#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What a province office does with the plans of its local governments: `sujarit-cli compare`
# over a folder of 1,000 plans (the three examples in turn), a CSV row per plan with the checker's
# counts. Prints the time per plan (target < 20 ms a plan).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
dir="$build/bench/many-plans"
rm -rf "$dir"
mkdir -p "$dir"
examples=(data/examples/khonkaen-2566.sujarit data/examples/kalasin-2566.sujarit
          data/examples/nakhonsi-2566.sujarit)
for i in $(seq 0 999); do
  cp "${examples[$((i % 3))]}" "$dir/plan-$(printf %04d "$i").sujarit"
done
start=$(date +%s%N)
"$build/src/cli/sujarit-cli" compare "$dir" > "$dir.csv"
end=$(date +%s%N)
rows=$(($(wc -l < "$dir.csv") - 1))
ms=$(( (end - start) / 1000000 ))
echo "compare: $rows plans in $ms ms, $(awk "BEGIN { printf \"%.1f\", $ms / $rows }") ms a plan" \
     "on $(nproc) processors (target < 20 ms a plan)"
rm -rf "$dir" "$dir.csv"
