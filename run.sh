#!/usr/bin/env bash
# Starts one silo on the embedded default: localhost clustering, SQLite in ./data,
# the API on http://localhost:5000 (override with --urls or ASPNETCORE_URLS).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -z "${ASPNETCORE_URLS:-}" ] && [[ " $* " != *" --urls"* ]]; then
  set -- --urls http://localhost:5000 "$@"
fi
exec dotnet run --project src/Monitoring.Silo -c Release -- "$@"
