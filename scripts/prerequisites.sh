# Sourced by run.sh and test.sh: installs what the project needs on Debian or Ubuntu when it is missing.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_dotnet() {
  if command -v dotnet >/dev/null 2>&1 && dotnet --list-sdks | grep -q '^10\.'; then
    return
  fi
  echo "The .NET 10 SDK is needed; trying the distribution's dotnet-sdk-10.0 package." >&2
  as_root apt-get update -qq || true
  if ! as_root apt-get install -y -qq dotnet-sdk-10.0; then
    echo "error: cannot install the .NET 10 SDK with apt. Install it (https://learn.microsoft.com/dotnet/core/install/linux) and run this again." >&2
    exit 1
  fi
}

# The tests start a private PostgreSQL server of their own; they need its programs, not a running service.
ensure_postgresql() {
  if compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
    return
  fi
  echo "The tests need PostgreSQL's server programs; installing the distribution's postgresql package." >&2
  as_root apt-get update -qq || true
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; then
    echo "error: cannot install PostgreSQL with apt. Install the 'postgresql' package and run this again." >&2
    exit 1
  fi
}

# The dashboard's browser tests drive the distribution's Chromium (Playwright cannot download its own here).
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return
  fi
  echo "The dashboard tests need Chromium; installing the distribution's chromium package." >&2
  as_root apt-get update -qq || true
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; then
    echo "error: cannot install Chromium with apt. Install the 'chromium' package and run this again." >&2
    exit 1
  fi
}
