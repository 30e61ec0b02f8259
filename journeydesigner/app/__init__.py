"""The application shell: the window, its dialogs and its start. Everything here uses Qt, so Qt's import-time
scan of later modules is made cheap first (qtstart.py)."""

from journeydesigner.app.qtstart import quicken_pyside_import_scan

quicken_pyside_import_scan()
