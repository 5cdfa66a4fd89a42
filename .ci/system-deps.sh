#!/usr/bin/env bash
# Debian packages a fresh machine may lack: Qt's runtime libraries (offscreen and xcb;
# libxcb-cursor0 is what Qt 6.5+'s xcb plugin needs to open a window on a Linux desktop),
# fonts for readable screenshots, python3-venv, and pdftoppm + zbarimg to check that the
# command sheet's barcodes decode (tests skip without them). Idempotent and quiet.
set -euo pipefail
need=()
for pkg in libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 libxcb-cursor0 \
           fonts-dejavu-core poppler-utils zbar-tools; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ "${#need[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${need[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
