#!/usr/bin/env bash
# The desktop project needs a display where Electron exists; headless machines get a virtual one.
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a npx playwright test "$@"
fi
exec npx playwright test "$@"
