#!/usr/bin/env bash
# Runs each argument as a shell command at the same time and fails when any of them fails.
# CI machines have two cores and several of our steps use one (type-aware ESLint, tsc, the
# agent's esbuild bundle), so pairing them saves minutes. Each command's output is printed
# whole when it ends, not interleaved line by line.
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pids=()
for i in $(seq 1 $#); do
  command="${!i}"
  (bash -c "$command" >"$dir/$i.log" 2>&1; echo $? >"$dir/$i.rc") &
  pids+=($!)
done
status=0
for i in $(seq 1 $#); do
  wait "${pids[$((i - 1))]}"
  echo "=== ${!i}"
  cat "$dir/$i.log"
  rc=$(cat "$dir/$i.rc")
  if [ "$rc" != 0 ]; then
    echo "=== failed (exit $rc): ${!i}"
    status=1
  fi
done
exit $status
