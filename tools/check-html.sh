#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The HTML edition in a real browser: exports PLAN (default: the Kalasin example) with
# export-html, then Debian's Chromium takes screenshots at 390 px and 1280 px and axe-core checks
# its accessibility (tools/check-html.js). Needs the network once (apt-get chromium, npm install).
set -euo pipefail
cd "$(dirname "$0")/.."
plan="${1:-data/examples/kalasin-2566.sujarit}"
out=build/html-check
command -v chromium >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo;
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium; }
mkdir -p "$out/node"
[ -d "$out/node/node_modules/axe-core" ] || (cd "$out/node" && npm init -y >/dev/null &&
  npm install --no-audit --no-fund axe-core playwright-core >/dev/null)
build/src/cli/sujarit-cli export-html "$plan" "$out/site" >/dev/null
NODE_PATH="$out/node/node_modules" node tools/check-html.js "$out/site/index.html" "$out"
echo "Screenshots: $out/html-390.png $out/html-1280.png"
