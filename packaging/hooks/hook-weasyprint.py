"""PyInstaller hook for WeasyPrint: its data files and the native libraries it opens by name.

It replaces the hook of pyinstaller-hooks-contrib, which finds the libraries with
ctypes.util.find_library; that call breaks on Linux machines with development files
installed (find_library("libfontconfig") dies on "liblibfontconfig.a"), and then nothing is
collected. Here each library is resolved by the exact name WeasyPrint gives to dlopen on
Linux, and collected under that name at the bundle root, where the bootloader's library
path finds it first. PyInstaller then collects what these libraries link to (GLib,
FreeType, FriBidi, libpng...) by itself.
"""

from PyInstaller.depend.bindepend import resolve_library_path
from PyInstaller.utils.hooks import collect_data_files

# weasyprint/text/ffi.py: the libraries it needs, then the ones it uses when present.
REQUIRED = (
    "libgobject-2.0.so.0",
    "libpango-1.0.so.0",
    "libpangoft2-1.0.so.0",
    "libharfbuzz.so.0",
    "libfontconfig.so.1",
)
OPTIONAL = ("libharfbuzz-subset.so.0", "libharfbuzz-vector.so.0")

datas = collect_data_files("weasyprint")
binaries = []
for soname in REQUIRED + OPTIONAL:
    path = resolve_library_path(soname)
    if path is None:
        if soname in REQUIRED:
            raise SystemExit(f"WeasyPrint needs {soname}; install Pango, HarfBuzz and fontconfig")
        continue
    binaries.append((path, "."))
