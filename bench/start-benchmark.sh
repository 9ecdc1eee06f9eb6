#!/usr/bin/env bash
# Times the start of a command-line run: `report --json` on an empty database, 10 runs as plain `java -jar`, then
# 10 runs with an application class-data sharing archive (created first, once, as README's "Faster command-line
# starts" describes). Prints each set's median and range. Usage:
#   bench/start-benchmark.sh [RUNS]      (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
./mvnw -B -q -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AILOG_DB="$work/empty.db"
java -jar target/ailog.jar report --json >/dev/null # migrates the empty database once
java -XX:ArchiveClassesAtExit="$work/ailog.jsa" -jar target/ailog.jar report --json >/dev/null 2>&1

time_runs() { # prints the milliseconds of each run, one a line
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        java "$@" -jar target/ailog.jar report --json >/dev/null
        echo $(( ($(date +%s%N) - start) / 1000000 ))
    done
}

summary() { # median, min and max of the numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "median %d ms (%d-%d ms over %d runs)\n", m, v[1], v[NR], NR }'
}

echo "report --json, empty database, plain java -jar:           $(time_runs | summary)"
echo "report --json, empty database, with the CDS archive:      $(time_runs -XX:SharedArchiveFile="$work/ailog.jsa" | summary)"
echo "report --json, empty database, CDS archive + C1 only:     $(time_runs -XX:SharedArchiveFile="$work/ailog.jsa" -XX:TieredStopAtLevel=1 | summary)"
