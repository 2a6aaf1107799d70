#!/usr/bin/env bash
# Install an offline kit with the network cut, then analyse the sample with what got installed.
#
#   packaging/test-offline-kit.sh DIR        (DIR made by packaging/offline-kit.sh)
#
# Everything runs inside `unshare -n` (a network namespace with no interfaces, not even a
# usable loopback): a fresh venv, the two documented installs (`pip install --no-index
# --find-links DIR --require-hashes -r DIR/pip.lock`, then `-r DIR/requirements.lock`), and
# `briefing-app analyze --json` on the sample under an empty environment. pip's configuration
# files are ignored (PIP_CONFIG_FILE=/dev/null): an offline machine has no index to point at.
# Needs root or unprivileged user namespaces.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: packaging/test-offline-kit.sh DIR" >&2
  exit 1
fi
DIR="$(cd "$1" && pwd)"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="$(command -v "${PYTHON:-python3}")"
[ -f "$DIR/requirements.lock" ] || { echo "test-offline-kit: no $DIR/requirements.lock" >&2; exit 1; }
if ! unshare -n true 2>/dev/null; then
  echo "test-offline-kit: 'unshare -n' is not permitted here (needs root or user namespaces)" >&2
  exit 1
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT/seeds/000_68ad32a9bae11705.txt" "$WORK/sample.txt"

start=$SECONDS
unshare -n env -i PATH=/usr/bin:/bin HOME="$WORK" PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_CONFIG_FILE=/dev/null \
  PYTHON="$PYTHON" DIR="$DIR" WORK="$WORK" bash -euo pipefail -c '
  if python3 -c "import socket; socket.create_connection((\"pypi.org\", 443), timeout=3)" 2>/dev/null
  then echo "test-offline-kit: the network is not cut" >&2; exit 1; fi
  "$PYTHON" -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install --quiet --no-index --find-links "$DIR" --require-hashes \
      -r "$DIR/pip.lock"
  "$WORK/venv/bin/pip" install --quiet --no-index --find-links "$DIR" --require-hashes \
      -r "$DIR/requirements.lock"
  cd "$WORK"
  "$WORK/venv/bin/briefing-app" --version
  "$WORK/venv/bin/briefing-app" analyze --json sample.txt > analysis.json
'
"$PYTHON" - "$WORK/analysis.json" <<'PY'
import json
import sys

data = json.load(open(sys.argv[1], encoding="utf-8"))
names = {a["name"] for a in data["actors"]}
missing = {"Vladimir Putin", "Kassym-Jomart Tokayev", "Kazakhstan"} - names
if missing or data["errors"] or not data["key_points"]:
    sys.exit(f"test-offline-kit: unexpected analysis: missing {missing}, errors {data['errors']}")
print(f"test-offline-kit: analysed the sample offline: {len(names)} actors, "
      f"{len(data['key_points'])} key points, model {data['model']}")
PY
echo "test-offline-kit: passed in $((SECONDS - start)) s (install and analysis with the network cut)"
