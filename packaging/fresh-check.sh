#!/usr/bin/env bash
# `make fresh-check` (as root, manual, ~30 min): a bare Debian 12 (debootstrap minbase) gets
# exactly packaging/debian-packages.txt, then a newcomer account runs the README's two commands
# on a clean copy of HEAD (git archive) with ../shared beside it; prints how long each step took.
#
# Only this machine's network set-up is carried into the chroot: its apt sources, its DNS, the
# certificate authorities it added under /usr/local/share/ca-certificates and its pip config.
set -euo pipefail

repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=${FRESH_DIR:-/var/tmp/chancery-fresh}
mirror=${FRESH_MIRROR:-http://deb.debian.org/debian}
user=newcomer
root=$work/root
times=$work/times.txt

if ((EUID != 0)); then
  echo "make fresh-check builds a chroot and must run as root (sudo make fresh-check)." >&2
  exit 1
fi
shared=$(cd "$repo/.." && pwd)/shared
if [[ ! -d $shared ]]; then
  echo "$shared is missing: the tests read ../shared beside the repository." >&2
  exit 1
fi
command -v debootstrap >/dev/null || {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

mkdir -p "$work"
: >"$times"
step_start=0
begin() {
  step_name=$1
  step_start=$(date +%s)
  echo "=== $step_name"
}
end() {
  local seconds=$(($(date +%s) - step_start))
  printf '%-48s %4d s (%dm%02ds)\n' "$step_name" "$seconds" $((seconds / 60)) $((seconds % 60)) |
    tee -a "$times"
}

# The chroot's mounts live in this script's own mount namespace: they all go when it ends,
# however it ends. The trap also unmounts them for a reader who runs the steps by hand.
if [[ -z ${FRESH_IN_NAMESPACE:-} ]]; then
  exec env FRESH_IN_NAMESPACE=1 unshare --mount --propagation private "$0" "$@"
fi
cleanup() {
  for m in dev/shm dev/pts dev proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
  done
  [[ -n ${xvfb_pid:-} ]] && kill -- "-$xvfb_pid" 2>/dev/null
  return 0
}
trap cleanup EXIT

# A pristine minbase is built once and unpacked afresh for every run.
base=$work/bookworm-minbase.tar
if [[ ! -f $base ]]; then
  begin "debootstrap --variant=minbase bookworm"
  rm -rf "$work/base"
  debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log"
  tar -C "$work/base" -cf "$base" .
  rm -rf "$work/base"
  end
fi
begin "unpack a clean minbase"
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xf "$base"
end

mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# The host's apt sources (Debian entries only) replace debootstrap's one-line sources.list.
if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
  rm -f "$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
fi
if [[ -d /usr/local/share/ca-certificates ]]; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
[[ -f /etc/pip.conf ]] && cp /etc/pip.conf "$root/etc/pip.conf"
[[ -d /etc/xdg/pip ]] && mkdir -p "$root/etc/xdg" && cp -r /etc/xdg/pip "$root/etc/xdg/"

begin "install packaging/debian-packages.txt"
mkdir -p "$root/tmp/packaging"
cp "$repo/packaging/debian-packages.txt" "$repo/packaging/install-system-packages.sh" \
  "$root/tmp/packaging/"
chroot "$root" /tmp/packaging/install-system-packages.sh >"$work/apt.log" 2>&1 || {
  tail -20 "$work/apt.log"
  exit 1
}
end

chroot "$root" useradd --create-home --shell /bin/bash "$user"
home=$root/home/$user
git -C "$repo" archive --prefix=chancery/ HEAD | tar -C "$home" -x
cp -rL "$shared" "$home/shared"
chroot "$root" chown -R "$user:$user" "/home/$user"

as_user() {
  chroot --userspec="$user:$user" "$root" env -i HOME="/home/$user" USER="$user" \
    PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$@"
}

begin "make setup (first time: venv and PyPI downloads)"
as_user bash -c "cd ~/chancery && make setup" >"$work/make-setup.log" 2>&1 || {
  tail -30 "$work/make-setup.log"
  exit 1
}
end
echo "size of .venv: $(du -sh "$home/chancery/.venv" | cut -f1)" | tee -a "$times"

# FRESH_SKIP_TEST=1 leaves `make test` out (to try the rest of this script quickly).
if [[ -z ${FRESH_SKIP_TEST:-} ]]; then
  begin "make test"
  status=0
  as_user bash -c "cd ~/chancery && make test" >"$work/make-test.log" 2>&1 || status=$?
  end
  tail -5 "$work/make-test.log"
  if ((status != 0)); then
    echo "make test failed in the chroot (exit $status): $work/make-test.log" >&2
    exit 1
  fi
fi

# `make run` on a virtual X server. The window counts as shown once the store it opens exists
# (created and filled with the demo dossier at the first start) and the screen, black before,
# holds Chancery's window (saved as window.png); then it is closed. Nothing is added to the
# chroot for the check.
begin "make run: the window on Xvfb"
# What a booted Debian has (systemd-tmpfiles makes it): X servers put their sockets there.
install -d -m 1777 -o root -g root "$root/tmp/.X11-unix"
# setsid, not the as_user function: $! is then Xvfb's own group, which cleanup ends.
setsid chroot --userspec="$user:$user" "$root" env -i HOME="/home/$user" PATH=/usr/bin:/bin \
  Xvfb :7 -br -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
lit() {
  as_user bash -c 'cd ~/chancery && DISPLAY=:7 .venv/bin/python -c "
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(\"/tmp/screen.png\")
print(sum(image.pixel(x, y) & 0xFFFFFF != 0 for x in range(0, 1280, 20) for y in range(0, 800, 20)))
"' 2>>"$work/lit.log" || echo 0
}
sleep 2
kill -0 "$xvfb_pid" 2>/dev/null || {
  echo "Xvfb did not start: $work/xvfb.log" >&2
  cat "$work/xvfb.log" >&2
  exit 1
}
before=$(lit)
if ((before > 400)); then
  echo "The empty virtual screen already has $before of 2560 sampled pixels lit: no check possible." >&2
  exit 1
fi
store=$home/.local/share/Chancery/chancery.db
# setsid: make and the window it starts form one process group, ended together below.
setsid chroot --userspec="$user:$user" "$root" env -i HOME="/home/$user" USER="$user" \
  PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 DISPLAY=:7 \
  bash -c "cd ~/chancery && exec make run" >"$work/make-run.log" 2>&1 &
run_pid=$!
shown=0
for _ in $(seq 60); do
  sleep 2
  kill -0 "$run_pid" 2>/dev/null || break
  if [[ -s $store ]]; then
    shown=$(lit)
    ((shown > 400)) && break
  fi
done
end
sleep 3 # still running a moment later: the window did not fail after opening the store
alive=$(kill -0 "$run_pid" 2>/dev/null && echo yes || echo no)
kill -TERM -- "-$run_pid" 2>/dev/null || true
wait "$run_pid" 2>/dev/null || true
if ((shown <= 400)) || [[ $alive != yes ]]; then
  echo "The window did not show within 120 s (store: $(ls "$store" 2>&1)): $work/make-run.log" >&2
  tail -20 "$work/make-run.log" >&2
  exit 1
fi
cp "$root/tmp/screen.png" "$work/window.png"
echo "make run: the first store created ($(du -h "$store" | cut -f1)) and the window shown" \
  "($shown of 2560 sampled pixels lit; $before before it started)." | tee -a "$times"
echo
cat "$times"
