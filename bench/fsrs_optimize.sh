#!/usr/bin/env bash
# Optimizer figures on the shared synthetic review log (1,000 cards, 18,451 reviews, 14,247
# items): fit time (median of 5 runs, as `optimize` reports it: building the items, evaluating
# and fitting, without reading the file) and wall time of the whole command, log loss and
# RMSE(bins) before/after, next to the fsrs-rs reference (0.52 s, log loss 0.3466 as the binding
# reports it, 0.3454 recomputed in float64 on all items). Also the FSRS conformance replay time.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
bin="$BUILD_DIR/wortkiste"
csv=../shared/fsrs/revlog-synthetic.csv
[ -x "$bin" ] || { echo "fsrs_optimize: build first (scripts/build)" >&2; exit 1; }
if [ ! -f "$csv" ]; then
  echo "fsrs_optimize: $csv not found; skipped"
  exit 0
fi
export WORTKISTE_DB=$(mktemp -d)/collection.db
seconds=()
for i in 1 2 3 4 5; do
  start=$(date +%s%N)
  json=$("$bin" optimize --revlog "$csv" --json)
  end=$(date +%s%N)
  seconds+=("$(grep -o '"seconds":[0-9.e-]*' <<<"$json" | cut -d: -f2)")
  walls+=("$(( (end - start) / 1000000 ))")
done
median() { printf '%s\n' "$@" | sort -g | sed -n 3p; }
num() { grep -o "\"$1\":[0-9.e-]*" <<<"$json" | cut -d: -f2; }
echo "items:            $(num items)"
echo "fit time:         $(median "${seconds[@]}") s (median of 5; fsrs-rs reference 0.52 s)"
echo "command wall:     $(median "${walls[@]}") ms (incl. reading the 1.1 MB CSV)"
echo "log loss:         $(num log_loss_before) -> $(num log_loss_after) (acceptance <= 0.3486)"
echo "RMSE(bins):       $(num rmse_bins_before) -> $(num rmse_bins_after) (acceptance <= 0.035)"
if [ -x "$BUILD_DIR/wortkiste-fsrs-conformance" ] && [ -f ../shared/fsrs/vectors.json ]; then
  start=$(date +%s%N)
  last=$("$BUILD_DIR/wortkiste-fsrs-conformance" ../shared/fsrs/vectors.json | tail -1)
  end=$(date +%s%N)
  echo "conformance:      $last in $(( (end - start) / 1000000 )) ms"
fi
