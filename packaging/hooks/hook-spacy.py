"""spaCy for the bundle: like the stock hook, but English only and without tests or sources.

The stock hook (pyinstaller-hooks-contrib) collects every submodule, i.e. all 70-odd languages
and the test suite. The app loads the English pipeline only; the modules directly under
``spacy.lang`` (punctuation, character classes, shared exceptions) are used by English too.
"""

import os

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_package_paths

_, _pkg_dir = get_package_paths("spacy")
_LANG_DIR = os.path.join(_pkg_dir, "lang")
_LANGUAGES = {d for d in os.listdir(_LANG_DIR) if os.path.isdir(os.path.join(_LANG_DIR, d))}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if len(parts) > 1 and parts[1] == "tests":
        return False
    if len(parts) > 2 and parts[1] == "lang" and parts[2] in _LANGUAGES:
        return parts[2] == "en"
    return True


hiddenimports = collect_submodules("spacy", filter=_wanted)
datas = [
    (src, dest)
    for src, dest in collect_data_files("spacy")
    if not src.endswith((".pyx", ".pxd", ".pyi", ".h", ".c", ".cpp"))
    and f"{os.sep}tests{os.sep}" not in src
    and not any(f"{os.sep}lang{os.sep}{lang}{os.sep}" in src for lang in _LANGUAGES - {"en"})
]
