#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches Sarabun (SIL OFL 1.1, by Cadson Demak: the successor of TH Sarabun New) from the npm
# package @expo-google-fonts/sarabun and checks the faces the book is printed in against
# data/fonts/SHA256SUMS. The faces are in the repository already; this shows where they come from
# and refetches them when they are to be updated (then update SHA256SUMS on purpose).
#   Light (300) for the text and SemiBold (600) for bold, each with its italic: the weights with
#   the colour of TH Sarabun New Regular and Bold (see src/render/sj-layout.c).
set -euo pipefail
cd "$(dirname "$0")/.."
version="${SARABUN_PACKAGE_VERSION:-0.4.1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@expo-google-fonts/sarabun@$version" >/dev/null 2>&1 && tar xzf ./*.tgz)
p="$work/package"
cp "$p/300Light/Sarabun_300Light.ttf" data/fonts/Sarabun-Light.ttf
cp "$p/300Light_Italic/Sarabun_300Light_Italic.ttf" data/fonts/Sarabun-LightItalic.ttf
cp "$p/600SemiBold/Sarabun_600SemiBold.ttf" data/fonts/Sarabun-SemiBold.ttf
cp "$p/600SemiBold_Italic/Sarabun_600SemiBold_Italic.ttf" data/fonts/Sarabun-SemiBoldItalic.ttf
cp "$p/LICENSE_FONT" data/fonts/OFL.txt
(cd data/fonts && sha256sum -c SHA256SUMS)
echo "Sarabun $version: the faces match data/fonts/SHA256SUMS"
