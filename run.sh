#!/usr/bin/env bash
# Starts one silo on the embedded default: localhost clustering, SQLite in ./data,
# the API on http://localhost:5000 (override with --urls or ASPNETCORE_URLS).
# ./run.sh --demo: the offline demo instead, in a fresh temporary data folder: the silo serves two sample
# feeds itself on loopback, polls them every few seconds, and defines the topic 'demo' with a stream
# subscription; `./monitoring listen demo` shows its alerts within a minute.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
demo=""
if [ "${1:-}" = --demo ]; then
  shift
  demo=$(mktemp -d -t monitoring-demo.XXXXXX)
  # The demo's folder goes when this script ends (the silo stopped with Ctrl-C, or a failed build): nothing of a demo is kept.
  trap 'rm -rf "$demo"' EXIT
  export Demo__Enabled=true Storage__Path="$demo"
  export Auth__BootstrapOperatorKey="${Auth__BootstrapOperatorKey:-demo-operator-key-0123456789}"
  export Fetch__AllowPrivateNetworks=true Delivery__AllowPrivateNetworks=true Fetch__MinHostGap=00:00:00 Polling__FetchOriginalContent=false
  export Polling__MinInterval=00:00:03 Polling__DefaultInterval=00:00:05 Polling__MaxInterval=00:00:05
  echo "demo: data in $Storage__Path; in another shell: export MONITORING_KEY=$Auth__BootstrapOperatorKey; ./monitoring listen demo" >&2
fi
# ./data at the root of the clone: the silo starts in its project folder, where a relative path would land.
export Storage__Path="${Storage__Path:-$PWD/data}"
if [ -z "${ASPNETCORE_URLS:-}" ] && [[ " $* " != *" --urls"* ]]; then
  set -- --urls http://localhost:5000 "$@"
fi
echo "building the silo (the first build takes a few minutes; later ones only what changed)..." >&2
dotnet build src/Monitoring.Silo -c Release -nologo -v quiet -clp:ErrorsOnly
echo "starting the silo; data in $Storage__Path" >&2
# The built program itself, from its project folder (its settings' content root, as `dotnet run` would): this
# script's process becomes the silo, so a signal to it, even kill -9, reaches the silo and no child is left behind.
cd src/Monitoring.Silo
if [ -n "$demo" ]; then
  dotnet bin/Release/net10.0/Monitoring.Silo.dll "$@"
else
  exec dotnet bin/Release/net10.0/Monitoring.Silo.dll "$@"
fi
