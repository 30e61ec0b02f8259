"""Start the Qt application: offer back work a crash left behind, then show the window."""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from journeydesigner import i18n
from journeydesigner.app.actions_files import FILE_FILTER, open_document
from journeydesigner.app.collector import collect_garbage_between_events
from journeydesigner.app.crash import install_excepthook
from journeydesigner.app.fonts import add_bundled_fonts_aside, fonts_ready
from journeydesigner.app.preferences import apply_theme
from journeydesigner.app.recovery import Recoverable, pending_recoveries, recover
from journeydesigner.app.settings import bool_setting, settings
from journeydesigner.app.window import MainWindow
from journeydesigner.document import Document
from journeydesigner.i18n import tr
from journeydesigner.projectfile import ProjectFileError
from journeydesigner.resources import resource_path
from journeydesigner.templates import new_project, sample_path
from journeydesigner.userdirs import setup_logging


def paint_on_one_thread() -> None:
    """Qt's raster engine splits every fill taller than about a hundred lines into pieces for a thread pool and
    waits for them: a scroll bar is 14 pieces, each a thread hand-off costing more than its 64 lines. An edit
    that changes the map's height repaints both scroll bars and the view: at 20,000 cards adding a card took
    24-26 ms so and 15-17 ms without the pool (tests/perf/bench_edit.py). What we paint is pixmaps and small
    boxes, which one thread fills faster than it hands them off. Qt reads the switch at the first fill, so
    this runs before any window paints; a value the user set is kept."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def make_app() -> QApplication:
    paint_on_one_thread()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    add_bundled_fonts_aside()  # (Qt's font database needs the application)
    app.setApplicationName("Journey Designer")
    app.setOrganizationName("JourneyDesigner")
    app.setApplicationDisplayName("Journey Designer")
    app.setDesktopFileName("io.github.journeydesigner.JourneyDesigner")
    app.setWindowIcon(app_icon())
    i18n.install()  # the system's language, where resources/translations has it
    apply_theme(app)
    return app


WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The window's icon up to 256 px, the largest a window icon is shown at (Windows' taskbar and task switcher
    at 200 %). On X11 Qt decodes every size and hands all of them to the window manager (_NET_WM_ICON): the
    512 px one was 1 MB of pixels, 24 M instructions of the start (1 % of it, issue 15) for no window that shows
    it; desktops take their large icons from the icon theme and the app bundle (packaging/make_resources.py)."""
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"journeydesigner-{size}.png")), QSize(size, size))
    return icon


def show_window(doc: Document) -> MainWindow:
    fonts_ready()
    window = MainWindow(doc)
    if window.has_saved_geometry:
        window.show()
    else:
        window.showMaximized()  # first run: the map deserves the whole screen
    return window


def open_window(path: Path | None, doc: Document | None = None) -> MainWindow:
    """A window on ``doc``, else on ``path``; a file that cannot be read gets a message and an empty project."""
    problem = None
    if doc is None and path is not None:
        doc, problem = open_document(path, None)
    if doc is None:
        doc = Document(new_project())
    window = show_window(doc)
    if problem:
        QMessageBox.critical(window, tr("Cannot open project"), problem)
    return window


def show_recovered_window(doc: Document) -> MainWindow:
    """A window on recovered work, which says where its original file is (unchanged until the user saves)."""
    window = show_window(doc)
    if doc.path is not None:
        where = tr("Recovered unsaved work. The original file, unchanged until you save, is {path}").format(
            path=doc.path)
    else:
        where = tr("Recovered unsaved work of a project that was never saved; Save asks where to put it")
    window.statusBar().showMessage(where)  # stays until the next message: the user must be able to read it
    return window


MAX_LISTED = 6


