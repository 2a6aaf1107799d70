#!/usr/bin/env sh
# Desktop integration on Linux (freedesktop): the menu entry, the .briefing file type and icons.
#
#   packaging/install-desktop.sh [--system] [--exec COMMAND] [--uninstall]
#
# Per user by default (${XDG_DATA_HOME:-~/.local/share}); --system installs for everyone under
# ${PREFIX:-/usr/local}/share (run as root). --exec sets the command the menu entry runs: the
# default is the bundle's executable when the script runs from a bundle's desktop/ folder, else
# `briefing-app` (the pip-installed console script). --uninstall removes what an install put.
# Installs:
#   applications/briefing-app.desktop
#   mime/packages/briefing-app.xml          (application/x-briefing-project for *.briefing)
#   icons/hicolor/{48x48,128x128,scalable}/apps/briefing-app.{png,svg}, and the same as
#   icons/hicolor/.../mimetypes/application-x-briefing-project.* for project files
# and refreshes the MIME, desktop and icon caches with whichever tools the system has.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
MODE=user
EXEC=briefing-app
# Inside the bundle (DIR/briefing-app/desktop/) the entry runs the bundle's executable.
[ -x "$ROOT/briefing-app" ] && [ -f "$ROOT/briefing-app" ] && EXEC="$ROOT/briefing-app"
# The scalable icon: beside this script in the bundle, the app's own in a checkout.
SVG="$HERE/icons/briefing-app.svg"
[ -f "$SVG" ] || SVG="$ROOT/resources/icons/app.svg"
ACTION=install
while [ $# -gt 0 ]; do
  case "$1" in
    --system) MODE=system ;;
    --user) MODE=user ;;
    --exec) [ $# -ge 2 ] || { echo "install-desktop.sh: --exec needs a command" >&2; exit 1; }
            EXEC="$2"; shift ;;
    --uninstall) ACTION=uninstall ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
  shift
done
case "$EXEC" in
  *[[:space:]\"\'\\]*) echo "install-desktop.sh: --exec path must not contain spaces or quotes" >&2
                       exit 1 ;;
esac

if [ "$MODE" = system ]; then
  DATA="${PREFIX:-/usr/local}/share"
else
  DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
APPS="$DATA/applications"
MIME="$DATA/mime"
ICONS="$DATA/icons/hicolor"
MIMEICON=application-x-briefing-project

files() {
  echo "$APPS/briefing-app.desktop"
  echo "$MIME/packages/briefing-app.xml"
  for kind in apps mimetypes; do
    name=briefing-app
    [ "$kind" = mimetypes ] && name=$MIMEICON
    echo "$ICONS/48x48/$kind/$name.png"
    echo "$ICONS/128x128/$kind/$name.png"
    echo "$ICONS/scalable/$kind/$name.svg"
  done
}

refresh() {
  # Each cache is optional: a desktop without the tool does not read that cache either.
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$MIME/packages" ]; then
    update-mime-database "$MIME" || echo "install-desktop.sh: update-mime-database failed" >&2
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$APPS" ]; then
    update-desktop-database -q "$APPS" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$ICONS" || true
  fi
  # The menu notices new entries by itself on most desktops; touching the folder helps the rest.
  [ -d "$ICONS" ] && touch "$ICONS" || true
}

if [ "$ACTION" = uninstall ]; then
  for f in $(files); do
    rm -f "$f"
  done
  refresh
  echo "install-desktop.sh: removed the Briefing Editor desktop entry, file type and icons from $DATA"
  exit 0
fi

mkdir -p "$APPS" "$MIME/packages"
for size in 48x48 128x128 scalable; do
  mkdir -p "$ICONS/$size/apps" "$ICONS/$size/mimetypes"
done
sed "s|^Exec=briefing-app |Exec=$EXEC |" "$HERE/briefing-app.desktop" > "$APPS/briefing-app.desktop.new"
mv "$APPS/briefing-app.desktop.new" "$APPS/briefing-app.desktop"
cp "$HERE/briefing-app-mime.xml" "$MIME/packages/briefing-app.xml"
for kind in apps mimetypes; do
  name=briefing-app
  [ "$kind" = mimetypes ] && name=$MIMEICON
  cp "$HERE/icons/briefing-app-48.png" "$ICONS/48x48/$kind/$name.png"
  cp "$HERE/icons/briefing-app-128.png" "$ICONS/128x128/$kind/$name.png"
  cp "$SVG" "$ICONS/scalable/$kind/$name.svg"
done
refresh
echo "install-desktop.sh: installed the Briefing Editor desktop entry (Exec=$EXEC), the .briefing file type and icons into $DATA"
