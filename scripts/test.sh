#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up, then runs every test through ctest. Store tests run on
# SQLite and on a throwaway PostgreSQL cluster that ctest starts on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure --parallel "${RUQSAT_JOBS:-2}" "$@"
