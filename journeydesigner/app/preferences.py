"""Preferences: defaults a user sets once. Stored in settings; damaged values fall back to defaults."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)

from journeydesigner.app.settings import bool_setting, int_setting, settings
from journeydesigner.i18n import LANGUAGE_SETTING, LANGUAGES, QT_TR_NOOP, started_in, tr
from journeydesigner.panels.binder import spin_box_look
from journeydesigner.templates import DEFAULT_TEMPLATE, list_templates

THEMES = {"system": QT_TR_NOOP("Follow the system"), "light": QT_TR_NOOP("Light"), "dark": QT_TR_NOOP("Dark")}
UNITS = {"mm": QT_TR_NOOP("Millimetres"), "in": QT_TR_NOOP("Inches")}
MM_PER_UNIT = {"mm": 1.0, "in": 25.4}
DEFAULTS: dict[str, object] = {
    "new/template": DEFAULT_TEMPLATE,
    "autosave/delay_ms": 800,
    "save/keep_backup": True,
    "appearance/theme": "system",
    "presentation/screen": "",
    "presentation/intro_slides": False,
    "units/paper": "mm",
    LANGUAGE_SETTING: "",
}


def str_setting(key: str) -> str:
    value = settings().value(key, DEFAULTS[key])
    return value if isinstance(value, str) else str(DEFAULTS[key])


def choose(combo: QComboBox, choices: dict[str, str], current: str | None = None) -> None:
    """Fill a combo with translated labels over stable keys (what settings and files store), and select
    ``current``: the text shown may be in any language, the data never is."""
    for key, label in choices.items():
        combo.addItem(tr(label), key)
    if current is not None:
        select_data(combo, current)


def select_data(combo: QComboBox, value: str) -> None:
    """Select the item holding ``value``, or the first when none does (a value from an older version)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


def paper_unit() -> str:
    """"mm" or "in": how paper sizes, margins and overlaps are shown and typed; files always store mm."""
    unit = str_setting("units/paper")
    return unit if unit in MM_PER_UNIT else "mm"


def theme_is_dark(theme: str | None = None) -> bool:
    theme = theme or str_setting("appearance/theme")
    if theme == "system":
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return theme == "dark"


def apply_theme(app: QApplication, theme: str | None = None) -> None:
    """Light or dark chrome; the map itself stays print-friendly light in both."""
    if app.style().name().lower() != "fusion":  # the toolbar's and status bar's spacing: app/chrome.py
        # (Qt's own default on Linux without a desktop theme; making another took 14-19 ms of the start)
        app.setStyle(QStyleFactory.create("Fusion"))
    try:
        _apply_palette(app, theme)
    finally:
        for widget in app.topLevelWidgets():  # explicit, rather than a changeEvent override on the window
            refresh = getattr(widget, "apply_icons", None)
            if callable(refresh):
                refresh()


def _apply_palette(app: QApplication, theme: str | None) -> None:
    if not theme_is_dark(theme):
        app.setPalette(app.style().standardPalette())
        app.setPalette(app.style().standardPalette(), "QListWidget")  # type: ignore[arg-type]  # str; stubs: bytes
        return
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25282C", QPalette.ColorRole.WindowText: "#E9ECEF",
        QPalette.ColorRole.Base: "#1E2124", QPalette.ColorRole.AlternateBase: "#2B2F33",
        QPalette.ColorRole.Text: "#E9ECEF", QPalette.ColorRole.Button: "#2F3337",
        QPalette.ColorRole.ButtonText: "#E9ECEF", QPalette.ColorRole.Highlight: "#1C7ED6",
        QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.ToolTipBase: "#343A40",
        QPalette.ColorRole.ToolTipText: "#F8F9FA", QPalette.ColorRole.PlaceholderText: "#868E96",
        QPalette.ColorRole.Link: "#74C0FC",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6C757D"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6C757D"))
    app.setPalette(palette)
    # Fusion outlines item-view check boxes in Window.darker(140): on this dark Window that is the list's own
    # background, so unchecked boxes vanished. Check lists get a lighter Window (it only tints their frames).
    lists = QPalette(palette)
    lists.setColor(QPalette.ColorRole.Window, QColor("#9AA1A8"))
    app.setPalette(lists, "QListWidget")  # type: ignore[arg-type]  # PySide6 takes a str; its stubs say bytes


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.template = QComboBox()
        for info in list_templates():
            self.template.addItem(info.title, info.name)
        self.autosave = spin_box_look(QSpinBox(minimum=1, maximum=60, suffix=tr(" s")))
        self.backup = QCheckBox(tr("Keep the previous version as NAME.journey.bak"))
        self.theme, self.units = QComboBox(), QComboBox()
        choose(self.theme, THEMES)
        choose(self.units, UNITS)
        self.screen_choice = QComboBox()
        self.screen_choice.addItem(tr("The screen the window is on"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            self.screen_choice.addItem(f"{screen.name()} ({size.width()} × {size.height()})", screen.name())
        self.intro = QCheckBox(tr("Begin presentations with personas and jobs"))
        self.language = QComboBox()
        self.language.addItem(tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # Every window, menu and panel was built in the language running now: the new one applies at next start.
        self.language_note = QLabel(tr("Journey Designer speaks the new language from its next start."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(self.language.currentData() != started_in()))
        named = ((self.template, tr("Default template")), (self.autosave, tr("Autosave after")),
                 (self.backup, tr("Keep a backup")), (self.theme, tr("Theme")), (self.units, tr("Paper units")),
                 (self.screen_choice, tr("Presentation screen")), (self.intro, tr("Presentation introduction")),
                 (self.language, tr("Language")))
        for widget, name in named:
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(tr("New projects from:"), self.template)
        form.addRow(tr("Autosave after a change:"), self.autosave)
        form.addRow("", self.backup)
        form.addRow(tr("Theme:"), self.theme)
        form.addRow(tr("Paper sizes in:"), self.units)
        form.addRow(tr("Present on:"), self.screen_choice)
        form.addRow("", self.intro)
        form.addRow(tr("Language:"), self.language)
        form.addRow("", self.language_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        select_data(self.template, str_setting("new/template"))
        self.autosave.setValue(max(1, round(int_setting("autosave/delay_ms", 800) / 1000)))
        self.backup.setChecked(bool_setting("save/keep_backup", True))
        select_data(self.theme, str_setting("appearance/theme"))
        select_data(self.units, paper_unit())
        select_data(self.screen_choice, str_setting("presentation/screen"))
        self.intro.setChecked(bool_setting("presentation/intro_slides", False))
        select_data(self.language, str_setting(LANGUAGE_SETTING))

    def reset(self) -> None:
        store = settings()
        for key, value in DEFAULTS.items():
            store.setValue(key, value)
        self.load()

    def accept(self) -> None:
        store = settings()
        store.setValue("new/template", self.template.currentData())
        store.setValue("autosave/delay_ms", self.autosave.value() * 1000)
        store.setValue("save/keep_backup", self.backup.isChecked())
        store.setValue("appearance/theme", self.theme.currentData())
        store.setValue("units/paper", self.units.currentData())
        store.setValue("presentation/screen", self.screen_choice.currentData())
        store.setValue("presentation/intro_slides", self.intro.isChecked())
        store.setValue(LANGUAGE_SETTING, self.language.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme.currentData())
        super().accept()
