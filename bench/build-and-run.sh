#!/usr/bin/env bash
# Shared by the benchmark scripts: builds the jar and test classes, then runs `java <args>` with both on the class
# path, from the repository root. With --test-dependencies first, the class path is set here: the jar, the test
# classes and the test-scoped libraries (the embedded PostgreSQL the benchmarks' --db postgres starts).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == --test-dependencies ]]; then
  shift
  ./mvnw -B -q -DskipTests package org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
  exec java -cp "target/ailog.jar:target/test-classes:$(cat target/test-classpath.txt)" "$@"
fi
./mvnw -B -q -DskipTests package
exec java "$@"
