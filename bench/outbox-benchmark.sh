#!/usr/bin/env bash
# Sends 2,000 messages due in the same minute to 2,000 members through the real outbox (SQLite file), SendDueMessages
# (real sleeps, 4 workers) and SlackMessenger against a fake Slack that limits chat.postMessage to one a second per
# channel and a workspace budget of 100 refilled at 50 a second (429 + Retry-After over either). Prints the time beside
# the floor those limits impose; exits non-zero unless every member got exactly one message and every Retry-After was
# honoured. Usage:
#   bench/outbox-benchmark.sh
set -euo pipefail
exec "$(dirname "$0")/build-and-run.sh" -cp target/ailog.jar:target/test-classes ailog.bench.OutboxBenchmark "$@"
