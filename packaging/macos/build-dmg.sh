#!/usr/bin/env bash
# Build dist/audit-desk-VERSION.dmg on macOS: the PyInstaller .app from the shared spec, in a
# compressed disk image with a link to /Applications. Not run on the Debian build machine: the
# CI workflow .github/workflows/packages.yml runs it on macos-latest (see docs/install.md).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$ROOT/build/macos"
[ "$(uname -s)" = Darwin ] || { echo "build-dmg.sh: runs on macOS only (hdiutil)" >&2; exit 2; }

python3 -m venv "$BUILD/venv"
"$BUILD/venv/bin/pip" install -q --upgrade pip
"$BUILD/venv/bin/pip" install -q "${ROOT}[packaging]"
VERSION="$("$BUILD/venv/bin/python" -c 'from importlib.metadata import version; print(version("audit-desk"))')"
"$BUILD/venv/bin/python" "$ROOT/packaging/make_icon.py" "$BUILD/icons"
AUDIT_DESK_ICONS="$BUILD/icons" "$BUILD/venv/bin/pyinstaller" --noconfirm --clean \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" "$ROOT/packaging/audit-desk.spec"
APP="$BUILD/dist/Audit Desk.app"
# The app must start before it is shipped: its own self-test, offscreen.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/auditor" --self-test
# Ad-hoc signature: Apple Silicon refuses unsigned code. A Developer ID signature and notarisation
# (codesign --options runtime, xcrun notarytool) need the authors' certificate: see docs/install.md.
codesign --force --deep --sign - "$APP"

STAGE="$BUILD/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
cp "$ROOT/LICENSE" "$ROOT/NOTICE" "$STAGE/"
mkdir -p "$ROOT/dist"
DMG="$ROOT/dist/audit-desk-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "Audit Desk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "$DMG: $(du -m "$DMG" | cut -f1) MB"
