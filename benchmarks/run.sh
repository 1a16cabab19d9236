#!/usr/bin/env bash
# Builds the benchmark module and runs the whole benchmark, writing benchmarks/RESULTS.md.
# Usage: bash benchmarks/run.sh [--quick]   (--quick: one short round into benchmarks/target/RESULTS-quick.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath-reactor-netty.txt)" \
	io.wsboot.bench.runner.Benchmarks "$@"
