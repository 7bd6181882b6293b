#!/usr/bin/env bash
# Installs (as root) whichever packages of packaging/debian-packages.txt are missing; used by
# the README, .ci/run and packaging/fresh-check.sh so that all three install the same list.
set -euo pipefail
# An argument names another list (packaging/debian-packages-tests.txt: what CI adds).
list="${1:-$(dirname "$0")/debian-packages.txt}"
mapfile -t packages < <(sed 's/#.*//' "$list" | tr -s ' \t' '\n' | grep -v '^$')
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "All ${#packages[@]} system packages of $list are installed."
  exit 0
fi
if ((EUID != 0)); then
  echo "Missing system packages: ${missing[*]}. Run this script as root (sudo $0)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
