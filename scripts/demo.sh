#!/usr/bin/env bash
# Sets up the machine if needed, then runs the demo launcher: bash scripts/demo.sh [--browser firefox] [--headless] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec npx tsx scripts/demo.ts "$@"
