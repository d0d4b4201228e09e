#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller, then smoke-test what was built:
#   1. `xinan --version`
#   2. `xinan demo --no-gui --station <tmp>`: creates an encrypted demo station headless
#   3. the desktop under QT_QPA_PLATFORM=offscreen: still running after 3 s, no traceback
# Usage (from anywhere):  bash packaging/build_linux.sh
# Python: $PYTHON, else .venv/bin/python, else python3 (needs `pip install -e . pyinstaller`).
# Output: dist/xinan/ (the app folder) and dist/xinan-<version>-linux-<arch>.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-}
if [ -z "$PY" ]; then
    if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi

started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/xinan.spec
built=$(date +%s)

APP=dist/xinan
VERSION=$("$APP/xinan" --version | awk '{print $2}')
ARCHIVE="dist/xinan-${VERSION}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$ARCHIVE" xinan
echo "build: $((built - started)) s; folder $(du -sh "$APP" | cut -f1); archive $(du -h "$ARCHIVE" | cut -f1)"

for data in resources/i18n/zh_CN.qm resources/icons/xinan.svg resources/styles/xinan.qss \
        migrations/0001_initial.sql; do
    test -f "$APP/_internal/$data" || { echo "missing from the build: $data" >&2; exit 1; }
done

TMP=$(mktemp -d)
GUI_PID=""
cleanup() {
    if [ -n "$GUI_PID" ]; then kill "$GUI_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

echo "smoke 1: --version -> $("$APP/xinan" --version)"
"$APP/xinan" demo --no-gui --students 60 --station "$TMP/demo" > "$TMP/demo.out"
test -f "$TMP/demo/station.db" && test -f "$TMP/demo/station.keys"
echo "smoke 2: demo station created headless in $TMP/demo"

QT_QPA_PLATFORM=offscreen "$APP/xinan" demo --station "$TMP/demo" > "$TMP/gui.out" 2> "$TMP/gui.err" &
GUI_PID=$!
sleep 3
if ! kill -0 "$GUI_PID" 2>/dev/null; then
    echo "smoke 3 FAILED: the desktop exited within 3 s" >&2
    cat "$TMP/gui.err" >&2
    exit 1
fi
kill "$GUI_PID"
wait "$GUI_PID" 2>/dev/null || true
GUI_PID=""
if grep -q "Traceback" "$TMP/gui.err"; then
    echo "smoke 3 FAILED: traceback on stderr" >&2
    cat "$TMP/gui.err" >&2
    exit 1
fi
echo "smoke 3: the desktop ran 3 s offscreen and was terminated"
echo "OK: $APP ($ARCHIVE)"
