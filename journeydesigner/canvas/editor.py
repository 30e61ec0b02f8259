"""In-place text editing of a card's title or a stage or lane name: Enter commits, Shift+Enter breaks a card's
line, Esc cancels."""

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from journeydesigner.layout import style as S
from journeydesigner.qtdraw import editor_font


class CardEditor(QGraphicsTextItem):
    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str, rect: QRectF, font: tuple[str, float, float] = S.TITLE,
                 single_line: bool = False) -> None:
        super().__init__(text)
        self._rect = rect
        self._done = False
        self.single_line = single_line  # names: Shift+Enter commits too, and pasted line breaks become spaces
        self.setPos(rect.x() + S.CARD_PAD, rect.y() + S.CARD_PAD - 4)
        self.setTextWidth(rect.width() - 2 * S.CARD_PAD)
        font_key, size, _ = font
        self.setFont(editor_font(font_key, size))
        self.setDefaultTextColor(QColor(S.INK))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(100)
        self.document().contentsChanged.connect(self.update)

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def _frame(self) -> QRectF:
        return super().boundingRect().adjusted(-S.CARD_PAD + 2, -2, S.CARD_PAD - 2, 4)

    def boundingRect(self) -> QRectF:  # noqa: N802
        """The frame too: what is painted outside the bounding rectangle stays on screen when the editor goes."""
        return self._frame().adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        frame = self._frame()
        painter.setPen(QPen(QColor("#228BE6"), 2))
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawRoundedRect(frame, 6, 6)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt passes None to an image; stubs: no

    def commit(self) -> None:
        if not self._done:
            self._done = True
            text = self.toPlainText()
            self.committed.emit(" ".join(text.split()) if self.single_line else text.strip())

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                self.single_line or not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.commit()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.commit()
