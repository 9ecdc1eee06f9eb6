#!/usr/bin/env bash
# Shared by the benchmark scripts: builds the jar and test classes, then runs `java <args>` with both on the class
# path, from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
exec java "$@"
