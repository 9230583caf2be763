#!/bin/sh
# Check a built Meldpunt Kiosk Debian package, for CI and release managers.
#
# Usage: packaging/check-package.sh PACKAGE.deb [CONTENT-PACK.rcc]
#
# Runs lintian (fails on errors), desktop-file-validate, appstreamcli validate
# --no-net, man page warnings, systemd-analyze verify and security on the
# kiosk unit, and the packaged program itself (--version, --search anoniem,
# and --check-content on CONTENT-PACK.rcc when given), with the system's Qt.
# Prints one line per check and a summary; exits 1 when a check fails, 2 on
# bad usage.
#
# Needs (Debian 12): lintian desktop-file-utils appstream systemd man-db cage
#   apt-get install -y lintian desktop-file-utils appstream systemd man-db cage
# (cage for its man page: the unit's Documentation= names man:cage(1).)
# and the package's run-time dependencies (Qt 6) for running the program.
set -u

usage() {
    echo "usage: $0 PACKAGE.deb [CONTENT-PACK.rcc]" >&2
    exit 2
}
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
deb=$1
pack=${2:-}
[ -f "$deb" ] || { echo "$0: no such file: $deb" >&2; exit 2; }
[ -z "$pack" ] || [ -f "$pack" ] || { echo "$0: no such file: $pack" >&2; exit 2; }

app_id=nl.offlimits.MeldpuntKiosk
tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-package.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
root=$tmp/root
log=$tmp/log
passed=0
failed=0

pass() { passed=$((passed + 1)); printf 'PASS  %s\n' "$1"; }
fail() {
    failed=$((failed + 1))
    printf 'FAIL  %s\n' "$1"
    if [ -s "$log" ]; then sed -n '1,40s/^/      /p' "$log"; fi
}
# check NAME COMMAND...: run COMMAND with its output in $log; pass on status 0.
check() {
    name=$1
    shift
    if "$@" >"$log" 2>&1; then pass "$name"; else fail "$name"; fi
}
need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    : >"$log"
    fail "$2 ($1 is not installed)"
    return 1
}

# --- The package as a whole --------------------------------------------------
if need lintian "lintian"; then
    # lintian exits non-zero on tags of severity error; show everything else.
    if lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$log" 2>&1; then
        pass "lintian: no errors ($(grep -c '^W:' "$log") warnings, $(grep -c '^I:' "$log") info)"
        grep -E '^[WI]:' "$log" | sed 's/^/      /'
    else
        fail "lintian: errors"
    fi
fi

mkdir -p "$root"
check "dpkg-deb: extracts" dpkg-deb -x "$deb" "$root" || true
dpkg-deb -f "$deb" Depends >"$tmp/depends" 2>/dev/null
for dep in qt6-wayland qt6-qpa-plugins libqt6widgets6; do
    printf 'Depends: %s\n' "$(cat "$tmp/depends")" >"$log"
    if grep -q "$dep" "$tmp/depends"; then pass "Depends: $dep"; else fail "Depends: $dep"; fi
done
dpkg-deb --ctrl-tarfile "$deb" | tar -xOf - ./conffiles >"$tmp/conffiles" 2>/dev/null
cp "$tmp/conffiles" "$log"
# The settings file is made by postinst, never a conffile (no prompt on upgrades).
if grep -q meldpunt-kiosk/kiosk.conf "$tmp/conffiles"; then
    fail "conffiles: kiosk.conf is not a conffile"
else
    pass "conffiles: kiosk.conf is not a conffile"
fi
for dep in cage seatd libpam-systemd; do
    printf 'Depends: %s\n' "$(cat "$tmp/depends")" >"$log"
    if grep -qw "$dep" "$tmp/depends"; then pass "Depends: $dep"; else fail "Depends: $dep"; fi
done

# --- Files in the package -----------------------------------------------------
for f in usr/bin/meldpunt-kiosk \
         "usr/share/applications/$app_id.desktop" \
         "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "usr/share/icons/hicolor/48x48/apps/$app_id.png" \
         "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         usr/share/man/man1/meldpunt-kiosk.1.gz \
         usr/share/doc/meldpunt-kiosk/copyright \
         usr/share/doc/meldpunt-kiosk/changelog.gz \
         usr/share/meldpunt-kiosk/kiosk.conf \
         usr/lib/systemd/system/meldpunt-kiosk.service \
         usr/lib/sysusers.d/meldpunt-kiosk.conf \
         usr/libexec/meldpunt-kiosk/kiosk-session; do
    : >"$log"
    if [ -e "$root/$f" ]; then pass "ships /$f"; else fail "ships /$f"; fi
