"""Right-click menus on cards, headers and cells: the same actions as the menu bar, where the pointer is."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu

from journeydesigner.canvas.items import CardItem, HeaderItem
from journeydesigner.i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from journeydesigner.app.window import MainWindow

SWATCHES = {
    QT_TR_NOOP("Blue"): "#1C7ED6", QT_TR_NOOP("Teal"): "#0CA678", QT_TR_NOOP("Green"): "#2F9E44",
    QT_TR_NOOP("Yellow"): "#F59F00", QT_TR_NOOP("Orange"): "#E8590C", QT_TR_NOOP("Red"): "#E03131",
    QT_TR_NOOP("Pink"): "#D6336C", QT_TR_NOOP("Violet"): "#7048E8", QT_TR_NOOP("Grey"): "#868E96",
}


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def show_context_menu(window: "MainWindow", pos: QPoint) -> None:
    scene, view = window.scene, window.view
    if scene is None:
        return
    scene_pos = view.mapToScene(pos)
    item = scene.itemAt(scene_pos, view.transform())
    menu = QMenu(window)
    if isinstance(item, CardItem):
        if item.card_id not in scene.selected_card_ids():
            scene.select_cards([item.card_id], ensure_visible=False)
        for action in (window.act_edit_card, window.act_cut, window.act_copy, window.act_paste,
                       window.act_duplicate, window.act_delete):
            menu.addAction(action)
        colours = menu.addMenu(tr("Colour"))
        colours.addAction(tr("Default for its kind"), lambda: window.set_card_color(None))
        for name, value in SWATCHES.items():
            colours.addAction(_swatch(value), tr(name), lambda v=value: window.set_card_color(v))
    elif isinstance(item, HeaderItem):
        scene.select_axis_item(item.axis, item.item_id)
        if item.axis == "stages":
            menu.addAction(tr("Rename Stage…"), lambda: window.rename_axis("stages", item.item_id))
            menu.addAction(tr("Add Stage After…"), window.add_stage)
            menu.addAction(tr("Remove Stage"), lambda: window.remove_axis("stages"))
        else:
            menu.addAction(tr("Rename Lane…"), lambda: window.rename_axis("lanes", item.item_id))
            menu.addAction(tr("Add Lane Below…"), window.add_lane)
            menu.addAction(tr("Remove Lane"), lambda: window.remove_axis("lanes"))
    else:
        cell = scene.shown_layout.cell_at(scene_pos.x(), scene_pos.y())  # (what the user points at is laid out)
        if cell is None:
            return
        scene.clearSelection()
        scene.set_current_cell(cell)
        menu.addAction(window.act_new_card)
        menu.addAction(window.act_paste)
    menu.popup(view.viewport().mapToGlobal(pos))
