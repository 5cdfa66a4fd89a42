#!/usr/bin/env bash
# Linux check of the Windows release pipeline (PyInstaller cannot cross-build a Windows exe):
#   1. build the one-folder bundle from installer/packstation.spec in a clean venv that holds
#      only the runtime dependencies + PyInstaller (cached under build/, reruns are quick),
#   2. run `packstation --smoke-test` offscreen on the frozen bundle,
#   3. compile installer/packstation.nsi with Debian's makensis, warnings as errors, against a
#      small dummy payload shaped like the real one (the real payload is Windows-only).
# Usage: installer/build_linux.sh        (BUILD_CLEAN=1 to rebuild the venv and the bundle)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=build/installer
VENV=$OUT/venv
DIST=$OUT/dist/Packstation
export PIP_CACHE_DIR="$ROOT/build/pip-cache" PIP_DISABLE_PIP_VERSION_CHECK=1
started=$SECONDS
step() { echo "== $* ($((SECONDS - started)) s)"; }

# -- system packages a fresh Debian machine lacks (same pattern as .ci/system-deps.sh)
need=()
command -v makensis >/dev/null 2>&1 || need+=(nsis)
python3 -c "import ensurepip" >/dev/null 2>&1 || need+=(python3-venv)
if [ "${#need[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || { echo "Install: ${need[*]}" >&2; exit 1; }
  echo "Installing system packages: ${need[*]}"
  apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${need[@]}" >/dev/null
fi

# -- clean build venv, rebuilt only when the requirements change
mkdir -p "$OUT"
python3 installer/requirements.py > "$OUT/requirements.txt"
stamp=$(sha256sum "$OUT/requirements.txt" | cut -d' ' -f1)
if [ "${BUILD_CLEAN:-0}" = 1 ] || [ ! -x "$VENV/bin/pyinstaller" ] \
   || [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp" ]; then
  step "creating clean build venv"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet -r "$OUT/requirements.txt"
  echo "$stamp" > "$VENV/.stamp"
fi

# -- bundle
step "PyInstaller"
clean=()
[ "${BUILD_CLEAN:-0}" = 1 ] && clean=(--clean)
"$VENV/bin/pyinstaller" --noconfirm "${clean[@]}" --log-level ERROR \
  --distpath "$OUT/dist" --workpath "$OUT/work" installer/packstation.spec 2>&1 \
  | grep -v "Library not found" || true   # xcb/gtk libs for plugins we never load offscreen
[ -x "$DIST/packstation" ] || { echo "PyInstaller produced no $DIST/packstation" >&2; exit 1; }

step "smoke test of the frozen bundle"
smoke_data=$(mktemp -d)
trap 'rm -rf "$smoke_data"' EXIT
QT_QPA_PLATFORM=offscreen PACKSTATION_DATA_DIR="$smoke_data" "$DIST/packstation" --smoke-test
"$DIST/packstation-console" --version

# -- installer script
step "makensis -WX"
version=$(python3 installer/requirements.py --version)
quad=$(python3 installer/requirements.py --version-quad)
payload=$OUT/nsis-payload
rm -rf "$payload" && mkdir -p "$payload/_internal"
echo "dummy" > "$payload/packstation.exe"
echo "dummy" > "$payload/packstation-console.exe"
echo "dummy" > "$payload/_internal/python311.dll"
(cd installer && makensis -WX -V2 -DVERSION="$version" -DVERSION_QUAD="$quad" \
  -DPAYLOAD="../$payload" -DOUTFILE="../$OUT/Packstation-$version-setup-dummy.exe" packstation.nsi)

step "done"
echo "bundle: $(du -sh "$DIST" | cut -f1) in $(find "$DIST" -type f | wc -l) files"
echo "installer (dummy payload): $(du -h "$OUT/Packstation-$version-setup-dummy.exe" | cut -f1)"