done

if need desktop-file-validate "desktop-file-validate"; then
    # desktop-file-validate exits 0 on hints; treat any output as a failure.
    if desktop-file-validate "$root/usr/share/applications/$app_id.desktop" >"$log" 2>&1 && [ ! -s "$log" ]; then
        pass "desktop-file-validate: clean"
    else
        fail "desktop-file-validate"
    fi
fi
if need appstreamcli "appstreamcli"; then
    check "appstreamcli validate --no-net" \
        appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
    check "appstreamcli validate-tree --no-net" appstreamcli validate-tree --no-net "$root"
fi
if need man "man page"; then
    if MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/meldpunt-kiosk.1.gz" 2>"$log" >/dev/null \
        && [ ! -s "$log" ]; then
        pass "man page: renders without warnings"
    else
        fail "man page: warnings"
    fi
fi
for script in postinst prerm postrm; do
    dpkg-deb --ctrl-tarfile "$deb" | tar -xOf - "./$script" >"$tmp/$script" 2>/dev/null
    check "maintainer script $script: sh syntax" sh -n "$tmp/$script"
done
check "kiosk-session: sh syntax" sh -n "$root/usr/libexec/meldpunt-kiosk/kiosk-session"

# --- The kiosk unit -----------------------------------------------------------
if need systemd-analyze "systemd-analyze"; then
    # verify needs ExecStart= to exist: point it into the extracted tree, and
    # let man find the packaged page for Documentation=man:meldpunt-kiosk(1).
    mkdir -p "$tmp/units"
    sed "/^Exec/s|/usr/libexec/|$root/usr/libexec/|" \
        "$root/usr/lib/systemd/system/meldpunt-kiosk.service" >"$tmp/units/meldpunt-kiosk.service"
    if MANPATH="$root/usr/share/man:" systemd-analyze verify "$tmp/units/meldpunt-kiosk.service" >"$log" 2>&1 \
        && [ ! -s "$log" ]; then
        pass "systemd-analyze verify meldpunt-kiosk.service"
    else
        fail "systemd-analyze verify meldpunt-kiosk.service"
    fi
    # Offline security review; --threshold=20 fails above an exposure of 2.0.
    if systemd-analyze security --offline=yes --threshold=20 "$tmp/units/meldpunt-kiosk.service" >"$log" 2>&1; then
        pass "systemd-analyze security: $(grep -o 'exposure level for .*' "$log" | sed 's/exposure level for //')"
    else
        fail "systemd-analyze security (exposure above 2.0)"
    fi
fi

# --- The program ----------------------------------------------------------------
prog=$root/usr/bin/meldpunt-kiosk
if "$prog" --version >"$log" 2>&1 && [ -s "$log" ]; then
    pass "meldpunt-kiosk --version: $(head -n 1 "$log")"
else
    fail "meldpunt-kiosk --version"
fi
if "$prog" --search anoniem >"$tmp/hits" 2>"$log" && [ -s "$tmp/hits" ]; then
    if command -v python3 >/dev/null 2>&1; then
        if python3 -c '
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    hit = json.loads(line)
    for key in ("kind", "id", "title", "score", "text"):
        if key not in hit:
            sys.exit("line %d: no %r" % (n, key))
    if hit["kind"] not in ("faq", "organisation"):
        sys.exit("line %d: kind %r" % (n, hit["kind"]))
' "$tmp/hits" >"$log" 2>&1; then
            pass "meldpunt-kiosk --search anoniem: $(wc -l <"$tmp/hits") hits, valid JSON Lines"
        else
            fail "meldpunt-kiosk --search anoniem: bad JSON Lines"
        fi
    else
        pass "meldpunt-kiosk --search anoniem: $(wc -l <"$tmp/hits") hits"
    fi
else
    fail "meldpunt-kiosk --search anoniem"
fi
if [ -n "$pack" ]; then
    check "meldpunt-kiosk --check-content $(basename "$pack")" "$prog" --check-content "$pack"
fi

echo
echo "check-package: $(basename "$deb")"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
