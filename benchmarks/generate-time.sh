#!/bin/sh
# Cold process time of `witj generate` for the WASI 0.2.12 wasi:http/proxy world: runs the CLI
# RUNS times (default 5), each in a fresh JVM, and prints each wall time and the median.
# Usage (from the repository root, after `mvn -B -q -pl wit-parser,runtime-support,codegen package -DskipTests`):
#   benchmarks/generate-time.sh [WIT_DIR]
set -eu
wit=${1:-../shared/corpus/wasi/wasi-0.2.12/wit}
runs=${RUNS:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
i=0
times=""
while [ "$i" -lt "$runs" ]; do
  rm -rf "$out/src"
  start=$(date +%s%N)
  java -jar codegen/target/witj.jar generate --world wasi:http/proxy --out "$out/src" \
      --package io.witj.bench.wasi "$wit" > "$out/log"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  echo "run $((i + 1)): ${ms} ms wall; witj says: $(tail -n 1 "$out/log")"
  times="$times $ms"
  i=$((i + 1))
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {
  m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  printf "median of %d runs: %d ms (min %d, max %d)\n", NR, m, a[1], a[NR] }'
