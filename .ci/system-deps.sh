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

# --- Real-keyboard tests (tests/test_real_keyboard.py, issue #19): the real app under Xvfb
# with the xcb platform plugin, typed at by xdotool, in the us/se/de X keyboard layouts
# (setxkbmap). The xcb libraries are the ones PySide6's libqxcb.so and libQt6XcbQpa load.
xneed=()
for pkg in xvfb xdotool x11-xkb-utils xkb-data libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 \
           libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 \
           libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 \
           libxcb-xkb1 libxkbcommon-x11-0; do
  dpkg -s "$pkg" >/dev/null 2>&1 || xneed+=("$pkg")
done
if [ "${#xneed[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages for the real-keyboard tests: ${xneed[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${xneed[@]}" >/dev/null
fi
