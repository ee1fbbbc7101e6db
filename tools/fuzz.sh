#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (build-fuzz/), and runs each for SECONDS (default 600) on its seed
# corpus: small plans cut from the examples, the hostile corpus of tests/data/bad, typed values,
# pieces of the seed plans' text and hostile Word and PDF files for the importer.
# Fails on any finding; the reproducer is left in build-fuzz/findings/. .ci/run calls it briefly.
# Usage: tools/fuzz.sh [SECONDS] [HARNESS…]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(load render strings import)

if ! command -v clang >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang libclang-rt-14-dev
fi
CC=clang bash tools/setup.sh build-fuzz -Dfuzz=true -Db_sanitize=address,undefined \
  -Db_lundef=false -Dbuildtype=debugoptimized >/dev/null || exit 1
ninja -C build-fuzz tests/fuzz/fuzz-load tests/fuzz/fuzz-render tests/fuzz/fuzz-strings tests/fuzz/fuzz-import \
  src/catalog/catalog.db \
  tests/fuzz/plan.dict >/dev/null || exit 1

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/.ci/lsan.supp:print_suppressions=0
mkdir -p build-fuzz/findings
failed=0
for h in "${harnesses[@]}"; do
  work=build-fuzz/corpus/$h
  mkdir -p "$work"
  case $h in
    load|render) seeds=(tests/fuzz/corpus/load tests/data/bad); dict=(-dict=build-fuzz/tests/fuzz/plan.dict); max=131072 ;;
    strings) seeds=(tests/fuzz/corpus/strings); dict=(); max=256 ;;
    import) seeds=(tests/fuzz/corpus/import tests/data/import/hostile); dict=(); max=65536 ;;
  esac
  echo "== fuzz-$h for ${seconds}s"
  build-fuzz/tests/fuzz/fuzz-$h "$work" "${seeds[@]}" "${dict[@]}" -max_total_time="$seconds" \
    -max_len=$max -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix=build-fuzz/findings/$h- 2>build-fuzz/fuzz-$h.log
  status=$?
  grep -E "^stat::(number_of_executed_units|new_units_added|peak_rss_mb)" build-fuzz/fuzz-$h.log | tail -3
  grep -E "cov: [0-9]+" -o build-fuzz/fuzz-$h.log | tail -1
  if [ $status -ne 0 ]; then
    echo "fuzz-$h found a problem (exit $status); see build-fuzz/fuzz-$h.log and build-fuzz/findings/"
    tail -40 build-fuzz/fuzz-$h.log
    failed=1
  fi
done
exit $failed
