"""Presenting from the main window: full screen from the overview or the current stage, optionally after a slide
per persona and the ranked jobs."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from journeydesigner.app.actions import Editor, WindowActions
from journeydesigner.app.settings import bool_setting, settings
from journeydesigner.i18n import tr

if TYPE_CHECKING:  # the presentation is imported when one starts: not on the start's path
    from journeydesigner.present.presentation import Presentation


class PresentActions(WindowActions):
    """F5 and Shift+F5, and the intro option; the running presentation, None while editing."""

    def __init__(self, window: QWidget, editor: Editor) -> None:
        super().__init__(window)
        self.editor = editor
        self.presentation: Presentation | None = None
        a = self.action
        self.act_present = a(tr("&Present"), lambda: self.present(False), QKeySequence(Qt.Key.Key_F5),
                             tr("Present the map full-screen from the overview"))
        self.act_present_here = a(tr("Present from Current &Stage"), lambda: self.present(True),
                                  QKeySequence("Shift+F5"), tr("Present the map full-screen from the current stage"))
        self.act_present_intro = a(tr("Begin with Personas and &Jobs"), self._remember_intro, None,
                                   tr("Open presentations with a slide per persona and the ranked jobs"))
        self.act_present_intro.setCheckable(True)
        self.follow_settings()

    def follow_settings(self) -> None:
        """The intro option as Preferences last set it."""
        self.act_present_intro.setChecked(bool_setting("presentation/intro_slides", False))

    def present(self, from_current: bool) -> None:
        """Full screen on the chosen screen; the editor stays exactly as it is underneath."""
        scene = self.editor.scene
        if scene is None:
            return
        from journeydesigner.present.presentation import OVERVIEW, start_presentation

        start = OVERVIEW
        if from_current and scene.current_cell is not None:
            stage_ids = [s.stage_id for s in scene.layout.stages]
            start = stage_ids.index(scene.current_cell[1])
        if scene.editor is not None:
            scene.editor.commit()
        screen = str(settings().value("presentation/screen", "") or "")
        intro = self.act_present_intro.isChecked() and not from_current
        self.presentation = start_presentation(self.editor.doc, scene.map_id, start, self.host, screen, intro=intro)
        self.presentation.closed.connect(self._presentation_closed)

    def _remember_intro(self) -> None:
        settings().setValue("presentation/intro_slides", self.act_present_intro.isChecked())

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.host.activateWindow()
        self.editor.view.setFocus()
