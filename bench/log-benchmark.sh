#!/usr/bin/env bash
# Benchmarks /ailog logging on the real bot against a Bolt app that only acks (same Jetty handler, same JVM flags),
# everything on 127.0.0.1 with a fake Slack Web API. Usage:
#   bench/log-benchmark.sh [--requests N] [--warmup N] [--concurrency N] [--rounds N]
# Defaults: 20000 measured logs per server, 60000 warm-up (until then the JIT is still recompiling both servers' paths), 32 in flight, 4 alternating rounds.
set -euo pipefail
exec "$(dirname "$0")/build-and-run.sh" -cp target/ailog.jar:target/test-classes ailog.bench.LogBenchmark "$@"
