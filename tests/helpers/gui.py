"""Driving the real view as a user does: mouse events on the viewport, keys on the focused widget."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesigner.app.window import MainWindow
from journeydesigner.document import Document
from journeydesigner.model import Project

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def open_window(qtbot, monkeypatch: pytest.MonkeyPatch, project: Project) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(project))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(150)  # let the first-show fit-to-width happen before the test zooms or scrolls
    window.view.setFocus()
    return window


def view_point(window: MainWindow, x: float, y: float) -> QPoint:
    return window.view.mapFromScene(QPointF(x, y))


def card_center(window: MainWindow, card_id: str) -> QPoint:
    box = window.scene.layout.cards[card_id]
    return view_point(window, box.x + box.w / 2, box.y + min(box.h / 2, 14))


def cell_point(window: MainWindow, lane_id: str, stage_id: str, dy: float = 30.0) -> QPoint:
    rect = window.scene.cell_rect(lane_id, stage_id)
    return view_point(window, rect.center().x(), rect.top() + dy)


def send_mouse(widget, kind: QEvent.Type, pos: QPoint, button=LEFT, buttons=LEFT, modifiers=NO_MOD) -> None:
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(window: MainWindow, start: QPoint, end: QPoint, modifiers=NO_MOD, steps: int = 8) -> None:
    viewport = window.view.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start, modifiers=modifiers)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        send_mouse(viewport, QEvent.Type.MouseMove, point, button=Qt.MouseButton.NoButton, modifiers=modifiers)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton, modifiers=modifiers)


def click(window: MainWindow, pos: QPoint, modifiers=NO_MOD) -> None:
    viewport = window.view.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, pos, modifiers=modifiers)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton, modifiers=modifiers)


def double_click(window: MainWindow, pos: QPoint) -> None:
    click(window, pos)
    send_mouse(window.view.viewport(), QEvent.Type.MouseButtonDblClick, pos)
    send_mouse(window.view.viewport(), QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton)


def key(widget, k: Qt.Key, modifiers=NO_MOD) -> None:
    QTest.keyClick(widget, k, modifiers)


def type_text(widget, text: str) -> None:
    QTest.keyClicks(widget, text)


def hold_and_move(view, start, end) -> None:
    """Press on ``start`` and move to ``end`` in eight steps, without letting go: a drag in progress."""
    send_mouse(view.viewport(), QEvent.Type.MouseButtonPress, start)
    for step in range(1, 9):
        send_mouse(view.viewport(), QEvent.Type.MouseMove, start + (end - start) * (step / 8),
                   button=Qt.MouseButton.NoButton)