def offer_recovery(items: list[Recoverable], parent: QWidget | None = None) -> list[Document]:
    """Ask whether to restore unsaved work; recovering or discarding cleans the copies up."""
    fonts_ready()
    lines = [f"• {item.describe()}" for item in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:  # the message box grows with its text: keep it on the screen
        lines.append(tr("… and %n more", "", len(items) - MAX_LISTED))
    listing = "\n".join(lines)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Recover unsaved work"),
                      tr("Journey Designer did not close normally last time. These projects had unsaved changes, "
                         "kept in recovery copies:\n\n{files}\n\nRecover them?").format(files=listing), parent=parent)
    restore = box.addButton(tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Decide Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    docs = []
    if box.clickedButton() is restore:
        for item in items:
            try:
                docs.append(recover(item))
            except ProjectFileError as exc:
                QMessageBox.warning(parent, tr("Cannot recover"),
                                    tr("{title}: the recovery copy {reason}").format(title=item.title, reason=exc))
            item.discard()  # the work now lives in an open window, which autosaves it afresh
    elif box.clickedButton() is discard:
        for item in items:
            item.discard()
    return docs


class FileOpenHandler(QObject):
    """macOS hands a double-clicked .journey file to the running program as a FileOpen event."""

    def __init__(self, windows: list[MainWindow]) -> None:
        super().__init__()
        self.windows = windows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and self.windows:
            self.windows[-1].open_path(Path(event.file()))
            return True
        return False


def follow_desktop_file_opens(app: QApplication, windows: list[MainWindow],
                              platform: str = sys.platform) -> FileOpenHandler | None:
    """On macOS, the filter that opens files the Finder hands over. Only there: a filter on the application
    sees every event of every object (≈6,000 before the first paint, each a call into Python), and elsewhere
    the desktop hands a file over on the command line, to a new process."""
    if platform != "darwin":
        return None
    opener = FileOpenHandler(windows)
    app.installEventFilter(opener)
    return opener


def start_screen_due(path: Path | None, is_sample: bool) -> bool:
    """The first start shows what there is to start from, unless the user opened a file (a double-click on a
    project a client sent is what they want to see): then it waits for the first start without one."""
    if bool_setting("start/seen", False) or (path is not None and not is_sample):
        return False
    settings().setValue("start/seen", True)
    return True


def greet(sample: Path) -> tuple[Path | None, Document | None]:
    """The first start without a file: the start screen on its own, before any window, so no project shows half
    hidden behind it. What the README promises stays one step away: "Open the Sample Project", and Cancel (or
    closing it) opens the sample too. Returns the file or the new document to open the window on."""
    from journeydesigner.app.start_screen import StartScreen  # a first start only: not on every start's path

    fonts_ready()
    screen = StartScreen()
    try:
        screen.exec()
        kind, value = screen.choice or ("sample", None)
    finally:
        screen.deleteLater()
    if kind == "template":
        return None, Document(new_project(str(value)))
    if kind == "open":
        return Path(str(value)), None
    if kind == "browse" and (chosen := QFileDialog.getOpenFileName(None, tr("Open project"), "",
                                                                   tr(FILE_FILTER))[0]):
        return Path(chosen), None
    return sample, None


def run_app(path: Path | None, is_sample: bool = False) -> int:
    setup_logging()
    app = make_app()
    collect_garbage_between_events(app)
    # Background threads (autosave's writer, exports) run Python too; when the GUI thread wants the GIL back it
    # waits up to this long (5 ms by default), which a frame cannot afford.
    sys.setswitchinterval(0.001)
    windows: list[MainWindow] = []

    def autosave_all() -> int:
        return sum(window.autosaver.save_now(wait=True) for window in windows)

    install_excepthook(autosave_all)
    opener = follow_desktop_file_opens(app, windows)  # noqa: F841 (kept while the application runs)
    if path is not None and not is_sample:
        path = Path(os.path.abspath(path)).resolve()  # recovery notes and saves must not depend on the folder
    items = pending_recoveries()
    recovered = offer_recovery(items) if items else []
    chosen = None
    if not recovered and start_screen_due(path, is_sample):
        path, chosen = greet(path or sample_path())
    # One window per project: a recovered file is not opened a second time from its stale disk version.
    if not recovered or (path is not None and not is_sample and all(
            doc.path is None or Path(doc.path).resolve() != path for doc in recovered)):
        windows.append(open_window(path, chosen))
    windows += [show_recovered_window(doc) for doc in recovered]  # shown last: in front
    windows[-1].raise_()
    windows[-1].activateWindow()
    windows[-1].view.setFocus()
    if quit_after := os.environ.get("JOURNEYDESIGNER_QUIT_AFTER_MS"):  # the bundle's smoke test: open, draw, leave
        QTimer.singleShot(int(quit_after), app.quit)
    if os.environ.get("JOURNEYDESIGNER_EXIT_AFTER_PAINT"):
        windows[-1].view.viewport().installEventFilter(_ExitAfterFirstPaint(app))
    return app.exec()


class _ExitAfterFirstPaint(QObject):
    """tests/perf/bench_process.py: when the map view has painted for the first time, print the moment
    (``first-paint`` and ``time.perf_counter()``, the system's monotonic clock) and leave at once."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.leave)  # runs once the paint this event starts is done
        return False

    @staticmethod
    def leave() -> None:
        import time

        print("first-paint", time.perf_counter(), flush=True)
        os._exit(0)
