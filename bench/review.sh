#!/usr/bin/env bash
# Review latency: keypress to the next card drawn, in a collection of 100,000 cards (< 10 ms).
set -euo pipefail
BUILD_DIR=${BUILD_DIR:-build}
cmake --build "$BUILD_DIR" --target review >/dev/null
"$BUILD_DIR/bench/review" 100000 2000
