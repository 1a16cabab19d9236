#!/usr/bin/env bash
# Builds the benchmark module and the Quarkus echo servers (benchmarks/quarkus-echo, Quarkus from Maven Central),
# and runs the whole benchmark, writing benchmarks/RESULTS.md.
# Usage: bash benchmarks/run.sh [--quick] [--only fanout|cluster|echo] [--server-java JDK_HOME]
#          [--fanout-property NAME=VALUE]...
#   --quick: one short round into benchmarks/target/RESULTS-quick.md
#   --only fanout: the fan-out run alone (about 2 min); its section replaces the one in RESULTS.md
#   --only cluster: the cluster run alone (about 2 min, needs redis-server): broadcast across two instances
#     through Redis next to the local case; its section replaces the one in RESULTS.md
#   --only echo: the 64 B echo table alone (about 7 min), as the section "Echo, 64 B, on Java N" (N: the servers'
#     Java release), which replaces only the section of that release; a full run keeps such sections
#   --server-java JDK_HOME: with --only echo, every server JVM on that JDK (the load generator stays on this one),
#     such as: bash benchmarks/run.sh --only echo --server-java /usr/lib/jvm/temurin-25-jdk-amd64
#   --fanout-property: a Spring property of the fan-out servers, such as websocket.server.send-buffer-limit=256KB
set -euo pipefail
cd "$(dirname "$0")/.."
# A clean build: an incremental one kept benchmark classes compiled against an older wsboot API (NoSuchMethodError at run time).
mvn -B -q -Pbenchmarks -pl benchmarks,benchmarks/quarkus-echo -am clean package -DskipTests
java -Xmx512m -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath-reactor-netty.txt)" \
	io.wsboot.bench.runner.Benchmarks "$@"
