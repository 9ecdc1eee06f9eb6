#!/usr/bin/env bash
# Sends 2,000 messages due in the same minute through the real outbox (SQLite file), SendDueMessages (real sleeps,
# 20 ms pace) and SlackMessenger against a fake Slack that answers 429 (Retry-After: 1) after every 100
# chat.postMessage calls. Exits non-zero unless every member got exactly one message. Usage:
#   bench/outbox-benchmark.sh
set -euo pipefail
exec "$(dirname "$0")/build-and-run.sh" -cp target/ailog.jar:target/test-classes ailog.bench.OutboxBenchmark "$@"
