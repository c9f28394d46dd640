#!/bin/bash
# Resident memory of the Vigil server at rest, under the heaviest 8-client mix and at rest after it.
#
#   scripts/bench/memory-after-load.sh HOME [JAR] [EXTRA_JVM_OPTIONS]
#
# HOME is a Vigil home made by `./vigil-bench generate` (it is copied, never changed). The server is started
# as the README starts it (java -jar, which relaunches a child JVM within the memory budget); VmRSS is the
# child's, from /proc. Prints one line per reading. Run from the repository root after `mvn -DskipTests package`.
set -eu
SOURCE_HOME=$1; JAR=${2:-target/vigil.jar}; OPTS=${3:-}
RUN=$(mktemp -d /tmp/vigil-memory.XXXXXX); cp -a "$SOURCE_HOME"/. "$RUN"/
PORT=$((18000 + RANDOM % 1000))
VIGIL_JAVA_OPTIONS="$OPTS" java -jar "$JAR" serve --server.port=$PORT --server.address=127.0.0.1 --vigil.home="$RUN" > "$RUN/server.out" 2>&1 &
LAUNCHER=$!
trap 'kill $LAUNCHER 2>/dev/null; wait $LAUNCHER 2>/dev/null; rm -rf "$RUN"' EXIT
for _ in $(seq 1 300); do curl -sf http://127.0.0.1:$PORT/actuator/health > /dev/null && break; sleep 1; done
CHILD=$(pgrep -f "vigil.relaunched=true.*$RUN" | head -1)
rss() { echo "$1 $(awk '/VmRSS/ {printf "%.1f MB", $2 / 1024}' /proc/$CHILD/status)"; }
sleep 5; rss "at rest, start-up +5 s:"; sleep 65; rss "at rest, start-up +70 s:"
VIGIL_HOME="$RUN" ./vigil-bench run --url http://127.0.0.1:$PORT --pid $CHILD --clients 8 --requests 500 --warmup 200 \
  --scenarios draft-and-pdf-largest,whereabouts-largest-page,case-page-html-largest,obligations-typical,place-resolution,case-api-typical,case-page-html-typical \
  --out "$RUN/results.json" | grep -E "client\(s\)|RSS"
rss "after the load +0 s:"; sleep 40; rss "after the load +40 s:"; sleep 50; rss "after the load +90 s:"
sleep 60; rss "after the load +150 s:"
