#!/usr/bin/env bash
# Builds the benchmark module and runs the whole benchmark, writing benchmarks/RESULTS.md.
# Usage: bash benchmarks/run.sh [--quick] [--only fanout|cluster] [--fanout-property NAME=VALUE]...
#   --quick: one short round into benchmarks/target/RESULTS-quick.md
#   --only fanout: the fan-out run alone (about 2 min); its section replaces the one in RESULTS.md
#   --only cluster: the cluster run alone (about 2 min, needs redis-server): broadcast across two instances
#     through Redis next to the local case; its section replaces the one in RESULTS.md
#   --fanout-property: a Spring property of the fan-out servers, such as websocket.server.send-buffer-limit=256KB
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath-reactor-netty.txt)" \
	io.wsboot.bench.runner.Benchmarks "$@"
