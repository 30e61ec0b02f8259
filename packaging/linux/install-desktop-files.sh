#!/usr/bin/env bash
# Register Journey Designer with the desktop for the current user: menu entry, icon, .journey file type.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
icons=$here/../../resources/icons
share=${XDG_DATA_HOME:-$HOME/.local/share}
install -Dm644 "$here/io.github.journeydesigner.JourneyDesigner.desktop" "$share/applications/io.github.journeydesigner.JourneyDesigner.desktop"
install -Dm644 "$here/journeydesigner-mime.xml" "$share/mime/packages/journeydesigner.xml"
install -Dm644 "$here/io.github.journeydesigner.JourneyDesigner.metainfo.xml" "$share/metainfo/io.github.journeydesigner.JourneyDesigner.metainfo.xml"
install -Dm644 "$icons/journeydesigner.svg" "$share/icons/hicolor/scalable/apps/journeydesigner.svg"
install -Dm644 "$icons/journeydesigner-document.svg" "$share/icons/hicolor/scalable/mimetypes/application-vnd.journeydesigner+zip.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$icons/journeydesigner-$size.png" "$share/icons/hicolor/${size}x${size}/apps/journeydesigner.png"
done
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
echo "Journey Designer is registered for .journey files."
