#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing Sujarit needs on Debian 12 (as root, or with sudo),
# then configures the build directory given as $1 (default: build) with any further meson options.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  gcc pkg-config meson ninja-build python3 gettext
  libglib2.0-dev libxml2-dev libsqlite3-dev libgtk-4-dev libadwaita-1-dev libpango1.0-dev
  libcairo2-dev libharfbuzz-dev libfontconfig-dev libarchive-dev libpoppler-glib-dev
  fonts-thai-tlwg poppler-utils mupdf-tools python3-pdfminer qpdf
  xvfb xauth desktop-file-utils appstream shared-mime-info libxml2-utils libglib2.0-bin
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

builddir="${1:-build}"
shift || true
if [ -f "$builddir/build.ninja" ]; then
  meson setup --reconfigure "$builddir" "$@" >/dev/null
else
  meson setup "$builddir" "$@"
fi
