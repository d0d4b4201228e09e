#!/usr/bin/env bash
# Install a built XinAn folder on a Debian-based desktop (UOS, Kylin, Deepin, Ubuntu):
# the app into /opt/xinan, a menu entry and icons for every user. Run as root:
#   sudo bash packaging/linux/install.sh [dist/xinan]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SRC=${1:-$ROOT/dist/xinan}
test -x "$SRC/xinan" || { echo "no built app in $SRC (run packaging/build_linux.sh)" >&2; exit 1; }
rm -rf /opt/xinan
cp -a "$SRC" /opt/xinan
ln -sf /opt/xinan/xinan /usr/local/bin/xinan
install -Dm644 "$HERE/xinan.desktop" /usr/share/applications/xinan.desktop
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$ROOT/resources/icons/xinan-$size.png" \
        "/usr/share/icons/hicolor/${size}x${size}/apps/xinan.png"
done
install -Dm644 "$ROOT/resources/icons/xinan.svg" /usr/share/icons/hicolor/scalable/apps/xinan.svg
command -v update-desktop-database >/dev/null && update-desktop-database -q || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
echo "XinAn installed in /opt/xinan; menu entry: 心安"
