#!/bin/sh
# Checks the Debian/Ubuntu packages NetDesk needs from the system and installs the missing ones
# when it can (root with apt-get); otherwise prints the one command that does it and exits 2.
#   system-deps.sh run    the libraries Qt needs to open a window (packages-run.txt)
#   system-deps.sh test   those, plus what the test suite and CI use (packages-test.txt)
# On systems without dpkg it checks nothing: their package names differ, and pip's Qt says
# itself what it lacks.
set -eu
here=$(dirname "$0")
case "${1:-run}" in
  run) lists="$here/packages-run.txt" ;;
  test) lists="$here/packages-run.txt $here/packages-test.txt" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0
[ "${NETDESK_SKIP_SYSTEM_DEPS:-}" = 1 ] && exit 0

wanted=$(cat $lists | sed 's/#.*//' | tr -s ' \t' '\n' | sed '/^$/d')
missing=""
for package in $wanted; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages NetDesk needs:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
  exit 0
fi
echo "NetDesk needs these system packages; install them with:" >&2
echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
exit 2
