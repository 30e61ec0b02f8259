"""The map view: zoom (Ctrl+wheel, pinch), pan (space-drag, middle-drag, scrollbars), frozen headers, drops."""

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGestureEvent, QGraphicsScene, QGraphicsView, QPinchGesture, QWidget
from shiboken6 import Shiboken

from journeydesigner.canvas.scene import MapScene
from journeydesigner.i18n import tr
from journeydesigner.mime import JOB_MIME, KIND_MIME

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0


class MapView(QGraphicsView):
    zoomChanged = Signal(float)
    filesDropped = Signal(list)
    jobDropped = Signal(str, object)  # job id, the card item or stage header under the drop

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Every op sets its own pen, brush and font, so the view need not save and restore them per item.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.apply_theme()
        self.setAcceptDrops(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName(tr("Journey map canvas"))
        self._space = False
        self._pan_from: QPointF | None = None
        self._fitting_width = False  # opened at fit-width and not zoomed since: a resize fits again

    def apply_theme(self) -> None:
        """The desk around the map follows the theme; the map stays light, as it prints."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setBackgroundBrush(QColor("#2B2F33" if dark else "#E9ECEF"))

    @property
    def map_scene(self) -> MapScene | None:
        scene = self.scene()
        return scene if isinstance(scene, MapScene) else None

    def setScene(self, scene: QGraphicsScene | None) -> None:  # noqa: N802
        """Scroll over the map, not over the scene's rectangle: that one is kept larger (MapScene._set_map_rect)."""
        old = self.map_scene
        if old is not None and Shiboken.isValid(old):
            old.mapRectChanged.disconnect(self.setSceneRect)
        super().setScene(scene)
        if isinstance(scene, MapScene):
            scene.mapRectChanged.connect(self.setSceneRect)
            self.setSceneRect(scene.map_rect)

    # ---- zoom -----------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, value: float, anchor_under_mouse: bool = False) -> None:
        self._fitting_width = False
        value = max(MIN_ZOOM, min(MAX_ZOOM, value))
        anchor = self.transformationAnchor()
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # The zoom itself, not a step from the current one: a map at 60 % is drawn the same to the last pixel
        # whatever zooms came before (steps multiplied in rounding errors that moved antialiased edges a level).
        self.setTransform(QTransform.fromScale(value, value))
        self._place_pending()
        self.setTransformationAnchor(anchor)
        self._update_frozen()
        self.zoomChanged.emit(self.zoom)

    def zoom_by(self, factor: float, anchor_under_mouse: bool = False) -> None:
        self.set_zoom(self.zoom * factor, anchor_under_mouse)

    def fit_map(self) -> None:
        if self.map_scene is None:
            return
        layout = self.map_scene.layout
        self.fitInView(QRectF(0, 0, layout.width, layout.height), Qt.AspectRatioMode.KeepAspectRatio)
        self._place_pending()
        if self.zoom > 1.0:
            self.set_zoom(1.0)
        self._update_frozen()
        self.zoomChanged.emit(self.zoom)

    def fit_width(self, low: float = 0.75, high: float = 1.0) -> None:
        """Show all stages when they fit at a readable size (text below 75 % is too small to read on a laptop):
        how a map should open."""
        if self.map_scene is None:
            return
        self.set_zoom(self._width_zoom(low, high))
        self._fitting_width = True
        self.centerOn(0, 0)
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)

    def fit_width_when_sized(self) -> None:
        """``fit_width`` as soon as the view gets its size, before its first paint: a map opened in a new window
        was painted at 100 % first and again at the fitted zoom 0.1 s later (57 ms at 5,000 cards, and a jump
        the user saw; issue 15)."""
        self._fitting_width = True

    def _width_zoom(self, low: float = 0.75, high: float = 1.0) -> float:
        width = self.map_scene.map_width + 20 if self.map_scene is not None else 1.0
        return max(low, min(high, self.viewport().width() / width))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.zoom_by(1.15**steps, anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture) if isinstance(event, QGestureEvent) else None
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor(), anchor_under_mouse=True)
                return True
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), anchor_under_mouse=True)
            return True
        return super().viewportEvent(event)

    # ---- frozen headers -------------------------------------------------------------------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self._place_pending()
        self._update_frozen()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_pending()
        if self._fitting_width and self.map_scene is not None:  # the window manager maximised the window late
            top = self.mapToScene(0, 0).y()
            self.set_zoom(self._width_zoom())
            self._fitting_width = True
            # Zooming about the centre had scrolled the first stage under the lane names and the top lane under
            # the stage headers: the map starts at its left edge again, with the same row at the top.
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - round((self.mapToScene(0, 0).y() - top) * self.zoom))
        self._update_frozen()

    def _place_pending(self) -> None:
        """Cards and lanes an edit moved far off screen are placed when idle; those this view can now reach, now
        (before it paints)."""
        if self.map_scene is not None:
            self.map_scene.place_pending(near=True)

    def _update_frozen(self) -> None:
        if self.map_scene is not None:
            self.map_scene.set_frozen_offset(self.mapToScene(0, 0))

    # ---- panning: space-drag and middle-drag ------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        editing = self.map_scene is not None and self.map_scene.editor is not None
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and not editing:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        left = event.button() == Qt.MouseButton.LeftButton
        if event.button() == Qt.MouseButton.MiddleButton or (self._space and left):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ---- drops: card kinds from the palette, files from the desktop --------------------------------
    @staticmethod
    def _wanted(mime: QMimeData) -> bool:
        return mime.hasFormat(KIND_MIME) or mime.hasFormat(JOB_MIME) or mime.hasUrls()

    def _job_target(self, pos: QPointF) -> object:
        """A card or a stage header under ``pos`` (viewport coordinates): where a job can be linked."""
        from journeydesigner.canvas.items import CardItem, HeaderItem

        item = self.itemAt(pos.toPoint())
        if isinstance(item, CardItem) or (isinstance(item, HeaderItem) and item.axis == "stages"):
            return item
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._wanted(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        mime, scene = event.mimeData(), self.map_scene
        if mime.hasFormat(JOB_MIME):
            if self._job_target(event.position()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
        elif mime.hasFormat(KIND_MIME) and scene is not None:
            pos = self.mapToScene(event.position().toPoint())
            cell = scene.shown_layout.cell_at(pos.x(), pos.y())  # (what the user points at is laid out)
            if cell is not None:
                scene.target_cell.setRect(scene.shown_cell_rect(*cell))
                scene.target_cell.show()
                event.acceptProposedAction()
            else:
                scene.target_cell.hide()
                event.ignore()
        elif mime.hasUrls():
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        if self.map_scene is not None:
            self.map_scene.target_cell.hide()
            self.map_scene.set_current_cell(self.map_scene.current_cell)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime, scene = event.mimeData(), self.map_scene
        if mime.hasFormat(JOB_MIME):
            target = self._job_target(event.position())
            if target is not None:
                self.jobDropped.emit(bytes(mime.data(JOB_MIME).data()).decode("ascii"), target)
                event.acceptProposedAction()
                return
        elif mime.hasFormat(KIND_MIME) and scene is not None:
            pos = self.mapToScene(event.position().toPoint())
            scene.target_cell.hide()
            if scene.shown_layout.cell_at(pos.x(), pos.y()) is not None:
                # Typing goes to the new card's editor, not to the palette the drag came from.
                self.activateWindow()
                self.setFocus(Qt.FocusReason.OtherFocusReason)
                scene.create_at(pos, bytes(mime.data(KIND_MIME).data()).decode("ascii"), insert=True)
                event.acceptProposedAction()
                return
        elif mime.hasUrls():
            self.filesDropped.emit([url.toLocalFile() for url in mime.urls() if url.isLocalFile()])
            event.acceptProposedAction()
            return
        event.ignore()
