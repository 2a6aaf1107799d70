"""Time from process start to the main window painted, against a bare PySide6 window.

Each measurement is a fresh ``python -c`` process that exits as soon as its window has
painted; the parent times it from spawn to exit. Both kinds run alternately in the same run,
so the ratio means something on a noisy machine. Targets: <= 1.0 s and <= 2.5x the bare window.

    python tests/benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

_PAINTED = """
from PySide6.QtCore import QEvent, QObject, QTimer
class _Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
"""

BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n" + _PAINTED + "w = QMainWindow()\n"
    "w.resize(1200, 800)\n"
    "f = _Painted(); w.installEventFilter(f)\n"
    "w.show()\n"
    "app.exec()\n"
)

APP = (
    "from briefing_app.ui.window.app import create_app\n"
    "app = create_app()\n"
    + _PAINTED
    + "from briefing_app.ui.window.main_window import MainWindow\n"
    "w = MainWindow()\n"
    "w.resize(1200, 800)\n"
    "f = _Painted(); w.installEventFilter(f)\n"
    "w.show()\n"
    "app.exec()\n"
)


def time_once(code: str, env: dict) -> float:
    """Seconds from spawning the interpreter to its window having painted (and exited)."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if "painted" not in out.stdout:
        raise SystemExit(f"the window never painted:\n{out.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["XDG_CONFIG_HOME"] = tmp  # fresh QSettings: no remembered state
        env["BRIEFING_RECOVERY_DIR"] = os.path.join(tmp, "recovery")
        time_once(BARE, env)  # warm the file cache for both
        time_once(APP, env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_once(BARE, env))
            app.append(time_once(APP, env))
    b, a = statistics.median(bare), statistics.median(app)
    ratio = a / b
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} each (medians)")
    print(f"bare PySide6 window: {b * 1000:7.0f} ms")
    print(f"briefing-app window: {a * 1000:7.0f} ms   ({ratio:.2f}x bare)")
    ok = a <= 1.0 and ratio <= 2.5
    print("targets (<= 1.0 s, <= 2.5x):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
