#!/usr/bin/env bash
# The full-screen review in a real terminal (tmux, 80x24): reveal, answer each rating, undo, mark
# known, resize, Ctrl-Z and fg, Ctrl-C. Afterwards the collection holds exactly the answers given
# and the terminal is back in cooked mode (stty shows icanon and echo).
# Waits only for output: capture-pane is polled until the expected text appears, a bounded
# number of times.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/review_fixture.bash"

command -v tmux >/dev/null || { echo "skip: tmux is not installed"; exit 0; }
command -v sqlite3 >/dev/null || { echo "skip: sqlite3 is not installed"; exit 0; }

make_review_deck
# An "editor" that corrects the gloss the way a user would, for the `e` key.
printf '#!/bin/sh\nsed -i "s/^gloss: .*/gloss: edited by the test/" "$1"\n' >"$TMP/editor"
chmod +x "$TMP/editor"

SOCKET="wk-test-$$"
tmx() { tmux -L "$SOCKET" -f /dev/null "$@"; }
trap 'tmx kill-server 2>/dev/null; rm -rf "$TMP"' EXIT

# A plain shell in an 80x24 pane, with colours allowed so the styled screen is exercised.
tmx new-session -d -s wk -x 80 -y 24 \
  "env -u NO_COLOR PS1='wk\$ ' WORTKISTE_DB='$WORTKISTE_DB' EDITOR='$TMP/editor' TERM=screen LANG=C.UTF-8 bash --norc --noprofile -i"
tmx set-option -t wk window-size manual >/dev/null 2>&1 || true

screen_text() { tmx capture-pane -p -t wk; }
# wait_for TEXT: polls the pane until TEXT shows (at most ~20 s), else fails with the screen.
wait_for() {
  local tries=0
  CHECKS=$((CHECKS + 1))
  while ((tries < 400)); do
    if [[ "$(screen_text)" == *"$1"* ]]; then
      return 0
    fi
    tries=$((tries + 1))
    sleep 0.05
  done
  fail "waited for '$1'; the screen shows:
$(screen_text)"
}
keys() { tmx send-keys -t wk "$@"; }

wait_for 'wk$'
keys "'$WORTKISTE' review" Enter
wait_for "Space show answer"
front=$(screen_text)
contains "$front" "wortkiste · all decks"
contains "$front" "new 6"
lacks "$front" "Plural:"

# Answer one card with each rating; every answer names its rating on the message line.
for rating in 1 2 3 4; do
  keys Space
  wait_for "1 Again"
  [ "$rating" = 1 ] && back=$(screen_text)
  keys "$rating"
  case $rating in
  1) wait_for "Again: " ;; 2) wait_for "Hard: " ;; 3) wait_for "Good: " ;; 4) wait_for "Easy: " ;;
  esac
done
contains "$back" "Source: irak-koalition.txt"
[ "$(sql "SELECT group_concat(rating, ' ') FROM (SELECT rating FROM review_log ORDER BY id)")" = "1 2 3 4" ] ||
  fail "review_log after four answers: $(sql 'SELECT rating FROM review_log')"

# Undo takes back the Easy, the card comes back; answer it Good instead.
keys u
wait_for "Undone: Easy"
[ "$(sql 'SELECT COUNT(*) FROM review_log')" = 3 ] || fail "undo did not remove the answer"
keys Space
wait_for "1 Again"
keys 3
wait_for "Good: "

# Known: the card is suspended and its lemma is a known word.
keys k
wait_for "Known: "
[ "$(sql "SELECT COUNT(*) FROM known_words WHERE origin = 'review'")" = 1 ] || fail "no known word"
[ "$(sql 'SELECT COUNT(*) FROM cards WHERE queue = -1')" = 1 ] || fail "known card not suspended"

# e: the terminal is handed to $EDITOR and taken back; the correction shows and is stored.
keys e
wait_for "Saved your correction"
keys Space
wait_for "edited by the test"
[ "$(sql "SELECT COUNT(*) FROM notes WHERE user_fields LIKE '%edited by the test%'")" = 1 ] ||
  fail "the edited gloss is not in notes.user_fields"

# Resize: the screen is redrawn at the new width (the rule under the header is the width).
tmx resize-window -t wk -x 60 -y 20
wait_for "$(printf '─%.0s' $(seq 60))"
narrow=$(screen_text)
lacks "$narrow" "$(printf '─%.0s' $(seq 61))"
tmx resize-window -t wk -x 80 -y 24
wait_for "$(printf '─%.0s' $(seq 80))"

# stty_modes: asks the shell in the pane for the terminal's icanon and echo flags.
stty_modes() {
  keys "stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ' '; echo :ST''TY$1" Enter
  wait_for ":STTY$1"
  local line
  # The marker is split in the command line ('' between its letters), so only output matches.
  line=$(screen_text | grep ":STTY$1" | tail -1)
  contains "$line" "icanon echo :STTY$1"
}

# Ctrl-Z gives the shell a cooked terminal; fg brings the review back, redrawn.
keys C-z
wait_for "Stopped"
stty_modes 1
keys "fg" Enter
wait_for "? help" # the card is back, revealed as it was

# Ctrl-C quits with the summary; every answer given is in the review log, nothing else.
keys C-c
wait_for "Reviewed 4 cards" # five answers given, one of them undone
keys 'echo EXIT=$?' Enter
wait_for "EXIT=0"
after=$(screen_text)
contains "$after" "Retention today: "
stty_modes 2
[ "$(sql "SELECT group_concat(rating, ' ') FROM (SELECT rating FROM review_log ORDER BY id)")" = "1 2 3 3" ] ||
  fail "review_log holds $(sql 'SELECT group_concat(rating) FROM review_log'), expected 1 2 3 3"
[ "$(sql 'SELECT COUNT(*) FROM review_log WHERE duration_ms < 0 OR duration_ms > 60000')" = 0 ] ||
  fail "answer durations out of range"
pass
