#!/usr/bin/env bash
# Set up a fresh machine and run every check CI runs: install into .venv, lint, format check, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# The end-to-end test drives Debian's Chromium; without it (and without root to install it) that test skips.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest "$@"
