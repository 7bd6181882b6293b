#!/usr/bin/env bash
# `make bundle`: the PyInstaller one-folder bundle, then a tarball and a .deb of it.
# Usage: build.sh PYTHON OUT_DIR   (PYTHON: the venv's, with the `bundle` extra installed)
set -euo pipefail
python=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

for tool in readelf dpkg-deb; do
  command -v "$tool" >/dev/null || {
    echo "build.sh: $tool is missing: install binutils and dpkg-dev (apt install binutils dpkg-dev)." >&2
    exit 1
  }
done
# Translations are compiled by `make setup`; a bundle without them would open in English only.
for ts in resources/translations/*.ts; do
  [ -f "${ts%.ts}.qm" ] || { echo "build.sh: ${ts%.ts}.qm is missing: run make setup first." >&2; exit 1; }
done

mkdir -p "$out"
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$out/dist" --workpath "$out/work" "$here/chancery.spec"
bundle="$out/dist/chancery"
version=$("$bundle/chancery" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)

# Tarball: unpack anywhere and run chancery/chancery.
tarball="$out/chancery-$version-linux-$arch.tar.gz"
tar -C "$out/dist" -czf "$tarball" chancery

# .deb: /opt/chancery, /usr/bin/chancery -> /opt/chancery/chancery, a menu entry.
stage="$out/deb-root"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a "$bundle" "$stage/opt/chancery"
ln -s /opt/chancery/chancery "$stage/usr/bin/chancery"
install -m 644 "$here/deb/chancery.desktop" "$stage/usr/share/applications/chancery.desktop"
size_kb=$(du -sk --apparent-size "$stage/opt" "$stage/usr" | awk '{s += $1} END {print s}')
depends=$(grep -v '^#' "$here/deb/depends" | paste -sd, | sed 's/,/, /g')
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE_KB@/$size_kb/" \
  -e "s/@DEPENDS@/$depends/" "$here/deb/control.in" > "$stage/DEBIAN/control"
deb="$out/chancery_${version}_$arch.deb"
# gzip, not xz: xz packs a quarter smaller (61 MB, not 81) but took three times as long here.
dpkg-deb --build --root-owner-group -Zgzip "$stage" "$deb" >/dev/null

echo "bundle:  $bundle ($(du -sh "$bundle" | cut -f1) on disk)"
echo "tarball: $tarball ($(du -h "$tarball" | cut -f1))"
echo "deb:     $deb ($(du -h "$deb" | cut -f1); Installed-Size $((size_kb / 1024)) MB)"
