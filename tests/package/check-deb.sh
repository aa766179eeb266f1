#!/usr/bin/env bash
# Builds the .deb from a build tree with cpack, unpacks it into a scratch
# root and checks what it would install and what it declares.
# usage: check-deb.sh CPACK BUILD_DIR SCRATCH_DIR VERSION
set -euo pipefail
cpack=$1 build=$2 scratch=$3 version=$4
app=org.rapport.Rapport
# The programs' output is compared in English, whatever the machine's language.
export LC_ALL=C LANGUAGE=C

rm -rf "$scratch"
mkdir -p "$scratch"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log" >&2
  echo "check-deb: cpack failed" >&2
  exit 1
fi
debs=("$scratch"/out/rapport_*.deb)
if [ "${#debs[@]}" -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "check-deb: expected one rapport_*.deb in $scratch/out, found: ${debs[*]}" >&2
  exit 1
fi
deb=${debs[0]}
root=$scratch/root
dpkg-deb -x "$deb" "$root"

failures=0
fail() {
  echo "check-deb: $*" >&2
  failures=$((failures + 1))
}
expect_file() {
  [ -f "$root/$1" ] || fail "missing /$1"
}

# Everything lands under /usr: nothing in /etc, /opt or the build's prefix.
outside=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$outside" ] || fail "installs outside /usr: $outside"

for program in rapport rapport-cli; do
  path=usr/bin/$program
  if [ ! -f "$root/$path" ] || [ ! -x "$root/$path" ]; then
    fail "/$path is missing or not executable"
    continue
  fi
  # With its symbols a debug build's binary is several times the size.
  [[ "$(file -b "$root/$path")" == *'not stripped'* ]] && fail "/$path is not stripped"
  expect_file "usr/share/man/man1/$program.1.gz"
  page=$(zcat "$root/usr/share/man/man1/$program.1.gz" 2>/dev/null || true)
  grep -qi "^\.TH \"*$program\"* " <<<"$page" ||
    fail "/usr/share/man/man1/$program.1.gz is not $program's manual page"
done

# The packaged binaries run against the system's libraries.
usage=$("$root/usr/bin/rapport-cli" --help 2>&1 || true)
grep -q '^usage: rapport-cli' <<<"$usage" || fail "the packaged rapport-cli does not run: $usage"
reported=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/rapport" --version 2>"$scratch/rapport.err" || true)
[ "$reported" = "rapport $version" ] ||
  fail "the packaged rapport reports '$reported', not version $version: $(cat "$scratch/rapport.err")"

# IMAP is a module the programs load on first use (net/CMakeLists.txt says
# why): they do not link its libraries, and it sits where they look for it.
module=usr/lib/rapport/librapport_imap.so
expect_file "$module"
if [ -f "$root/$module" ]; then
  [[ "$(file -b "$root/$module")" == *'not stripped'* ]] && fail "/$module is not stripped"
  needed=$(objdump -p "$root/$module" | awk '$1 == "NEEDED" {print $2}')
  [[ "$needed" == *libvmime* ]] || fail "/$module does not link VMime"
fi
for program in rapport rapport-cli; do
  [ -f "$root/usr/bin/$program" ] || continue
  needed=$(objdump -p "$root/usr/bin/$program" | awk '$1 == "NEEDED" {print $2}')
  [[ "$needed" != *libvmime* && "$needed" != *libgnutls* ]] ||
    fail "/usr/bin/$program links VMime or GnuTLS itself: IMAP belongs in /$module"
done

desktop=usr/share/applications/$app.desktop
expect_file "$desktop"
if [ -f "$root/$desktop" ]; then
  exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/$desktop")
  [ -x "$root/usr/bin/$exec_program" ] || fail "/$desktop starts '$exec_program', not in /usr/bin"
  grep -qx "Icon=$app" "$root/$desktop" || fail "/$desktop does not name the icon $app"
fi

metainfo=usr/share/metainfo/$app.metainfo.xml
expect_file "$metainfo"
if [ -f "$root/$metainfo" ]; then
  releases=$(grep -o '<release version="[^"]*"' "$root/$metainfo" || true)
  newest=$(cut -d'"' -f2 <<<"${releases%%$'\n'*}")
  [ "$newest" = "$version" ] || fail "/$metainfo: newest release is '$newest', the package is $version"
  grep -q "<launchable type=\"desktop-id\">$app.desktop</launchable>" "$root/$metainfo" ||
    fail "/$metainfo does not launch $app.desktop"
fi

expect_file usr/share/doc/rapport/copyright
changelog=usr/share/doc/rapport/changelog.gz
expect_file "$changelog"
if [ -f "$root/$changelog" ]; then
  zcat "$root/$changelog" >"$scratch/changelog"
  newest=$(dpkg-parsechangelog --file "$scratch/changelog" --show-field Version)
  [ "$newest" = "$version" ] || fail "/$changelog: newest entry is '$newest', the package is $version"
fi

icons=usr/share/icons/hicolor
expect_file "$icons/scalable/apps/$app.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  png=$icons/${size}x${size}/apps/$app.png
  expect_file "$png"
  [ -f "$root/$png" ] && [[ "$(file -b "$root/$png")" != "PNG image data, $size x $size,"* ]] &&
    fail "/$png is not a $size×$size PNG: $(file -b "$root/$png")"
done

# Outputs are kept and then matched: with pipefail, `x | grep -q` fails
# whenever grep stops reading before x has written everything.
field() {
  dpkg-deb --field "$deb" "$1"
}
expect_field() {
  local actual
  actual=$(field "$1")
  [ "$actual" = "$2" ] || fail "field $1 is '$actual', expected '$2'"
}
expect_field Package rapport
expect_field Version "$version"
expect_field Architecture "$(dpkg --print-architecture)"
expect_field Section misc
expect_field Priority optional
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
description=$(field Description)
[[ "${description%%$'\n'*}" == *'pre-Match communication tracker'* ]] || fail "no Description"
[ "$(wc -l <<<"$description")" -gt 2 ] || fail "the Description has no long text"
depends=$(field Depends)
# dpkg-shlibdeps computed these, with versions; the plugins are named by hand.
for dependency in 'libc6 (>=' 'libqt6widgets6 (>=' 'libqt6sql6 (>=' 'libgmime-3.0-0 (>=' \
  'libsqlite3-0 (>=' 'libvmime1 (>=' libqt6sql6-sqlite libqt6svg6 libsecret-1-0; do
  [[ $depends == *"$dependency"* ]] || fail "Depends lacks $dependency: $depends"
done
[[ $(field Recommends) == *hunspell-en-us* ]] || fail "Recommends lacks hunspell-en-us"

if [ "$failures" -ne 0 ]; then
  echo "check-deb: $failures problems in $deb" >&2
  exit 1
fi
echo "check-deb: $deb installs Rapport $version"
