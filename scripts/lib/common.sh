# Shared by scripts/run and scripts/test: install what is missing, then
# configure and build incrementally into build/.

# Every Debian package Rapport needs to build, test and run.
RAPPORT_PACKAGES=(
  build-essential cmake pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev libqt6svg6
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libsqlite3-dev libgtest-dev
  libgmime-3.0-dev libical-dev python3 python3-icalendar
  libhunspell-dev hunspell-en-us hunspell-en-med
  libfasttext-dev
  fonts-dejavu-core
  poppler-utils
  # Mail capture (net/): IMAP, certificates, the keyring, and the real
  # Dovecot and gnome-keyring its tests start on a private port and bus.
  libvmime-dev libgnutls28-dev qtkeychain-qt6-dev libsecret-1-0
  dovecot-imapd gnome-keyring dbus openssl
  # The .deb, its icons and manual pages, and the checks of them.
  librsvg2-bin help2man dpkg-dev file desktop-file-utils appstream
)

rapport_root() {
  cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "rapport: installing packages needs root, and sudo is not installed: run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
}

ensure_packages() {
  local missing=() pkg
  for pkg in "${RAPPORT_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  echo "rapport: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# What `scripts/test --full` needs on top: libFuzzer comes with clang.
RAPPORT_FULL_PACKAGES=(clang)

# build_rapport [PRESET [TARGET...]]: the dev preset (debug, warnings are
# errors, into build/) unless told otherwise; every other preset builds
# into build-PRESET/ (release, asan, fuzz).
build_rapport() {
  local root preset dir
  root=$(rapport_root)
  preset=${1:-dev}
  shift || true
  cd "$root"
  dir=$([ "$preset" = dev ] && echo build || echo "build-$preset")
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake --preset "$preset"
  fi
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
}
