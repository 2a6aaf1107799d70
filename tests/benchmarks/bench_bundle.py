"""The bundle against the installed app: start-up to a shown window, and sizes.

Each start is a fresh process (the bundle's executable, or ``python -m briefing_app`` of the
installed app) run with ``BRIEFING_EXIT_AFTER_SHOWN=1``: it prints "window shown" and quits
at the main window's first paint, the moment ``bench_startup.py`` detects. The parent times
spawn to exit. Both kinds alternate in the same run (after one warm-up each, so the file cache
holds both), and the medians give the ratio. Target: the bundle at most 2x the installed app.
Sizes: the bundle unpacked, its archive if ``build.py`` wrote one, and the installed app's
dependency closure in site-packages for comparison.

    python packaging/build.py && python tests/benchmarks/bench_bundle.py [--bundle DIR] [--runs 7]
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def time_once(cmd: list[str], env: dict) -> float:
    """Seconds from spawning ``cmd`` to its exit after the window was shown."""
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False, timeout=120)
    elapsed = time.perf_counter() - start
    if "window shown" not in out.stdout:
        raise SystemExit(f"{cmd[0]}: the window was never shown:\n{out.stderr[-2000:]}")
    return elapsed


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def installed_size(dist_name: str = "briefing-app") -> int:
    """Bytes of the installed files of the app's dependency closure (not the app itself)."""
    seen: set[str] = set()
    total = 0
    todo = [dist_name]
    while todo:
        name = re.split(r"[\s;<>=!~\[(]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        if name != dist_name:
            for f in dist.files or []:
                p = Path(dist.locate_file(f))
                if p.is_file():
                    total += p.stat().st_size
        todo += [r for r in dist.requires or [] if "extra ==" not in r]
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "briefing-app"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bundle = Path(args.bundle).resolve()
    exe = bundle / ("briefing-app.exe" if os.name == "nt" else "briefing-app")
    if not exe.is_file():
        raise SystemExit(f"no bundle at {bundle}: run python packaging/build.py first")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["BRIEFING_EXIT_AFTER_SHOWN"] = "1"
        env["XDG_CONFIG_HOME"] = tmp  # fresh QSettings: no remembered state
        env["BRIEFING_RECOVERY_DIR"] = os.path.join(tmp, "recovery")
        env["PYTHONPATH"] = str(ROOT)  # the installed app of this checkout
        installed_cmd = [sys.executable, "-m", "briefing_app"]
        time_once(installed_cmd, env)  # warm the file cache for both
        time_once([str(exe)], env)
        installed, bundled = [], []
        for _ in range(args.runs):
            installed.append(time_once(installed_cmd, env))
            bundled.append(time_once([str(exe)], env))
    i, b = statistics.median(installed), statistics.median(bundled)
    ratio = b / i
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} each (medians)")
    print(f"installed app, start to window shown: {i * 1000:7.0f} ms")
    print(f"bundle,        start to window shown: {b * 1000:7.0f} ms   ({ratio:.2f}x installed)")
    size = tree_size(bundle)
    deps = installed_size()
    print(f"bundle unpacked: {size / 1e6:.0f} MB (budget 450 MB); "
          f"installed dependencies in site-packages: {deps / 1e6:.0f} MB "
          f"({size / deps:.2f}x)")  # fmt: skip
    for archive in sorted(bundle.parent.glob("briefing-app-*")):
        if archive.suffix in (".xz", ".gz", ".zip"):
            print(f"archive {archive.name}: {archive.stat().st_size / 1e6:.0f} MB")
    ok = ratio <= 2.0 and size <= 450e6
    print("targets (start <= 2x installed, <= 450 MB):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
