# SPDX-License-Identifier: GPL-3.0-or-later
# Shell helpers shared by tools/test.sh and .ci/run (sourced, not run).

# sj_count_results BUILDDIR: prints "PASSED FAILED" from meson's test log (skipped tests count
# as neither); "0 1" when there is no log.
sj_count_results () {
  python3 - "$1/meson-logs/testlog.json" <<'PY' 2>/dev/null || echo "0 1"
import json, sys
ok = bad = 0
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)["result"]
    if r in ("OK", "EXPECTEDFAIL"):
        ok += 1
    elif r != "SKIP":
        bad += 1
print(ok, bad)
PY
}
