#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import time of each seed plan through each path: its extracted text, the Word file and the PDF
# made from it (tests/data/import). Khon Kaen's book has 142 pages. Prints the best of 3 runs of
# `sujarit-cli import`, the process included (target < 1 s for a 150-page plan).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in khonkaen-2566 kalasin-2566 nakhonsi-2566; do
  gunzip -c "tests/data/import/$name.txt.gz" > "$tmp/$name.txt"
  for input in "$tmp/$name.txt" "tests/data/import/$name.docx" "tests/data/import/$name.pdf"; do
    best=999999
    for _ in 1 2 3; do
      start=$(date +%s%N)
      "$build/src/cli/sujarit-cli" import -q -f "$input" "$tmp/out.sujarit" > "$tmp/summary" || true
      end=$(date +%s%N)
      ms=$(( (end - start) / 1000000 ))
      [ "$ms" -lt "$best" ] && best=$ms
    done
    fields=$(sed -n 2p "$tmp/summary" | grep -o "recognised: .*")
    printf "import %-22s %5d ms  %s\n" "$(basename "$input")" "$best" "$fields"
  done
done
echo "(target < 1000 ms for a 150-page plan)"
