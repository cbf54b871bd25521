#!/usr/bin/env bash
# Instructions spent inside the tagger (Tagger::tag) over the TimeML texts, counted by
# callgrind. Unlike seconds, the count repeats exactly for the same binary, input and command
# line (another path to the binary can move it by a few thousand), so two
# commits can be compared on a busy or noisy machine.
#
#   bash benches/icount.sh [path/to/timeline]     (default: target/release/timeline)
#
# Needs valgrind and ../shared/corpora/timeml.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/timeline}
corpus=../shared/corpora/timeml
command -v valgrind >/dev/null || { echo "valgrind not found" >&2; exit 2; }
[ -d "$corpus" ] || { echo "skipped: $corpus not found" >&2; exit 0; }
[ -x "$bin" ] || cargo build --release --quiet
out=$(mktemp)
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='*Tagger*tag*' \
  "$bin" timex --timeml "$corpus" 2>&1 >/dev/null | sed -n 's/.*Collected : /instructions in Tagger::tag: /p'
