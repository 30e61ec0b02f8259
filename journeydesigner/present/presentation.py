"""A full-screen, read-only presentation of one map: overview first, then stage by stage.

It is a window of its own over a private scene, so leaving it restores the editor exactly as it was:
the editor window is never touched.
"""

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRect, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QRadialGradient,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsView, QLabel, QWidget
from shiboken6 import Shiboken

from journeydesigner.canvas.items import RaisedCards
from journeydesigner.canvas.scene import MapScene
from journeydesigner.document import Document
from journeydesigner.export.pages import Page, intro_slides
from journeydesigner.export.preview import paint_page
from journeydesigner.i18n import tr
from journeydesigner.layout import style as S
from journeydesigner.model import Kind
from journeydesigner.qtdraw import PixmapSource, image_source

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
             Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
OVERVIEW = -1
FADE = QColor(255, 255, 255, 215)
LABEL_GAP = 8.0  # between the frame's left edge and the lane labels beside a stage


class Presentation(QGraphicsView):
    """Step -1 is the overview; steps 0…n-1 frame one stage each, with the lane labels beside it."""

    closed = Signal()

    def __init__(self, doc: Document, map_id: str, start: int = OVERVIEW, reveal_emotions: bool = False,
                 intro: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(tr("Journey Designer — presentation"))
        self.setAccessibleName(tr("Presentation"))
        self.map_scene = MapScene(doc, map_id, self)  # a private scene: nothing here can reach the editor's
        self.map_scene.markers = doc.project.export.analysis_markers  # internal analysis: off for clients
        self.map_scene.rebuild()
        self.setScene(self.map_scene)
        self.setInteractive(False)  # read-only: no item gets a mouse event, so nothing can be dragged or edited
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setBackgroundBrush(QColor("#1E2227" if dark else "#DEE2E6"))  # a calm backdrop in either theme
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.reveal_emotions = reveal_emotions
        self.step = OVERVIEW
        self.spotlight: int | None = None  # index of the lit lane
        self.blank: str | None = None  # "black" or "white"
        self.laser: QPointF | None = None
        self._shades: list[QGraphicsRectItem] = []
        self._raised: set[str] = set()  # cards of the framed stage, drawn above the shades
        self._raised_cards = RaisedCards(16)  # above the shades (15), below the frozen headers (20)
        self.map_scene.addItem(self._raised_cards)
        self._rect = QRectF()
        self._animation = QVariantAnimation(self, duration=450, easingCurve=QEasingCurve(QEasingCurve.Type.InOutCubic))
        self._animation.valueChanged.connect(self._frame)
        self._laser_timer = QTimer(self, singleShot=True, interval=1500)
        self._laser_timer.timeout.connect(self._hide_laser)
        self.indicator = QLabel(self)
        self.indicator.setStyleSheet("color: rgba(255,255,255,200); background: rgba(20,24,28,150);"
                                     "border-radius: 6px; padding: 4px 10px; font-size: 13px;")
        self.indicator.setAccessibleName(tr("Where we are"))
        self.slides: list[SlideItem] = []
        if intro:
            self._add_intro_slides(doc)
        self.go(start if start != OVERVIEW or not self.slides else self.first_step, animate=False)

    @property
    def first_step(self) -> int:
        """Intro slides come before the overview: steps -2, -3… counting back from it."""
        return OVERVIEW - len(self.slides)

    def _add_intro_slides(self, doc: Document) -> None:
        """Persona and jobs slides, drawn from the same page plan as the PDF, to the left of the map."""
        pages = intro_slides(doc.project, 1024.0, 576.0)  # a small page, framed full-screen: large type
        x = -80.0
        for page in reversed(pages):
            x -= page.width + 160
            slide = SlideItem(page, image_source(doc.project.assets))
            slide.setPos(x, 0)
            self.map_scene.addItem(slide)
            self.slides.insert(0, slide)

    # ---- where we are -------------------------------------------------------------------------------
    @property
    def stage_count(self) -> int:
        return len(self.map_scene.layout.stages)

    def frame_for(self, step: int) -> QRectF:
        layout = self.map_scene.layout
        if step < OVERVIEW:
            return self.slides[step - self.first_step].sceneBoundingRect()
        if step == OVERVIEW or not layout.stages:
            return QRectF(0, 0, layout.width, layout.height).adjusted(-16, -16, 16, 16)
        stage = layout.stages[step]
        # The stage and whatever of it reaches past its edges (an emotion label beside its point), with room on
        # the left for the lane labels, which _frame places beside all that.
        left, right = stage.x, stage.x + stage.w
        items = self.map_scene.card_items
        for card_id, box in layout.cards.items():
            if box.stage_id == stage.stage_id and card_id in items:
                drawn = items[card_id].sceneBoundingRect()  # what is drawn: a label may sit beside its box
                left, right = min(left, drawn.left()), max(right, drawn.right())
        return QRectF(left - S.LANE_HEADER_W - LABEL_GAP, 0, right - left + S.LANE_HEADER_W + 2 * LABEL_GAP,
                      layout.height)

    def go(self, step: int, animate: bool = True) -> None:
        step = max(self.first_step, min(step, self.stage_count - 1))
        self.step = step
        target = self.frame_for(step)
        if animate and not self._rect.isNull():
            self._animation.stop()
            self._animation.setStartValue(self._rect)
            self._animation.setEndValue(target)
            self._animation.start()
        else:
            self._frame(target)
        self._update_overlays()

    def next(self) -> None:
        self.go(self.step + 1)

    def previous(self) -> None:
        self.go(self.step - 1)

    def _frame(self, rect: QRectF) -> None:
        """Show ``rect`` whole and centred: every lane of a stage is on screen, whatever the screen's size.

        The lane labels, which the editor keeps at the view's left edge, stand just left of the framed stage.
        """
        self._rect = QRectF(rect)
        view = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0 or view.width() <= 0:
            return
        scale = min(view.width() / rect.width(), view.height() / rect.height())
        self.resetTransform()
        self.scale(scale, scale)
        layout = self.map_scene.layout
        margin = max(view.width(), view.height()) / scale  # room to centre any stage, even at the map's edges
        everything = QRectF(0, 0, layout.width, layout.height)
        for slide in self.slides:
            everything = everything.united(slide.sceneBoundingRect())
        self.setSceneRect(everything.adjusted(-margin, -margin, margin, margin))
        self.centerOn(rect.center())
        labels_x = rect.left() + LABEL_GAP if self.step > OVERVIEW else 0.0
        self.map_scene.set_frozen_offset(QPointF(labels_x, 0))

    def framed_stage(self) -> str | None:
        """The id of the stage in view, or None for the overview (for tests and the indicator)."""
        return None if self.step <= OVERVIEW else self.map_scene.layout.stages[self.step].stage_id

    # ---- overlays: indicator, spotlight, emotion reveal ---------------------------------------------------
    def _update_overlays(self) -> None:
        layout = self.map_scene.layout
        if self.step < OVERVIEW:
            text = tr("Introduction {n} of {total}").format(n=self.step - self.first_step + 1, total=len(self.slides))
        elif self.step == OVERVIEW:
            text = tr("Overview · %n stage(s)", "", self.stage_count)
        else:
            text = tr("Stage {n} of {total} · {name}").format(n=self.step + 1, total=self.stage_count,
                                                               name=layout.stages[self.step].name)
        if self.spotlight is not None and layout.lanes:
            text += f" · {layout.lanes[self.spotlight].name}"
        self.indicator.setText(text)
        self.indicator.adjustSize()
        self._place_indicator()
        for shade in self._shades:
            self.map_scene.removeItem(shade)
        self._shades = []
        if self.step > OVERVIEW:  # the stage being talked about stands out; its neighbours fade
            for stage in layout.stages:
                if stage.index != self.step:
                    self._shade(QRectF(stage.x, layout.header_h, stage.w, layout.height - layout.header_h))
        self._raise_framed_cards()
        if self.spotlight is not None:
            for lane in layout.lanes:
                if lane.index != self.spotlight:
                    self._shade(QRectF(S.LANE_HEADER_W, lane.y, layout.width - S.LANE_HEADER_W, lane.h))
        for (axis, lane_id), header in self.map_scene.headers.items():
            if axis == "lanes":  # the labels move with the frame, so they fade themselves instead of a shade
                lit = self.spotlight is None or layout.lanes[self.spotlight].lane_id == lane_id
                header.setOpacity(1.0 if lit else 0.3)
        if self.reveal_emotions and self.step > OVERVIEW:
            after = layout.stages[self.step].x + layout.stages[self.step].w
            for lane in layout.lanes:
                if lane.kind is Kind.EMOTION and after < layout.width:
                    self._shade(QRectF(after, lane.y, layout.width - after, lane.h), QColor(S.PAPER))

    def _raise_framed_cards(self) -> None:
        """The framed stage's cards (in the spotlit lane, if any) above the shades, so an emotion label reaching
        past the stage's edge is not faded with the neighbour it overlaps."""
        layout, framed = self.map_scene.layout, self.framed_stage()
        lit = layout.lanes[self.spotlight].lane_id if self.spotlight is not None and layout.lanes else None
        wanted = {cid for cid, box in layout.cards.items()
                  if box.stage_id == framed and (lit is None or box.lane_id == lit)} if framed else set()
        if wanted != self._raised:
            items = self.map_scene.card_items
            self._raised_cards.set_cards([items[cid] for cid in wanted if cid in items])
        self._raised = wanted

    def _shade(self, rect: QRectF, color: QColor = FADE) -> None:
        shade = QGraphicsRectItem(rect)
        shade.setBrush(QBrush(color))
        shade.setPen(QPen(Qt.PenStyle.NoPen))
        shade.setZValue(15)  # above cards and curves, below the frozen headers
        self.map_scene.addItem(shade)
        self._shades.append(shade)

    def _place_indicator(self) -> None:
        self.indicator.move(self.width() - self.indicator.width() - 24, self.height() - self.indicator.height() - 20)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._frame(self.frame_for(self.step))
        self._place_indicator()

    # ---- input --------------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # every key is ours: no editor shortcut (Delete, Ctrl+Z…) may fire while presenting
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if self.blank is not None:  # any key brings the map back, as in slide software
            self.set_blank(None)
            return
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(OVERVIEW)
        elif key == Qt.Key.Key_End:
            self.go(self.stage_count - 1)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.go(key - Qt.Key.Key_1)
        elif key == Qt.Key.Key_0:
            self.go(OVERVIEW)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.set_blank("black")
        elif key == Qt.Key.Key_W:
            self.set_blank("white")
        elif key == Qt.Key.Key_L:
            self.cycle_spotlight()
        elif key == Qt.Key.Key_A:  # the analysis markers (job badges, flags), for an internal review
            self.map_scene.markers = not self.map_scene.markers
            self.map_scene.rebuild()
        elif key == Qt.Key.Key_E:
            self.reveal_emotions = not self.reveal_emotions
            self._update_overlays()
        # every other key, Delete and Ctrl+Z included, does nothing: the presentation is read-only

    def set_blank(self, blank: str | None) -> None:
        """A blank screen is blank: the "Stage 3 of 6" label goes too."""
        self.blank = blank
        self.indicator.setVisible(blank is None)
        self.viewport().update()

    def cycle_spotlight(self) -> None:
        count = len(self.map_scene.layout.lanes)
        if count == 0:
            return
        self.spotlight = 0 if self.spotlight is None else self.spotlight + 1
        if self.spotlight >= count:
            self.spotlight = None
        self._update_overlays()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.angleDelta().y() < 0:
            self.next()
        elif event.angleDelta().y() > 0:
            self.previous()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()  # no editing here

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.laser = self.mapToScene(event.position().toPoint())
        self.viewport().setCursor(Qt.CursorShape.BlankCursor)
        self._laser_timer.start()
        self.viewport().update()

    def _hide_laser(self) -> None:
        self.laser = None
        self.viewport().unsetCursor()
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        if self.blank is not None:
            painter.fillRect(rect, QColor("#000000" if self.blank == "black" else "#FFFFFF"))
            return
        if self.laser is not None:
            radius = 14 / max(self.transform().m11(), 0.01)
            glow = QRadialGradient(self.laser, radius)
            glow.setColorAt(0.0, QColor(255, 40, 40, 240))
            glow.setColorAt(0.35, QColor(255, 40, 40, 160))
            glow.setColorAt(1.0, QColor(255, 40, 40, 0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(self.laser, radius, radius)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._animation.stop()
        if Shiboken.isValid(self.map_scene):
            self.map_scene.dispose()
        self.closed.emit()
        super().closeEvent(event)


class SlideItem(QGraphicsItem):
    """One page of the plan (a persona, the jobs) shown as a slide in the presentation scene."""

    def __init__(self, page: Page, images: PixmapSource) -> None:
        super().__init__()
        self.page, self.images = page, images

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.page.width, self.page.height)

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect(), QColor(S.PAPER))
        paint_page(painter, self.page, self.images)


def start_presentation(doc: Document, map_id: str, start: int, parent: QWidget, screen_name: str = "",
                       reveal_emotions: bool = False, intro: bool = False) -> Presentation:
    """Show a presentation full-screen on the named screen (default: the screen ``parent`` is on)."""
    from PySide6.QtGui import QGuiApplication

    presentation = Presentation(doc, map_id, start, reveal_emotions, intro)
    screens = {s.name(): s for s in QGuiApplication.screens()}
    screen = screens.get(screen_name) or parent.screen()
    presentation.setScreen(screen)
    presentation.setGeometry(screen.geometry())
    presentation.showFullScreen()
    presentation.activateWindow()
    presentation.setFocus()
    return presentation
