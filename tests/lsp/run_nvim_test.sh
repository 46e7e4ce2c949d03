#!/bin/sh
# Runs the Neovim LSP test. Neovim is a CI dependency (.ci/install-deps): without it the
# test fails, unless PRESSCHECK_SKIP_NVIM=1 says to skip it (exit code 77).
set -eu
script_dir=$(dirname "$0")
if ! command -v nvim >/dev/null 2>&1; then
  if [ "${PRESSCHECK_SKIP_NVIM:-}" = 1 ]; then
    echo "nvim not found: skipped because PRESSCHECK_SKIP_NVIM=1" >&2
    exit 77
  fi
  echo "nvim not found: install the Debian package neovim (see .ci/install-deps)" >&2
  exit 1
fi
# A hung editor fails the test instead of holding CI.
exec timeout 60 nvim --headless --clean -n -c "luafile $script_dir/nvim_quickfix_test.lua"
