#!/usr/bin/env bash
# The short fuzzing run of the test command: builds the libFuzzer targets (the fuzz preset:
# clang, AddressSanitizer) and runs each for FUZZ_SECONDS (default 30) from the corpus in
# tests/fuzz/corpus, on a copy, so that the checkout is not changed. Fails on any crash,
# leak or sanitizer report, leaving the input that caused it in build/fuzz/findings.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${FUZZ_SECONDS:-30}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
findings="build/fuzz/findings"
rm -rf "$findings" && mkdir -p "$findings"
export QT_LOGGING_RULES='nm.*=false'
for target in csv import; do
    work="$(mktemp -d)"
    cp tests/fuzz/corpus/"$target"/* "$work"/
    echo "fuzzing $target for ${seconds} s"
    if ! "build/fuzz/tests/fuzz/nm_fuzz_$target" -max_total_time="$seconds" -max_len=8192 \
        -artifact_prefix="$findings/$target-" -print_final_stats=1 "$work" >"$findings/$target.log" 2>&1; then
        tail -n 60 "$findings/$target.log"
        echo "nm_fuzz_$target found a problem: see $findings" >&2
        rm -rf "$work"
        exit 1
    fi
    grep -E '^Done|number_of_executed_units' "$findings/$target.log" || true
    rm -rf "$work"
done
