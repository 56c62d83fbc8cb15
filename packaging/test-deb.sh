#!/usr/bin/env bash
# Test the .deb as an auditor's machine would get it: a fresh minimal Debian 12 (debootstrap
# --variant=minbase) with nothing but what the package declares.
#
#   packaging/test-deb.sh [DEB]      # default: the newest dist/audit-desk_*_amd64.deb
#
# 1. install: every ELF file's libraries resolve (ldd), `auditor --version`, `auditor --self-test`,
#    the window's cold start (page cache dropped), desktop entry, icons, MIME type, metainfo;
#    a screenshot of the installed app on a virtual X display when Xvfb is available;
# 2. upgrade: the previous package writes a workspace (the demo audit), this one is installed over
#    it, the workspace migrates and its audits and scores are the same;
# 3. removal: `apt-get remove` and `purge` take the program away and leave the user's workspace.
#
# The previous package is dist/previous/audit-desk_*_amd64.deb; when missing it is built from
# PREVIOUS_REF (default: the last revision before schema 4, so the upgrade runs a real migration)
# in a git worktree with this checkout's build-deb.sh. The debootstrap result is cached in
# ~/.cache/audit-desk-packaging/ (delete it to start from the mirror again). Runs as root.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
SUITE=bookworm
PREVIOUS_REF="${PREVIOUS_REF:-b89433e6a055d7892f774531766bf5b2074eeb24}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/audit-desk-packaging"
BASE_TARBALL="$CACHE/$SUITE-minbase.tar.gz"
RESULTS="$ROOT/dist/test-deb"
DISPLAY_NUMBER=97
started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - started ))"; }
fail() { printf '\ntest-deb.sh: FAILED: %s\n' "$1" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap, chroot and mounts need it)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install debootstrap"

DEB="${1:-$(find "$ROOT/dist" -maxdepth 1 -name 'audit-desk_*_amd64.deb' | sort -V | tail -n1)}"
[ -f "$DEB" ] || fail "no package to test: run packaging/build-deb.sh first"
DEB="$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")"
VERSION="$(dpkg-deb -f "$DEB" Version)"
mkdir -p "$CACHE" "$RESULTS"
echo "testing $DEB ($VERSION, $(du -m "$DEB" | cut -f1) MB)"

# The mirror this machine's apt uses (deb822 sources first, then the one-line format).
mirror() {
    local uri
    uri="$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -m1 debian || true)"
    [ -n "$uri" ] || uri="$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -m1 debian || true)"
    echo "${MIRROR:-${uri:-http://deb.debian.org/debian}}"
}

CHROOTS=()
XVFB_PID=""
WORKTREE=""
cleanup() {
    local dir
    for dir in "${CHROOTS[@]}"; do
        for mnt in tmp/.X11-unix dev/pts dev proc; do
            mountpoint -q "$dir/$mnt" && umount -l "$dir/$mnt"
        done
        rm -rf --one-file-system "$dir"
    done
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
    if [ -n "$WORKTREE" ]; then git -C "$ROOT" worktree remove --force "$WORKTREE" 2>/dev/null || true; fi
}
trap cleanup EXIT
# Whatever stops the script names the line (set -e would otherwise stop it silently).
trap 'echo "test-deb.sh: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

# A fresh chroot from the cached debootstrap tarball; prints its folder.
new_chroot() {
    if [ ! -f "$BASE_TARBALL" ]; then
        local tmp
        tmp="$(mktemp -d /tmp/audit-desk-debootstrap.XXXXXX)"
        debootstrap --variant=minbase "$SUITE" "$tmp" "$(mirror)" >&2
        tar -C "$tmp" -czf "$BASE_TARBALL.part" . && mv "$BASE_TARBALL.part" "$BASE_TARBALL"
        rm -rf --one-file-system "$tmp"
    fi
    local dir
    dir="$(mktemp -d /tmp/audit-desk-chroot.XXXXXX)"
    tar -C "$dir" -xzf "$BASE_TARBALL"
    mount -t proc proc "$dir/proc"
    mount --bind /dev "$dir/dev"
    mount --bind /dev/pts "$dir/dev/pts"
    mkdir -p "$dir/tmp/.X11-unix"
    if [ -d /tmp/.X11-unix ]; then mount --bind /tmp/.X11-unix "$dir/tmp/.X11-unix"; fi
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
    printf 'deb %s %s main\n' "$(mirror)" "$SUITE" > "$dir/etc/apt/sources.list"
    echo "$dir"
}

