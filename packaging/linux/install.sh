#!/bin/sh
# Install NetDesk for the current user, so it is in the application menu and opens on a
# double-click; or take it out again. Nothing outside $HOME is touched, and the data
# folder (~/.local/share/NetDesk) is never removed.
#
#   install.sh                 install (or update)
#   install.sh --uninstall     remove what install.sh installed
#   install.sh --bundle DIR --icons DIR    use another bundle / icon tree
#
# Run from the release tarball (NetDesk-<version>/install.sh, next to NetDesk/ and icons/)
# or from a checkout after `make bundle` (`make install-desktop`), where it takes
# dist/NetDesk and build/icons/hicolor.
#
# Installs:
#   ~/.local/opt/NetDesk/                          the bundle (NetDesk is the program)
#   ~/.local/bin/netdesk                           a link, for the command line
#   ~/.local/share/applications/netdesk.desktop    menu entry, Exec pointing at the bundle
#   ~/.local/share/icons/hicolor/<size>/apps/io.netdesk.NetDesk.png (and scalable .svg)
#   ~/.local/share/metainfo/io.netdesk.NetDesk.metainfo.xml
set -eu

APP_ID=io.netdesk.NetDesk
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt_dir=$HOME/.local/opt/NetDesk
bin_link=$HOME/.local/bin/netdesk
desktop_file=$data_home/applications/netdesk.desktop
metainfo_file=$data_home/metainfo/$APP_ID.metainfo.xml
icon_root=$data_home/icons/hicolor

if [ -x "$here/NetDesk/NetDesk" ]; then
  bundle=$here/NetDesk
  icons=$here/icons/hicolor
else
  bundle=$here/../../dist/NetDesk
  icons=$here/../../build/icons/hicolor
fi
action=install

while [ $# -gt 0 ]; do
  case $1 in
    --uninstall) action=uninstall ;;
    --bundle) bundle=$2; shift ;;
    --icons) icons=$2; shift ;;
    -h|--help) sed -n '2,20s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icon_root/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icon_root" 2>/dev/null || true
  fi
  # Desktops watch these folders; touching the icon root nudges those that cache.
  touch "$icon_root" 2>/dev/null || true
}

# A double-click on a vCard opens NetDesk when no other program was chosen for vCards; CSV and
# LDIF only get NetDesk in "Open With", since spreadsheets and others own those.
claim_vcards() {
  command -v xdg-mime >/dev/null 2>&1 || return 0
  for type in text/vcard text/x-vcard text/directory; do
    current=$(xdg-mime query default "$type" 2>/dev/null || true)
    if [ -z "$current" ]; then
      xdg-mime default "$(basename "$desktop_file")" "$type" 2>/dev/null || true
    fi
  done
}

uninstall() {
  rm -rf "$opt_dir"
  if [ -L "$bin_link" ]; then rm -f "$bin_link"; fi
  rm -f "$desktop_file" "$metainfo_file"
  for icon in "$icon_root"/*/apps/"$APP_ID".png "$icon_root"/scalable/apps/"$APP_ID".svg; do
    if [ -e "$icon" ]; then rm -f "$icon"; fi
  done
  refresh
  echo "NetDesk removed (your data in $data_home/NetDesk is kept)."
}

install_app() {
  if [ ! -x "$bundle/NetDesk" ]; then
    echo "install.sh: no bundle at $bundle (run \`make bundle\` first)" >&2
    exit 1
  fi
  bundle=$(cd "$bundle" && pwd)
  mkdir -p "$(dirname "$opt_dir")" "$(dirname "$bin_link")" "$(dirname "$desktop_file")" \
           "$(dirname "$metainfo_file")"
  # Copy beside the old version, then swap, so a failed copy leaves the old one working.
  rm -rf "$opt_dir.new"
  cp -R "$bundle" "$opt_dir.new"
  rm -rf "$opt_dir"
  mv "$opt_dir.new" "$opt_dir"
  ln -sfn "$opt_dir/NetDesk" "$bin_link"

  # Exec is quoted only when the path needs it (a home folder with spaces): xdg-open's own
  # launcher, used where no desktop environment runs, cannot run a quoted program.
  # TryExec takes a bare path.
  case $opt_dir in
    *[!A-Za-z0-9/._+-]*) exec_path="\"$opt_dir/NetDesk\"" ;;
    *) exec_path="$opt_dir/NetDesk" ;;
  esac
  sed -e "s|^Exec=[^ ]*|Exec=$exec_path|" \
      -e "s|^TryExec=.*|TryExec=$opt_dir/NetDesk|" \
      "$here/netdesk.desktop" > "$desktop_file.new"
  chmod 644 "$desktop_file.new"
  mv "$desktop_file.new" "$desktop_file"
  cp "$here/$APP_ID.metainfo.xml" "$metainfo_file"
  chmod 644 "$metainfo_file"

  if [ -d "$icons" ]; then
    for dir in "$icons"/*/apps; do
      size=$(basename "$(dirname "$dir")")
      mkdir -p "$icon_root/$size/apps"
      for icon in "$dir"/"$APP_ID".*; do
        cp "$icon" "$icon_root/$size/apps/"
        chmod 644 "$icon_root/$size/apps/$(basename "$icon")"
      done
    done
  else
    echo "install.sh: no icons at $icons; the menu entry will have a generic icon" >&2
  fi
  refresh
  claim_vcards
  echo "NetDesk installed in $opt_dir"
  echo "  menu entry: $desktop_file"
  echo "  command:    $bin_link"
}

case $action in
  install) install_app ;;
  uninstall) uninstall ;;
esac
