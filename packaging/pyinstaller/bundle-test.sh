#!/usr/bin/env bash
# `make bundle-test`: unpack the .deb made by build.sh into a scratch root (dpkg-deb -x: the
# machine's packages are not touched) and use Chancery through the installed executable only:
# import documents, search, export a brief, encrypt a store (SQLCipher), open the window under
# Xvfb and close it. Every step checks its exit code and its output.
# Usage: bundle-test.sh OUT_DIR   (build.sh's OUT_DIR)
set -euo pipefail
out=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
max_mb=200

work=$(mktemp -d)
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "bundle-test: FAILED: $*" >&2
  exit 1
}
step() { echo "bundle-test: $*"; }
# run NAME CMD...: CMD's output in NAME.out (shown), its exit code in $code.
run() {
  local name=$1
  shift
  code=0
  "$@" > "$work/$name.out" 2> "$work/$name.err" || code=$?
  cat "$work/$name.out"
  if [ "$code" -ne 0 ]; then cat "$work/$name.err" >&2; fi
}

deb=$(ls -t "$out"/chancery_*.deb 2> /dev/null | head -n1)
[ -n "$deb" ] || fail "no .deb in $out: run make bundle"
tarball=$(ls -t "$out"/chancery-*.tar.gz 2> /dev/null | head -n1)
[ -n "$tarball" ] || fail "no tarball in $out: run make bundle"
# (grep reads the whole listing: with pipefail, grep -q's early exit would fail tar by SIGPIPE.)
tar -tzf "$tarball" | grep -x 'chancery/chancery' > /dev/null || fail "the tarball has no chancery/chancery"
step "unpacking $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
app="$work/root/opt/chancery/chancery"
[ -x "$app" ] || fail "the .deb has no /opt/chancery/chancery"
[ "$(readlink "$work/root/usr/bin/chancery")" = /opt/chancery/chancery ] \
  || fail "/usr/bin/chancery is not a link to /opt/chancery/chancery"
grep -q '^Exec=/opt/chancery/chancery' "$work/root/usr/share/applications/chancery.desktop" \
  || fail "no menu entry (chancery.desktop) starting /opt/chancery/chancery"
installed_mb=$(du -sm "$work/root" | cut -f1)
step "installed: $(du -sh "$work/root/opt/chancery" | cut -f1) in /opt/chancery (limit $max_mb MB)"
[ "$installed_mb" -le "$max_mb" ] || fail "installed size $installed_mb MB is over $max_mb MB"
if [ -n "$(find "$work/root" -name 'libqgtk3*')" ]; then fail "the GTK platform theme is bundled"; fi

step "every library the bundle loads from the system is in the .deb's Depends or Recommends"
declared=$(dpkg-deb -f "$deb" Depends Recommends | sed 's/^[A-Za-z]*: //; s/([^)]*)//g' | tr ',' '\n' | tr -d ' ')
bundled=$(find "$work/root/opt/chancery" -name '*.so*' -printf '%f\n' | sort -u)
find "$work/root/opt/chancery" -type f \( -name '*.so*' -o -name chancery \) -print0 \
  | xargs -0 readelf -d 2> /dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u \
  | comm -23 - <(echo "$bundled") > "$work/system-libs"
while read -r soname; do
  package=$(dpkg -S "*/$soname" 2> /dev/null | head -n1 | cut -d: -f1 || true)
  if [ -n "$package" ]; then
    grep -qx "$package" <<< "$declared" || fail "$soname ($package) is needed but not declared"
  else # not installed here: Debian names such a package after the library (libfoo.so.1: libfoo1)
    grep -q "^${soname%%.so*}" <<< "$declared" || fail "$soname is needed but not declared"
  fi
done < "$work/system-libs"

# A user of its own: no settings, store or font folder of this machine's user leaks in.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
unset CHANCERY_DB CHANCERY_FONT_DIR CHANCERY_PASSPHRASE QT_QPA_PLATFORM PYTHONPATH
mkdir -p "$XDG_CONFIG_HOME"
cd "$work" # nothing is found through the checkout by accident
db="$work/store.db"
corpus="$root/tests/corpus"

