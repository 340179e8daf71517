#!/usr/bin/env bash
# The CLI frame: help, version, usage errors exit 2, unbuilt commands fail plainly.
source "$(dirname "$0")/lib.bash"

out=$("$WORTKISTE" --help) || fail "--help exited non-zero"
contains "$out" "wortkiste add article.txt"
contains "$out" "lookup"

out=$("$WORTKISTE" --version) || fail "--version exited non-zero"
contains "$out" "wortkiste 0."

expect_exit 2 "$WORTKISTE" --no-such-option
contains "$LAST_ERR" "wortkiste: error:"
expect_exit 2 "$WORTKISTE" no-such-command
expect_exit 2 "$WORTKISTE"
pass
