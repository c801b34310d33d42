#!/usr/bin/env bash
# The Maven plugin's cost in a build where nothing changed, and its first-generation time.
#
# 1. No-op build: `mvn -o -q compile` of the minimal host project (maven-plugin/src/it/minimal, with
#    the plugin and one generate execution) against the same project without the plugin (the
#    generated sources copied into src/main/java). Both are built once to warm up, then ROUNDS
#    (default 15) interleaved rounds A, B, A, B...; prints the medians with min..max and the ratio.
# 2. First generation of wasi:http/proxy (WASI 0.2.12 tree of ../shared/corpus): `mvn -o -q
#    generate-sources` of a project whose witDirectory is that tree, target/ removed before each of
#    RUNS (default 5) runs; prints the wall time and the plugin's own time, medians with min..max.
#
# Usage, from the repository root (builds the plugin and installs it, with the witj artifacts, into
# the isolated repository maven-plugin/target/local-repo; ~/.m2 is only read):
#   benchmarks/maven-plugin-noop.sh [WASI_WIT_DIR]
set -euo pipefail
root=$(pwd)
wasi=$(cd "${1:-../shared/corpus/wasi/wasi-0.2.12/wit}" && pwd)
rounds=${ROUNDS:-15}
runs=${RUNS:-5}
evaluate() { # a property of the root pom, without colour codes
  mvn -B -q help:evaluate -Dexpression="$1" -DforceStdout -N 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g'
}
version=$(evaluate project.version)
junit=$(evaluate junit.version)

echo "building witj-maven-plugin $version (invoker:install into maven-plugin/target/local-repo)..."
mvn -B -q -pl maven-plugin -am verify -DskipTests
repo="$root/maven-plugin/target/local-repo"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s|@localRepositoryUrl@|file://$HOME/.m2/repository|" maven-plugin/src/it/settings.xml > "$work/settings.xml"
mvn_() { mvn -B -s "$work/settings.xml" -Dmaven.repo.local="$repo" "$@"; }

filter() { # copy a project, filling in the invoker's @tokens@
  mkdir -p "$2"
  cp -r "$1"/. "$2"
  find "$2" -name pom.xml -exec sed -i "s|@project.version@|$version|g; s|@junit.version@|$junit|g" {} +
}
filter maven-plugin/src/it/it-parent "$work/it-parent"
filter maven-plugin/src/it/minimal "$work/with-plugin"
rm -rf "$work/with-plugin/src/test"

# The same project without the plugin: its generated sources are ordinary sources.
mvn_ -q -f "$work/with-plugin/pom.xml" compile
cp -r "$work/with-plugin" "$work/without-plugin"
mkdir -p "$work/without-plugin/src/main/java"
cp -r "$work/with-plugin/target/generated-sources/witj/." "$work/without-plugin/src/main/java/"
rm -rf "$work/without-plugin/src/main/wit" "$work/without-plugin/target"
python3 - "$work/without-plugin/pom.xml" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
s = re.sub(r'\s*<build>.*</build>', '', s, flags=re.S)
open(p, 'w').write(s)
PY
mvn_ -q -f "$work/without-plugin/pom.xml" compile

ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
stats() { sort -n | awk '{a[NR] = $1} END {
  m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  printf "%d %d %d\n", m, a[1], a[NR] }'; }

echo "no-op builds: $rounds interleaved rounds of mvn -o -q compile..."
: > "$work/a"; : > "$work/b"
for i in $(seq "$rounds"); do
  ms mvn_ -o -q -f "$work/with-plugin/pom.xml" compile >> "$work/a"
  ms mvn_ -o -q -f "$work/without-plugin/pom.xml" compile >> "$work/b"
done
read -r am amin amax < <(stats < "$work/a")
read -r bm bmin bmax < <(stats < "$work/b")
echo "with the plugin:    median $am ms ($amin..$amax)"
echo "without the plugin: median $bm ms ($bmin..$bmax)"
awk -v a="$am" -v b="$bm" 'BEGIN { printf "no-op ratio (medians): %.3fx\n", a / b }'

echo "first generation of wasi:http/proxy: $runs runs of mvn -o -q generate-sources on a clean target/..."
mkdir -p "$work/wasi"
cat > "$work/wasi/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.example</groupId>
    <artifactId>it-parent</artifactId>
    <version>1.0</version>
    <relativePath>../it-parent</relativePath>
  </parent>
  <artifactId>wasi-http</artifactId>
  <build>
    <plugins>
      <plugin>
        <groupId>io.witj</groupId>
        <artifactId>witj-maven-plugin</artifactId>
        <executions>
          <execution>
            <goals>
              <goal>generate</goal>
            </goals>
            <configuration>
              <witDirectory>$wasi</witDirectory>
              <world>wasi:http/proxy@0.2.12</world>
              <packageName>io.witj.bench</packageName>
              <embedWit>false</embedWit>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
mvn_ -q -f "$work/wasi/pom.xml" generate-sources
: > "$work/w"; : > "$work/p"
for i in $(seq "$runs"); do
  rm -rf "$work/wasi/target"
  s=$(date +%s%N)
  mvn_ -o -f "$work/wasi/pom.xml" generate-sources > "$work/log"
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 )) >> "$work/w"
  grep -o 'world wasi:http/proxy@0.2.12: .*' "$work/log" | tee /dev/stderr | sed -E 's/.*\(([0-9]+) ms\)$/\1/' >> "$work/p"
done
read -r wm wmin wmax < <(stats < "$work/w")
read -r pm pmin pmax < <(stats < "$work/p")
echo "mvn generate-sources, wall: median $wm ms ($wmin..$wmax); the plugin itself: median $pm ms ($pmin..$pmax)"
