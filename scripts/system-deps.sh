#!/usr/bin/env bash
# Makes sure the system packages the tests need are present: Chromium (e2e), LibreOffice + poppler + fonts (DOCX),
# LibreOffice Calc (instrument workbooks re-saved by LibreOffice).
set -euo pipefail
pkgs=(chromium libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2 fonts-crosextra-carlito)
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation2 ] || missing+=(fonts-liberation2)
[ -d /usr/share/fonts/truetype/crosextra ] || missing+=(fonts-crosextra-carlito)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Memasang paket sistem / installing system packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  echo "Paket sistem belum terpasang / missing system packages. Run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs[*]}" >&2
  exit 1
fi
