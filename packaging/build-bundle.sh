#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller and prove it is complete by running it headless.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -m pip install -q "pyinstaller>=6.10"
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work packaging/journeydesigner.spec
out=$(mktemp -d)
QT_QPA_PLATFORM=offscreen build/dist/journeydesigner/journeydesigner export resources/samples/pedalway-ebike-subscription.journey -o "$out/sample.pdf"
QT_QPA_PLATFORM=offscreen build/dist/journeydesigner/journeydesigner export resources/samples/pedalway-ebike-subscription.journey -o "$out/sample.png" --scale 0.5
test -s "$out/sample.pdf" && test -s "$out/sample.png"
build/dist/journeydesigner/journeydesigner new --list-templates >/dev/null
# The window too (icons through QtSvg, fonts, translations, the canvas): open a project, draw, quit.
cp resources/samples/pedalway-ebike-subscription.journey "$out/client.journey"
JOURNEYDESIGNER_DATA_DIR="$out/data" JOURNEYDESIGNER_QUIT_AFTER_MS=2000 QT_QPA_PLATFORM=offscreen \
  timeout 120 build/dist/journeydesigner/journeydesigner "$out/client.journey"
echo "bundle OK: $(du -sh build/dist/journeydesigner | cut -f1)"
