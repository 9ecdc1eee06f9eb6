#!/usr/bin/env bash
# Imports the report benchmark's million runs (2,000 members, 40 workflows, 90 days) with `ailog import` into a fresh
# database in a 128 MB heap, beside the same import without the run table's secondary indexes and beside the sqlite3
# shell's `.import` of the same CSV into a bare table; prints each round's three times. Needs the sqlite3 shell and
# about 400 MB of free space under $TMPDIR. --db postgres then times the same import on an embedded PostgreSQL
# (fsync on), a fresh database each round. Usage:
#   bench/import-benchmark.sh [--rounds N] [--db sqlite|postgres]      (default 3 rounds, SQLite only)
set -euo pipefail
if ! command -v sqlite3 >/dev/null; then
    echo "import-benchmark: the sqlite3 command-line shell is needed for the comparison and is not on the PATH." >&2
    echo "Install it (Debian/Ubuntu: apt-get install -y sqlite3; macOS: brew install sqlite; or the" >&2
    echo "precompiled command-line tools from https://sqlite.org/download.html), then run this again." >&2
    exit 2
fi
exec "$(dirname "$0")/build-and-run.sh" --test-dependencies -Xmx128m ailog.report.ImportBenchmark "$@"
