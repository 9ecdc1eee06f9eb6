#!/usr/bin/env bash
# Times the start of the short commands an operator runs from cron, each in a fresh JVM on an empty, migrated SQLite
# database: `report --json`, `tick --at …` (nothing is due, so it sends nothing; SLACK_API_URL points at a closed
# local port) and `backup FILE` (a new file each run). Each command RUNS times as plain `java -jar target/ailog.jar`,
# then RUNS times through bin/ailog (the class-data archive target/ailog.jsa that the build makes, C1 only). Prints
# each set's median and range of the wall time and of the CPU time (user + system, all threads: what the run costs
# whatever else the machine is doing), and the load averages before and after. Builds the jar (and archive) first.
# Usage:
#   bench/start-benchmark.sh [RUNS]      (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
./mvnw -B -q -DskipTests package
if [ ! -f target/ailog.jsa ]; then
    echo "note: the build made no target/ailog.jsa (see target/archive-training/output.txt); bin/ailog runs without"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AILOG_DB="$work/empty.db" SLACK_BOT_TOKEN=xoxb-start-benchmark SLACK_API_URL=http://127.0.0.1:9/api/
java -jar target/ailog.jar report --json >/dev/null # migrates the empty database once

time_runs() { # COMMAND-WORD LAUNCHER...: prints the wall and CPU (user + system) milliseconds of each run, a line each
    local command="$1"
    shift
    for i in $(seq "$runs"); do
        case "$command" in
            report) args=(report --json) ;;
            tick) args=(tick --at 2026-12-01T09:00:00Z) ;;
            backup) args=(backup "$work/backup-$RANDOM-$i.db") ;;
        esac
        start=$(date +%s%N)
        cpu=$("$@" "${args[@]}" >/dev/null; times) # times: this subshell's, then its children's user and system
        wall=$(( ($(date +%s%N) - start) / 1000000 ))
        echo "$wall $(echo "$cpu" | awk 'NR == 2 { split($1 " " $2, t, /[ms ]+/);
            printf "%d", (t[1] * 60 + t[2] + t[3] * 60 + t[4]) * 1000 }')"
    done
}

summary() { # medians and ranges of the wall and CPU milliseconds on stdin
    cat > "$work/runs"
    median() { # COLUMN
        cut -d' ' -f"$1" "$work/runs" | sort -n | awk '{ v[NR] = $1 }
            END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                  printf "median %4d ms (%d-%d)", m, v[1], v[NR] }'
    }
    echo "wall $(median 1), CPU $(median 2) over $runs runs"
}

echo "load before: $(uptime | sed 's/.*load average/load average/')"
for command in report tick backup; do
    printf '%-7s plain java -jar:  %s\n' "$command" "$(time_runs "$command" java -jar target/ailog.jar | summary)"
    printf '%-7s bin/ailog:        %s\n' "$command" "$(time_runs "$command" bin/ailog | summary)"
done
echo "load after:  $(uptime | sed 's/.*load average/load average/')"