# Run a command in a chroot as a user's session would: a clean environment, HOME=/root.
in_chroot() {
    local dir="$1"; shift
    chroot "$dir" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

install_deb() {
    local dir="$1" deb="$2"
    cp "$deb" "$dir/tmp/"
    # --no-install-recommends: the package must work with its Depends alone.
    in_chroot "$dir" apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
        > "$RESULTS/apt-install-$(basename "$deb").log" 2>&1 \
        || { tail -20 "$RESULTS/apt-install-$(basename "$deb").log" >&2; fail "apt-get install $(basename "$deb")"; }
}

ms_now() { date +%s%N | cut -c1-13; }

# Time from the process start to the app's "shown" line (AUDITOR_STARTUP_PROBE, as the benchmark).
time_start() {
    local dir="$1" platform="$2" t0 line
    sync
    echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true  # a container may refuse: then warm
    t0=$(ms_now)
    while IFS= read -r line; do
        if [ "$line" = shown ]; then echo "shown $(( $(ms_now) - t0 )) ms"; fi
        if [ "$line" = ready ]; then echo "ready $(( $(ms_now) - t0 )) ms"; fi
    done < <(in_chroot "$dir" env AUDITOR_STARTUP_PROBE=1 QT_QPA_PLATFORM="$platform" \
        DISPLAY=":$DISPLAY_NUMBER" auditor --workspace /root/timing.auditdesk 2>/dev/null)
}

if command -v Xvfb >/dev/null; then
    Xvfb ":$DISPLAY_NUMBER" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
    PLATFORM=xcb  # the real X11 plugin, with only the declared libraries
else
    PLATFORM=offscreen
    echo "Xvfb not installed: the window is tested offscreen only, no screenshot"
fi

# --- 1. install ----------------------------------------------------------------------------
step "fresh $SUITE chroot (minbase)"
FRESH="$(new_chroot)"
CHROOTS+=("$FRESH")
in_chroot "$FRESH" apt-get update -q > "$RESULTS/apt-update.log" 2>&1 || fail "apt-get update in the chroot"
before=$(in_chroot "$FRESH" dpkg-query -W -f '.\n' | wc -l)

step "install $(basename "$DEB")"
install_deb "$FRESH" "$DEB"
after=$(in_chroot "$FRESH" dpkg-query -W -f '.\n' | wc -l)
echo "installed with $(( after - before - 1 )) dependencies (minbase had $before packages)"

step "every library of the bundle resolves (ldd)"
# PyInstaller's bootloader puts _internal on the library path; ldd is told the same.
# shellcheck disable=SC2016  # $f is expanded by the chroot's shell
in_chroot "$FRESH" sh -c 'find /usr/lib/audit-desk -type f \( -name "*.so*" -o -name auditor \) \
    | while read -r f; do LD_LIBRARY_PATH=/usr/lib/audit-desk/_internal ldd "$f" 2>/dev/null \
    | sed -n "s|^\t\(.*\) => not found|$f: \1|p"; done' > "$RESULTS/ldd-missing.txt"
if [ -s "$RESULTS/ldd-missing.txt" ]; then
    cat "$RESULTS/ldd-missing.txt" >&2
    fail "libraries missing in the chroot (see above): declare them in Depends"
fi
echo "no library missing"

step "auditor --version"
got="$(in_chroot "$FRESH" auditor --version)"
echo "$got"
[ "$got" = "auditor ${VERSION%%~*}" ] || fail "auditor --version says '$got', the package is $VERSION"

step "auditor --self-test"
t0=$(ms_now)
in_chroot "$FRESH" auditor --self-test 2>"$RESULTS/self-test.stderr" | tee "$RESULTS/self-test.txt" \
    || { cat "$RESULTS/self-test.stderr" >&2; fail "auditor --self-test"; }
echo "self-test process: $(( $(ms_now) - t0 )) ms"

step "desktop integration files"
for f in /usr/bin/auditor /usr/share/applications/com.auditdesk.AuditDesk.desktop \
    /usr/share/icons/hicolor/48x48/apps/audit-desk.png /usr/share/icons/hicolor/256x256/apps/audit-desk.png \
    /usr/share/mime/packages/audit-desk.xml /usr/share/metainfo/com.auditdesk.AuditDesk.metainfo.xml \
    /usr/share/doc/audit-desk/copyright /usr/lib/audit-desk/_internal/LICENSE /usr/lib/audit-desk/_internal/NOTICE; do
    [ -e "$FRESH$f" ] || fail "$f is not installed"
done
# With shared-mime-info present (a desktop has it), dpkg's trigger registers the bundle type.
in_chroot "$FRESH" apt-get install -y -q --no-install-recommends shared-mime-info > /dev/null 2>&1
[ -f "$FRESH/usr/share/mime/application/x-audit-desk-bundle.xml" ] || fail "MIME type not registered"
echo "desktop entry, icons, MIME type (registered by shared-mime-info), metainfo, licences: present"

step "cold start of the window ($PLATFORM; page cache dropped before each)"
in_chroot "$FRESH" auditor --workspace /root/timing.auditdesk demo > /dev/null
for run in 1 2 3; do
    printf 'run %s: %s\n' "$run" "$(time_start "$FRESH" "$PLATFORM" | paste -sd' ')"
done | tee "$RESULTS/cold-start.txt"

if [ "$PLATFORM" = xcb ] && command -v import >/dev/null; then
    step "screenshot of the installed app (Xvfb :$DISPLAY_NUMBER)"
    # chroot and env exec the app: $! is the app itself, so it can be closed by its own id.
    chroot "$FRESH" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 DISPLAY=":$DISPLAY_NUMBER" \
        auditor --workspace /root/timing.auditdesk > "$RESULTS/screenshot-app.log" 2>&1 &
    app_pid=$!
    sleep 8
    import -display ":$DISPLAY_NUMBER" -window root "$RESULTS/installed-app.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    echo "$RESULTS/installed-app.png"
fi

# --- 2. upgrade ----------------------------------------------------------------------------
mkdir -p "$ROOT/dist/previous"
PREVIOUS="$(find "$ROOT/dist/previous" -maxdepth 1 -name 'audit-desk_*_amd64.deb' | sort -V | tail -n1)"
if [ -z "$PREVIOUS" ]; then
    step "build the previous package from $PREVIOUS_REF (git worktree)"
    WORKTREE="$(mktemp -d /tmp/audit-desk-previous.XXXXXX)"
    rmdir "$WORKTREE"
    git -C "$ROOT" worktree add --detach "$WORKTREE" "$PREVIOUS_REF" > /dev/null
    short="$(git -C "$ROOT" rev-parse --short "$PREVIOUS_REF")"
    # "~": sorts before the release it leads to, so dpkg sees this package as an upgrade.
    "$HERE/build-deb.sh" --source "$WORKTREE" --version-suffix "~git$short" --out "$ROOT/dist/previous" \
        > "$RESULTS/build-previous.log" 2>&1 || { tail -30 "$RESULTS/build-previous.log" >&2; fail "building the previous package"; }
    git -C "$ROOT" worktree remove --force "$WORKTREE"
    WORKTREE=""
    PREVIOUS="$(find "$ROOT/dist/previous" -maxdepth 1 -name 'audit-desk_*_amd64.deb' | sort -V | tail -n1)"
fi
PREVIOUS_VERSION="$(dpkg-deb -f "$PREVIOUS" Version)"
dpkg --compare-versions "$PREVIOUS_VERSION" lt "$VERSION" || fail "$PREVIOUS_VERSION is not older than $VERSION"

step "upgrade: $PREVIOUS_VERSION writes a workspace"
UP="$(new_chroot)"
CHROOTS+=("$UP")
in_chroot "$UP" apt-get update -q > /dev/null 2>&1 || fail "apt-get update in the upgrade chroot"
install_deb "$UP" "$PREVIOUS"
# The default workspace, as an auditor's would be: ~/.local/share/audit-desk/workspace.auditdesk.
audit_id="$(in_chroot "$UP" auditor demo | tail -n1)"
in_chroot "$UP" auditor list --json > "$RESULTS/list-before.json"
in_chroot "$UP" auditor score "$audit_id" --json > "$RESULTS/score-before.json"
WORKSPACE=/root/.local/share/audit-desk/workspace.auditdesk
[ -f "$UP$WORKSPACE" ] || fail "the previous package did not write $WORKSPACE"

step "upgrade: install $VERSION over it"
install_deb "$UP" "$DEB"
# shellcheck disable=SC2016  # ${Version} is dpkg-query's field, not a shell variable
[ "$(in_chroot "$UP" dpkg-query -W -f '${Version}' audit-desk)" = "$VERSION" ] || fail "the upgrade did not install $VERSION"
in_chroot "$UP" auditor list --json > "$RESULTS/list-after.json" || fail "auditor list after the upgrade"
in_chroot "$UP" auditor score "$audit_id" --json > "$RESULTS/score-after.json" || fail "auditor score after the upgrade"
in_chroot "$UP" auditor history "$audit_id" > "$RESULTS/history-after.txt" || fail "auditor history after the upgrade"
# Nothing lost: the same audits with the same fields, the same scores; the answer log of the old
# schema is the new history.
python3 - "$RESULTS" <<'PY' || fail "the workspace changed in the upgrade (see above)"
import json, sys
from pathlib import Path
r = Path(sys.argv[1])
before, after = (json.loads((r / f"list-{w}.json").read_text()) for w in ("before", "after"))
common = lambda rows, keys: [{k: row[k] for k in keys} for row in rows]
keys = set(before[0]) & set(after[0])
assert common(before, keys) == common(after, keys), (before, after)
assert json.loads((r / "score-before.json").read_text()) == json.loads((r / "score-after.json").read_text())
history = (r / "history-after.txt").read_text().splitlines()
assert len(history) > 10, history
print(f"{len(after)} audit(s), fields {sorted(keys)} and scores unchanged; {len(history)} history lines")
PY
in_chroot "$UP" auditor --self-test > /dev/null 2>&1 || fail "auditor --self-test after the upgrade"

# --- 3. removal ----------------------------------------------------------------------------
step "removal: remove, then purge; the workspace stays"
size_before="$(stat -c %s "$UP$WORKSPACE")"
in_chroot "$UP" apt-get remove -y -q audit-desk > /dev/null 2>&1 || fail "apt-get remove"
if [ -e "$UP/usr/bin/auditor" ] || [ -e "$UP/usr/lib/audit-desk" ]; then fail "files left after remove"; fi
# Purge from an installed package (a purge after a remove has nothing left to do): install again.
install_deb "$UP" "$DEB"
in_chroot "$UP" apt-get purge -y -q audit-desk > "$RESULTS/apt-purge.log" 2>&1 || fail "apt-get purge"
if in_chroot "$UP" dpkg-query -W audit-desk > /dev/null 2>&1; then fail "audit-desk still known to dpkg after purge"; fi
[ -f "$UP$WORKSPACE" ] || fail "the workspace was deleted"
[ "$(stat -c %s "$UP$WORKSPACE")" = "$size_before" ] || fail "the workspace changed on removal"
echo "program removed; $WORKSPACE kept ($size_before bytes)"

step "passed: install, self-test, cold start, upgrade from $PREVIOUS_VERSION, removal"
