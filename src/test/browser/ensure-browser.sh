#!/usr/bin/env bash
# Run by `./mvnw verify` before the integration tests: the browser tests need Debian's chromium and
# chromium-driver, and the PDF report test a CJK font (fonts-wqy-microhei). Installs whichever is
# missing with apt-get (as root, or through sudo without a password); does nothing when all are there.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || packages+=(fonts-wqy-microhei)
[ ${#packages[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need ${packages[*]} (Debian package names). Install them, then run ./mvnw -B verify again." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "The browser tests need ${packages[*]}: run 'sudo apt-get install -y ${packages[*]}', then ./mvnw -B verify again." >&2
  exit 1
fi
echo "Installing ${packages[*]} for the browser tests"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
