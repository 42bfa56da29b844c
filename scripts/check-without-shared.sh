#!/usr/bin/env bash
# Proves a clean clone with no ../shared beside it passes: the tests that read ../shared run (already
# built, so this costs seconds, not a second build) with the folder pointed at an empty place. Without
# CI=true they must be skipped, saying why; with CI=true they must fail.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
empty=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$empty" "$log"' EXIT
projects=(tests/Monitoring.Feeds.Tests tests/Monitoring.Silo.Tests)

for project in "${projects[@]}"; do
  if ! env -u CI MONITORING_SHARED="$empty" dotnet test "$project" -c Release --no-build -nologo --filter needs=shared >"$log" 2>&1; then
    cat "$log"; echo "error: $project fails without ../shared; it must skip" >&2; exit 1
  fi
  if ! grep -q 'Skipped' "$log" || grep -qE 'Passed: +[1-9]' "$log"; then
    cat "$log"; echo "error: $project ran its ../shared tests without the data instead of skipping them" >&2; exit 1
  fi
  if CI=true MONITORING_SHARED="$empty" dotnet test "$project" -c Release --no-build -nologo --filter needs=shared >"$log" 2>&1; then
    cat "$log"; echo "error: $project passes with CI=true and no ../shared; it must fail" >&2; exit 1
  fi
done
echo "without ../shared: the tests that need it are skipped (and fail under CI=true)"
