#!/usr/bin/env bash
# Capture a real Neovim session with adlint's language server, as text, for docs/editor.md.
#   scripts/editor_session.sh [OUT_DIR]     (needs tmux and Neovim 0.11+ on PATH, adlint[lsp])
# Opens examples/frontend-rockstar.md with editors/nvim/adlint.lua, then captures the pane:
# 1 the diagnostics, 2 hover (K) on "Chairman", 3 the code actions (gra), 4 after the fix.
# The fix is never saved: Neovim quits with :qa!.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/adlint-nvim}"
mkdir -p "$out"
session="adlint-nvim-$$"
tmux new-session -d -s "$session" -x 100 -y 30 \
  "NVIM_APPNAME=adlint-demo nvim --clean -u editors/nvim/adlint.lua examples/frontend-rockstar.md"
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
snap() { sleep "$2"; tmux capture-pane -p -t "$session" > "$out/$1.txt"; }
keys() { tmux send-keys -t "$session" "$@"; }
snap 1-diagnostics 8
keys ':call cursor(17,17)' Enter; keys K; snap 2-hover 3
keys Escape; keys ':call cursor(17,17)' Enter; keys ':fclose!' Enter; keys g r a; snap 3-code-actions 3
keys 1 Enter; snap 4-fixed 3
keys Escape ':qa!' Enter
echo "captures in $out"
