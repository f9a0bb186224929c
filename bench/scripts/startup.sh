#!/usr/bin/env bash
# Start-up of whole commands (JVM start included, a new process each time), several launchers side
# by side in one run, alternated (the row that starts each round rotates):
#   bench/scripts/startup.sh [--runs 10] [--commands 'CMD;CMD...'] LAUNCHER...   (default: ./supcert)
# e.g. bench/scripts/startup.sh ./supcert /path/to/older/checkout/supcert
# Two more rows per command show where the time goes: "java only" runs the java command line
# that the first launcher runs (as its --verbose prints it), without the launcher; "launcher
# alone" runs the first launcher with a copy of its JDK's release file and a java that exits at
# once. Prints the median and best wall time and the median CPU time (user + sys) of each row, and
# the load average (1, 5, 15 min) before and after the run, since a shared machine moves every number.
set -euo pipefail
runs=10
commands="--help;check --family butterfly-split:4096:6;butterfly --target hadamard:1024 --tree balanced"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --commands) commands=$2; shift 2 ;;
    *) break ;;
  esac
done
launchers=("$@")
[ ${#launchers[@]} -eq 0 ] && launchers=("$(dirname "$0")/../../supcert")
IFS=';' read -r -a cmds <<<"$commands"
tmp="$(mktemp -d)"
fake_key=${tmp//[!A-Za-z0-9.-]/_}_jdk # the launcher's key for the JDK below: its caches are removed at exit
trap 'rm -rf "$tmp"; rm -f "$(dirname "${launchers[0]}")"/cli/target/supcert-*"$fake_key".*' EXIT

jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
mkdir -p "$tmp/jdk/bin"
cp "$jdk/release" "$tmp/jdk/release"
# it writes the start-up cache it is asked for, so the launcher trains once, as with a real JDK
cat >"$tmp/jdk/bin/java" <<'JAVA'
#!/bin/sh
for a; do case "$a" in -XX:SharedArchiveFile=*|-XX:AOTCacheOutput=*) echo x >"${a#*=}" ;; esac; done
exit 0
JAVA
chmod +x "$tmp/jdk/bin/java"

labels=() lines=() # one row each: a label and a shell command line
for c in "${cmds[@]}"; do
  for l in "${launchers[@]}"; do
    # shellcheck disable=SC2086
    "$l" $c >/dev/null 2>&1 || true # builds and start-up caches outside the timings
    labels+=("$l") lines+=("$l $c")
  done
  # shellcheck disable=SC2086
  # (a verdict other than CLOSED exits non-zero: not a failure here)
  java_line=$({ "${launchers[0]}" --verbose $c 2>&1 >/dev/null || true; } | sed -n 's/^supcert: running //p')
  labels+=("java only") lines+=("$java_line")
  labels+=("launcher alone") lines+=("JAVA_HOME=$tmp/jdk ${launchers[0]} $c")
  # shellcheck disable=SC2086
  JAVA_HOME=$tmp/jdk "${launchers[0]}" $c >/dev/null 2>&1 || true # its start-up cache, before the timings
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Within each command's rows the starting row rotates from run to run: on this VM the first large
# run after a pause pays for memory the host took back (README "Large cold runs"), and a fixed order
# charged that to the same row every time.
block=$((${#launchers[@]} + 2))
for ((r = 0; r < runs; r++)); do
  for j in "${!lines[@]}"; do
    i=$((j - j % block + (j % block + r) % block))
    # -q: no "Command exited with non-zero status" line in the file (a NOT CLOSED verdict exits 1)
    /usr/bin/time -q -f '%e %U %S' -a -o "$tmp/row-$i" bash -c "${lines[$i]}" >/dev/null 2>&1 || true
  done
done
printf '%s runs each, alternated; load average %s before, %s after\n' "$runs" "$load_before" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| command | run by | median wall s | best wall s | median CPU s |\n|---|---|---|---|---|\n'
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
i=0
for c in "${cmds[@]}"; do
  for ((k = 0; k < ${#launchers[@]} + 2; k++)); do
    f="$tmp/row-$i"
    printf '| `%s` | %s | %.3f | %.3f | %.3f |\n' "$c" "${labels[$i]}" \
      "$(awk '{ print $1 }' "$f" | median)" "$(awk '{ print $1 }' "$f" | sort -n | head -1)" \
      "$(awk '{ print $2 + $3 }' "$f" | median)"
    i=$((i + 1))
  done
done
