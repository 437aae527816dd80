#!/usr/bin/env bash
# The action's validate step: runs ROADMAP_BIN validate with the action's inputs, which arrive as
# environment variables and are split on white space into arrays: nothing from them is ever
# evaluated by the shell.
set -euo pipefail
read -r -d '' -a paths <<<"${ROADMAP_PATHS:-}" || true
read -r -d '' -a extra <<<"${ROADMAP_ARGS:-}" || true
if [ "${#paths[@]}" -eq 0 ]; then
  echo "::error title=roadmap::the 'paths' input is empty"
  exit 2
fi
cmd=("$ROADMAP_BIN" validate --format auto --fail-on "${ROADMAP_FAIL_ON:-error}")
if [ -n "${ROADMAP_SARIF:-}" ]; then
  cmd+=(--format "sarif=$ROADMAP_SARIF")
fi
if [ "${#extra[@]}" -gt 0 ]; then
  cmd+=("${extra[@]}")
fi
cmd+=(-- "${paths[@]}")
exec "${cmd[@]}"
