#!/usr/bin/env bash
# Debian packages a fresh machine may lack. Idempotent and quiet: each group installs only
# what dpkg does not already have.
set -euo pipefail

install_missing() {  # install_missing "why" pkg...
  local why=$1 pkg need=()
  shift
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  if [ "${#need[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages ($why): ${need[*]}"
    apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
      "${need[@]}" >/dev/null
  fi
}

# Qt's runtime libraries (offscreen and xcb; libxcb-cursor0 is what Qt 6.5+'s xcb plugin
# needs to open a window on a Linux desktop), fonts for readable screenshots, and
# pdftoppm + zbarimg to check that the command sheet's barcodes decode.
install_missing "Qt, fonts, PDF and barcode checks" \
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 libxcb-cursor0 \
  fonts-dejavu-core poppler-utils zbar-tools

# Real-keyboard tests (tests/test_real_keyboard.py, issue #19): the real app under Xvfb
# with the xcb platform plugin, typed at by xdotool, in the us/se/de X keyboard layouts
# (setxkbmap). The xcb libraries are the ones PySide6's libqxcb.so and libQt6XcbQpa load.
install_missing "real-keyboard tests" \
  xvfb xdotool x11-xkb-utils xkb-data libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 \
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 \
  libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 \
  libxcb-xkb1 libxkbcommon-x11-0
