#!/usr/bin/env bash
# `make wheel-test`: the wheel in dist/ installed (not editable) into a fresh venv made by the
# Python given as $1, then packaging/wheel_smoke.py run there from an empty temporary folder.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
python=${1:-python3}
wheels=("$repo"/dist/chancery-*.whl)
[[ -f ${wheels[0]} ]] || { echo "No wheel in $repo/dist: run make wheel first." >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "wheel-test: $(basename "${wheels[0]}") on $("$python" -V) in $tmp"
"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet -c "$repo/constraints.txt" "${wheels[0]}" \
  2> >(grep -v "^WARNING: Location" >&2)
cp "$repo/packaging/wheel_smoke.py" "$tmp/"
mkdir "$tmp/run"
cd "$tmp/run"
# -I: neither the current folder nor the script's is put on sys.path, nor PYTHON* variables read.
"$tmp/venv/bin/python" -I "$tmp/wheel_smoke.py"
