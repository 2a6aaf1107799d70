"""Build the self-contained bundle: ``python packaging/build.py [--dist DIR]``.

Runs PyInstaller on ``packaging/briefing-app.spec`` (a onedir bundle ``DIR/briefing-app/``
with the executable ``briefing-app``), checks the unpacked size against the budget, packs it
into a compressed archive beside it and prints both sizes. Needs ``pip install -e '.[bundle]'``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "briefing-app.spec"
NAME = "briefing-app"
BUDGET_MB = 450


def tree_size(path: Path) -> int:
    """Bytes of all regular files under ``path`` (symlinks not followed nor counted twice)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            p = os.path.join(dirpath, name)
            if not os.path.islink(p):
                total += os.path.getsize(p)
    return total


def strip_debug(bundle: Path) -> int:
    """Strip debug sections from the bundle's ELF libraries that carry them; bytes saved.

    Only libraries with a ``.debug_info`` section, and never the ones auditwheel vendored
    (``*.libs/``, hashed names): patchelf-edited files break when stripped. Linux only.
    """
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if not sys.platform.startswith("linux") or not strip or not readelf:
        return 0
    before = tree_size(bundle)
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file() or path.parent.name.endswith(".libs"):
            continue
        sections = subprocess.run(
            [readelf, "-S", "-W", str(path)], capture_output=True, text=True, check=False
        ).stdout
        if ".debug_info" in sections:
            subprocess.run([strip, "--strip-debug", str(path)], check=True)
    return before - tree_size(bundle)


def version() -> str:
    ns: dict = {}
    exec((ROOT / "briefing_app" / "__init__.py").read_text(encoding="utf-8"), ns)
    return ns["__version__"]


def make_archive(bundle: Path, fmt: str) -> Path:
    """``briefing-app-<version>-<os>-<arch>.tar.xz`` (or .tar.gz / .zip) beside the bundle."""
    system = platform.system().lower()
    stem = f"{NAME}-{version()}-{system}-{platform.machine().lower()}"
    if fmt == "zip":
        out = bundle.parent / f"{stem}.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, path.relative_to(bundle.parent))
        return out
    out = bundle.parent / f"{stem}.tar.{fmt}"
    tar, xz = shutil.which("tar"), shutil.which("xz")
    if fmt == "xz" and tar and xz and os.name != "nt":
        # xz on all cores: Python's lzma uses one and takes several minutes for this bundle
        with open(out, "wb") as sink:
            pack = subprocess.Popen(
                [tar, "-C", str(bundle.parent), "-cf", "-", bundle.name], stdout=subprocess.PIPE
            )
            squeeze = subprocess.run([xz, "-T0", "-6", "-c"], stdin=pack.stdout, stdout=sink)
            pack.stdout.close()
            if pack.wait() or squeeze.returncode:
                raise SystemExit("build.py: tar | xz failed")
        return out
    with tarfile.open(out, {"gz": "w:gz", "xz": "w:xz"}[fmt]) as tf:
        tf.add(bundle, arcname=bundle.name)
    return out


def add_desktop_kit(bundle: Path) -> None:
    """``desktop/`` in the bundle: the Linux menu entry, file type and icons, and their installer.

    ``briefing-app/desktop/install-desktop.sh`` then points the entry at this bundle's executable.
    """
    desktop = bundle / "desktop"
    (desktop / "icons").mkdir(parents=True, exist_ok=True)
    for name in ("install-desktop.sh", "briefing-app.desktop", "briefing-app-mime.xml"):
        shutil.copy2(HERE / name, desktop / name)
    for png in (HERE / "icons").glob("*.png"):
        shutil.copy2(png, desktop / "icons" / png.name)
    shutil.copy2(ROOT / "resources" / "icons" / "app.svg", desktop / "icons" / "briefing-app.svg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (dist/)")
    parser.add_argument(
        "--work", default=str(ROOT / "build" / "pyinstaller"), help="PyInstaller's work folder"
    )
    parser.add_argument(
        "--archive",
        choices=("xz", "gz", "zip", "none"),
        default="zip" if os.name == "nt" else "xz",
        help="compressed archive to write beside the bundle (default xz; zip on Windows)",
    )
    args = parser.parse_args(argv)
    dist = Path(args.dist).resolve()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build.py: PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 1

    start = time.perf_counter()
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(Path(args.work).resolve()), str(SPEC),
    ]  # fmt: skip
    print("build.py:", " ".join(cmd), flush=True)
    if subprocess.run(cmd, cwd=ROOT, check=False).returncode != 0:
        print("build.py: PyInstaller failed", file=sys.stderr)
        return 1
    bundle = dist / NAME
    exe = bundle / (NAME + (".exe" if os.name == "nt" else ""))
    if not exe.is_file():
        print(f"build.py: {exe} was not built", file=sys.stderr)
        return 1
    saved = strip_debug(bundle)
    if os.name != "nt":
        add_desktop_kit(bundle)
    built = time.perf_counter() - start
    size = tree_size(bundle)
    if saved:
        print(f"stripped debug sections: {saved / 1e6:.0f} MB")
    print(f"bundle:  {bundle}  {size / 1e6:.0f} MB unpacked (budget {BUDGET_MB} MB), "
          f"built in {built:.0f} s")  # fmt: skip
    status = 0
    if size > BUDGET_MB * 1e6:
        print(f"build.py: the bundle is over its {BUDGET_MB} MB budget", file=sys.stderr)
        status = 1
    if args.archive != "none":
        start = time.perf_counter()
        for old in dist.glob(f"{NAME}-*.*"):
            if old.suffix in (".gz", ".xz", ".zip"):
                old.unlink()
        archive = make_archive(bundle, args.archive)
        took = time.perf_counter() - start
        print(f"archive: {archive}  {archive.stat().st_size / 1e6:.0f} MB ({took:.0f} s)")
    shutil.rmtree(ROOT / "build" / "pyinstaller" / "__pycache__", ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
