#!/usr/bin/env bash
# Build dist/audit-desk_VERSION_amd64.deb: a PyInstaller one-folder bundle in /usr/lib/audit-desk,
# /usr/bin/auditor, a desktop entry with icons, the .auditbundle MIME type and AppStream metainfo.
#
#   packaging/build-deb.sh                      # the checkout this script is in
#   packaging/build-deb.sh --source DIR --version-suffix '~gitabc1234' --out dist/previous
#                                               # another revision (a git worktree), same recipe
#
# Needs: python3 with venv, dpkg-dev (dpkg-deb, dpkg-shlibdeps); lintian, desktop-file-utils and
# appstream for the checks (skipped with a note when missing). Network: PyPI, for the build venv.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
SOURCE="$ROOT"
OUT="$ROOT/dist"
VERSION_SUFFIX=""
# Debian's own Python by default: its extension modules are built with Debian's hardening flags
# and carry no build-machine RUNPATH (a pyenv or self-built Python would point into /root/...).
PYTHON="${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}"
MAINTAINER="${MAINTAINER:-The audit desk authors <audit-desk@example.com>}"
PYINSTALLER="pyinstaller==6.22.3"  # pinned: a new PyInstaller changes the bundle; bump on purpose

while [ $# -gt 0 ]; do
    case "$1" in
        --source) SOURCE="$(cd "$2" && pwd)"; shift 2 ;;
        --out) mkdir -p "$2"; OUT="$(cd "$2" && pwd)"; shift 2 ;;
        --version-suffix) VERSION_SUFFIX="$2"; shift 2 ;;
        *) echo "build-deb.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

# One build folder per source tree, so building an older revision never mixes with this one.
BUILD="$ROOT/build/deb-$(printf '%s %s' "$SOURCE" "$PYTHON" | md5sum | cut -c1-8)"
VENV="$BUILD/venv"
STAGE="$BUILD/root"
mkdir -p "$BUILD" "$OUT"
started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - started ))"; }

step "build environment: $VENV"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
# The project itself, not editable: the bundle takes the wheel's files and metadata.
"$VENV/bin/pip" install -q --upgrade pip
"$VENV/bin/pip" install -q --force-reinstall --no-deps "$SOURCE"
"$VENV/bin/pip" install -q "$SOURCE" "$PYINSTALLER"
VERSION="$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("audit-desk"))')"
DEB_VERSION="$VERSION$VERSION_SUFFIX"
echo "audit-desk $DEB_VERSION from $SOURCE"

step "icons"
"$VENV/bin/python" "$HERE/make_icon.py" "$BUILD/icons"

step "PyInstaller one-folder bundle"
AUDIT_DESK_SYSTEM_LIBS=debian AUDIT_DESK_ICONS="$BUILD/icons" "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" "$HERE/audit-desk.spec"
BUNDLE="$BUILD/dist/audit-desk"
# The bundle must start on the build machine before it is packaged.
QT_QPA_PLATFORM=offscreen "$BUNDLE/auditor" --version

step "staging the package tree"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/bin" "$STAGE/usr/lib" "$STAGE/usr/share/doc/audit-desk" \
    "$STAGE/usr/share/applications" "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/metainfo" \
    "$STAGE/usr/share/man/man1" "$STAGE/usr/share/lintian/overrides" "$STAGE/usr/share/icons"
cp -a "$BUNDLE" "$STAGE/usr/lib/audit-desk"
ln -s ../lib/audit-desk/auditor "$STAGE/usr/bin/auditor"
cp -a "$BUILD/icons/hicolor" "$STAGE/usr/share/icons/"
DATE_RFC="$(date -R)"
DATE_ISO="$(date +%Y-%m-%d)"
install -m 644 "$HERE/linux/com.auditdesk.AuditDesk.desktop" "$STAGE/usr/share/applications/"
install -m 644 "$HERE/linux/audit-desk-mime.xml" "$STAGE/usr/share/mime/packages/audit-desk.xml"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$DATE_ISO/" "$HERE/linux/com.auditdesk.AuditDesk.metainfo.xml" \
    > "$STAGE/usr/share/metainfo/com.auditdesk.AuditDesk.metainfo.xml"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$DATE_ISO/" "$HERE/linux/auditor.1" \
    | gzip -9n > "$STAGE/usr/share/man/man1/auditor.1.gz"
install -m 644 "$HERE/linux/copyright" "$STAGE/usr/share/doc/audit-desk/copyright"
install -m 644 "$HERE/linux/lintian-overrides" "$STAGE/usr/share/lintian/overrides/audit-desk"
printf 'audit-desk (%s) bookworm; urgency=medium\n\n  * Built from the audit desk sources; see CHANGELOG.md for what changed.\n\n -- %s  %s\n' \
    "$DEB_VERSION" "$MAINTAINER" "$DATE_RFC" | gzip -9n > "$STAGE/usr/share/doc/audit-desk/changelog.gz"
