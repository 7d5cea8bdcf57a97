#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up and starts the clerk's application. Without --db it opens
# the embedded default store (a SQLite file in your data folder).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting Ruqsat on a virtual X display (xvfb-run)."
  exec xvfb-run -a build/app/ruqsat "$@"
fi
exec build/app/ruqsat "$@"
