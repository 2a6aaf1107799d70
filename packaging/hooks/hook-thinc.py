"""thinc for the bundle: the stock hook minus tests and the GPU/ML-framework shims' tests.

The shims for PyTorch, TensorFlow and MXNet import their framework lazily and stay (small);
the frameworks themselves are excluded in the spec.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
datas = [
    (src, dest)
    for src, dest in collect_data_files("thinc")
    if not src.endswith((".pyx", ".pxd", ".pyi", ".h", ".c", ".cpp")) and "tests" not in src
]