# Files readable by all, directories traversable; nothing group-writable; shared objects not
# executable (lintian checks all three).
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE/usr" -type f -exec chmod go-w {} +
find "$STAGE/usr/lib/audit-desk/_internal" -type f -name '*.so*' -exec chmod 644 {} +

step "strip debugging symbols (as dh_strip would)"
# Only what still has them (wheels ship most libraries stripped; patchelf'd ones are left alone),
# and never the bootloader: its archive of entry scripts follows the ELF sections.
stripped=0
while IFS= read -r -d '' f; do
    if file -b "$f" | grep -q 'ELF.*not stripped'; then
        strip --strip-unneeded --remove-section=.comment --remove-section=.note "$f"
        stripped=$((stripped + 1))
    fi
done < <(find "$STAGE/usr/lib/audit-desk/_internal" -type f -name '*.so*' -print0)
echo "$stripped files stripped"
# The staged bundle must still work after stripping: the whole self-test, offscreen (a revision
# older than the self-test, built for the upgrade test, builds the demo audit instead).
if [ -f "$SOURCE/auditor/selftest.py" ]; then
    QT_QPA_PLATFORM=offscreen "$STAGE/usr/lib/audit-desk/auditor" --self-test
else
    smoke="$(mktemp -d)"
    "$STAGE/usr/lib/audit-desk/auditor" --workspace "$smoke/w.auditdesk" demo
    rm -rf "$smoke"
fi

step "system libraries the bundle needs (dpkg-shlibdeps over every ELF file)"
# Libraries found inside the bundle are its own; for everything else dpkg-shlibdeps names the
# Debian package. The Qt xcb set the README lists is declared explicitly as well: Qt loads some
# of it through plugins, and the README and the package must agree.
SHLIB="$BUILD/shlibdeps"
rm -rf "$SHLIB" && mkdir -p "$SHLIB/debian"
printf 'Source: audit-desk\n\nPackage: audit-desk\nArchitecture: amd64\n' > "$SHLIB/debian/control"
mapfile -t elves < <(find "$STAGE/usr/lib/audit-desk" -type f \( -name '*.so*' -o -name auditor \) \
    -exec sh -c 'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
libdirs=()
while IFS= read -r dir; do libdirs+=("-l$dir"); done < <(printf '%s\n' "${elves[@]}" | xargs -n1 dirname | sort -u)
(cd "$SHLIB" && dpkg-shlibdeps --ignore-missing-info -O "${libdirs[@]}" "${elves[@]}" 2>"$SHLIB/warnings") \
    | sed -n 's/^shlibs:Depends=//p' > "$SHLIB/depends"
grep -v "no dependency information found\|could avoid a useless dependency\|binaries to analyze should already be" "$SHLIB/warnings" >&2 || true
README_QT_LIBS="libegl1, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0"
DEPENDS="$(cat "$SHLIB/depends")"
for lib in ${README_QT_LIBS//,/ }; do  # each README library once, versioned where shlibdeps was
    case ", $DEPENDS," in *", $lib,"* | *", $lib ("*) ;; *) DEPENDS="$DEPENDS, $lib" ;; esac
done
DEPENDS="$(printf '%s' "$DEPENDS" | tr ',' '\n' | sed 's/^ *//;s/ *$//' | grep -v '^$' | sort -u | paste -sd, | sed 's/,/, /g')"
echo "Depends: $DEPENDS"

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: audit-desk
Version: $DEB_VERSION
Architecture: amd64
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: xdg-utils, shared-mime-info, desktop-file-utils, hicolor-icon-theme
Section: misc
Priority: optional
Description: mystery-shopper audit desk: checklists, evidence and client reports
 A desktop application for mystery shoppers and customer-experience auditors: a
 detail-focused checklist per touchpoint (website, phone, e-mail, shop, home
 visit, social media), answers, notes, photos and screenshots kept in one file
 on the laptop, scores, automated text, image and site checks, and the client's
 PDF report. It works offline. The command is auditor; auditor --self-test
 checks an installation.
CONTROL
(cd "$STAGE" && find usr -type f -exec md5sum {} + | sort -k2) > "$STAGE/DEBIAN/md5sums"
chmod 644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

step "checks of the desktop files"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$STAGE/usr/share/applications/com.auditdesk.AuditDesk.desktop"
else
    echo "desktop-file-validate not installed: skipped (apt-get install desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$STAGE/usr/share/metainfo/com.auditdesk.AuditDesk.metainfo.xml"
else
    echo "appstreamcli not installed: skipped (apt-get install appstream)"
fi

step "dpkg-deb"
DEB="$OUT/audit-desk_${DEB_VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zxz -z9 --build "$STAGE" "$DEB"

step "lintian"
if command -v lintian >/dev/null; then
    # Errors and warnings fail the build; every tag overridden is explained in lintian-overrides.
    lintian --fail-on error,warning --info --display-info "$DEB"
else
    echo "lintian not installed: skipped (apt-get install lintian)"
fi

step "done"
printf '%s: %s MB (.deb), %s MB installed\n' "$DEB" \
    "$(du -m "$DEB" | cut -f1)" "$(( INSTALLED_KB / 1024 ))"
