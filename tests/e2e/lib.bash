# Helpers for end-to-end tests: run the real binary, compare what a user sees.
set -uo pipefail
: "${WORTKISTE:?WORTKISTE must name the built binary}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export WORTKISTE_DB="$TMP/collection.db"
export XDG_DATA_HOME="$TMP/xdg"
export NO_COLOR=1
CHECKS=0

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $CHECKS checks"; exit 0; }
# contains TEXT NEEDLE: fails unless NEEDLE occurs in TEXT.
contains() { CHECKS=$((CHECKS + 1)); [[ "$1" == *"$2"* ]] || fail "expected to find '$2' in:
$1"; }
# lacks TEXT NEEDLE: fails if NEEDLE occurs in TEXT.
lacks() { CHECKS=$((CHECKS + 1)); [[ "$1" != *"$2"* ]] || fail "did not expect '$2' in:
$1"; }
# expect_exit CODE CMD...: runs CMD, keeps stdout in LAST_OUT and stderr in LAST_ERR.
expect_exit() {
  local want=$1; shift
  CHECKS=$((CHECKS + 1))
  LAST_OUT=$("$@" 2>"$TMP/stderr"); local got=$?
  LAST_ERR=$(cat "$TMP/stderr")
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want; stderr: $LAST_ERR"
}
