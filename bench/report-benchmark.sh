#!/usr/bin/env bash
# Times the owner report over a million runs (2,000 members, 40 workflows, 90 days) in a 128 MB heap:
# writes a CSV, imports it with `ailog import` (and with the sqlite3 shell's .import, if installed, for comparison),
# then times `report --json` through BuildReport beside the same aggregates as plain SQL over JDBC, and prints
# the peak heap of the import and of the report. Needs about 250 MB of free space under $TMPDIR. Usage:
#   bench/report-benchmark.sh [--db sqlite|postgres] [--runs N]
# --db postgres does the same again on an embedded PostgreSQL (fsync and synchronous_commit on) and prints both
# side by side, with how far PostgreSQL's report is from its target (within 2x of SQLite's). --runs N writes fewer
# or more runs than the million.
set -euo pipefail
exec "$(dirname "$0")/build-and-run.sh" --test-dependencies -Xmx128m ailog.report.ReportBenchmark "$@"
