"""Run by a reliability test in a subprocess: the real window on FILE, one edit typed on the keyboard, then
the program idles until it is killed. Prints EDITED when the edit is in the model."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from journeydesigner.app.main import make_app, open_window


def main() -> None:
    app = make_app()
    window = open_window(Path(sys.argv[1]))

    def edit() -> None:
        view = window.view
        view.setFocus()
        window.scene.set_current_cell((window.scene.layout.lanes[0].lane_id, window.scene.layout.stages[0].stage_id))
        QTest.keyClick(view, Qt.Key.Key_Insert)
        QTest.keyClicks(view, sys.argv[2])
        QTest.keyClick(view, Qt.Key.Key_Return)
        print("EDITED", flush=True)

    QTimer.singleShot(300, edit)
    app.exec()


if __name__ == "__main__":
    main()
