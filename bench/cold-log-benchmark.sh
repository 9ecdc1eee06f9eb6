#!/usr/bin/env bash
# Logging as a new user meets it: each round starts a fresh bot JVM (the jar, a fresh SQLite file, a fake Slack Web
# API on loopback) and a fresh bare Bolt app that only acknowledges, one after the other in alternating order, and
# sends each, with no warm-up, the first 1,000 signed /ailog logs and then the next 10,000, 32 in flight. Prints
# p50, p99 and throughput of both servers per phase and the bot/bare ratios of each round, then ranges over the
# rounds; exits non-zero unless every acknowledged log is in the bot's database exactly once. Usage:
#   bench/cold-log-benchmark.sh [--rounds N] [--first N] [--next N] [--concurrency N] [--client-warmup N]
# Defaults: 4 rounds, --first 1000, --next 10000, 32 in flight, 10000 logs to warm the load generator itself up
# against a throwaway bare server before round 1 (never to a measured server). AILOG_BENCH_BOT_JAR=path measures
# another build of the jar as the bot (before and after a change); AILOG_BENCH_BOT_FLAGS adds JVM flags to the bot.
set -euo pipefail
exec "$(dirname "$0")/build-and-run.sh" -cp target/ailog.jar:target/test-classes ailog.bench.ColdLogBenchmark "$@"
