#!/usr/bin/env bash
# Benchmarks /ailog logging on the real bot against a Bolt app that only acks (same Jetty handler, same JVM flags),
# everything on 127.0.0.1 with a fake Slack Web API. Usage:
#   bench/log-benchmark.sh [--requests N] [--warmup N] [--concurrency N] [--rounds N] [--db sqlite|postgres] [--instances N]
# Defaults: 20000 measured logs per configuration, 60000 warm-up per server (until then the JIT is still recompiling
# both servers' paths), 32 in flight, 4 alternating rounds, SQLite only. --db postgres adds the bot on an embedded
# PostgreSQL started with fsync and synchronous_commit on; --instances 2 adds two bots sharing that database.
set -euo pipefail
exec "$(dirname "$0")/build-and-run.sh" --test-dependencies ailog.bench.LogBenchmark "$@"
