#!/usr/bin/env bash
# Builds amendtool.app and a .dmg on macOS; signs and notarises when credentials are given.
#   bash packaging/macos/build-macos.sh
# Signing (optional; all four or none):
#   APPLE_SIGNING_IDENTITY  "Developer ID Application: Firm Name (TEAMID)" in the keychain
#   APPLE_ID                Apple ID used for notarisation
#   APPLE_TEAM_ID           the team's ten-character ID
#   APPLE_APP_PASSWORD      an app-specific password for that Apple ID
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3 -c "import amendtool; print(amendtool.__version__)")

# icon: the PNGs made by scripts/make_icons.py, as an .icns
iconset=build/amendtool.iconset
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "resources/icons/amendtool-$size.png" "$iconset/icon_${size}x${size}.png"
done
for size in 16 128 256; do
  cp "resources/icons/amendtool-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$iconset" -o packaging/macos/amendtool.icns

python3 -m PyInstaller --noconfirm --clean packaging/amendtool.spec
app="dist/Amendtool.app"

if [ -n "${APPLE_SIGNING_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --sign "$APPLE_SIGNING_IDENTITY" "$app"
fi

dmg="dist/amendtool-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "amendtool $version" -srcfolder "$app" -ov -format UDZO "$dmg"

if [ -n "${APPLE_SIGNING_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$APPLE_SIGNING_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
fi
echo "built $dmg"
