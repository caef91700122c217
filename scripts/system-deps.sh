#!/usr/bin/env bash
# Installs the system programs the test-suite drives, when they are missing:
#   - Debian's chromium (Playwright drives it through executablePath; we never download a browser),
#   - PostgreSQL server binaries (the contract suite runs the store tests against a real server),
#   - gettext (compilemessages).
set -euo pipefail
missing=()
# Extra packages may be named on the command line (make bench asks for wrk, the HTTP load generator).
for extra in "$@"; do command -v "$extra" >/dev/null 2>&1 || missing+=("$extra"); done
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "system-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