step "version, started through a link as /usr/bin/chancery is"
mkdir -p "$work/bin"
ln -s "$app" "$work/bin/chancery"
run version "$work/bin/chancery" --version
[ "$code" -eq 0 ] && grep -q '^chancery ' "$work/version.out" || fail "chancery --version"

step "import a .txt, an .html page, a .docx and a .pdf"
run import "$app" import "$corpus/fr-01-communique-tirets.txt" "$corpus/en-06-news-page.html" \
  "$corpus/en-08-statement.docx" "$corpus"/*.pdf --db "$db" --confirm
[ "$code" -eq 0 ] || fail "import exited with $code"
[ "$(grep -c . "$work/import.out")" -ge 4 ] || fail "import did not report four documents"

step "search without accents"
run search "$app" search energetique --db "$db"
[ "$code" -eq 0 ] || fail "search exited with $code"
grep -qi 'énergétique' "$work/search.out" || fail "search energetique found no énergétique"

step "search finds the imported communiqué"
run search2 "$app" search senegal --db "$db"
[ "$code" -eq 0 ] || fail "search exited with $code"
grep -q '^meeting .*Mauritanie (Dakar)' "$work/search2.out" || fail "search senegal missed the import"

step "export a French brief of the imported meeting"
run export "$app" export --query mauritanie --db "$db" --lang fr --out "$work/brief.pdf"
[ "$code" -eq 0 ] || fail "export exited with $code"
[ "$(head -c 5 "$work/brief.pdf")" = "%PDF-" ] || fail "the brief is not a PDF"
if command -v pdftotext > /dev/null; then
  pdftotext "$work/brief.pdf" "$work/brief.txt"
  grep -q 'Mauritanie' "$work/brief.txt" || fail "the brief does not name Mauritanie"
  grep -q 'Dakar' "$work/brief.txt" || fail "the brief does not name Dakar"
fi

step "an encrypted store (SQLCipher)"
export CHANCERY_PASSPHRASE="bundle test passphrase, long enough"
run encrypt "$app" encrypt --db "$work/secret.db"
[ "$code" -eq 0 ] || fail "encrypt exited with $code"
[ "$(head -c 15 "$work/secret.db")" != "SQLite format 3" ] || fail "the encrypted store is plain SQLite"
run list "$app" list meetings --db "$work/secret.db"
[ "$code" -eq 0 ] || fail "the encrypted store does not open with its passphrase"
CHANCERY_PASSPHRASE="not the passphrase at all" run wrong "$app" list meetings --db "$work/secret.db" 2> /dev/null
[ "$code" -ne 0 ] || fail "a wrong passphrase opened the encrypted store"
unset CHANCERY_PASSPHRASE

step "the window, in French, under Xvfb, with its helper process"
command -v Xvfb > /dev/null || fail "Xvfb is missing (apt install xvfb)"
mkdir -p "$XDG_CONFIG_HOME/Chancery"
printf '[ui]\nlanguage=fr\n' > "$XDG_CONFIG_HOME/Chancery/Chancery.conf"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3> "$work/display" > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  [ -s "$work/display" ] && break
  sleep 0.1
done
[ -s "$work/display" ] || { cat "$work/xvfb.log"; fail "Xvfb did not start"; }
export DISPLAY=":$(head -n1 "$work/display")"
CHANCERY_SMOKE_QUIT_MS=1000 run window timeout 120 "$app" --db "$db"
[ "$code" -eq 0 ] || fail "the window exited with $code"
grep -q 'menus: Fichier' "$work/window.out" || fail "the window is not in French"
grep -q 'helper process [0-9]* answered' "$work/window.out" || fail "the helper process did not answer"
if grep -qi 'gtk' "$work/window.err"; then cat "$work/window.err"; fail "the window tried to load GTK"; fi
sleep 0.5
if pgrep -f "$work/root/opt/chancery" > /dev/null; then fail "a Chancery process is left running"; fi

step "passed"
