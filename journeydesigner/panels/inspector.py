"""The inspector: the fields of whatever is selected (cards of any kind, a stage, a lane, the map)."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from journeydesigner.commands import Target
from journeydesigner.document import Document
from journeydesigner.i18n import tr
from journeydesigner.model import CardBase, Channel, Kind, Lane, OpportunityStatus, Stage
from journeydesigner.model.cellindex import cell_index
from journeydesigner.panels.binder import FieldBinder, keep_whole, narrow_form, persona_choices
from journeydesigner.panels.follow import FollowsDocument
from journeydesigner.panels.project import ProjectForm

Selection = tuple[str, list[str]]  # ("cards", ids) | ("stages", [id]) | ("lanes", [id]) | ("map", [])
KIND_FIELDS = {
    "channel": {Kind.TOUCHPOINT, Kind.CHANNEL},
    "score": {Kind.EMOTION}, "persona_id": {Kind.EMOTION},
    "severity": {Kind.PAIN_POINT},
    "owner": {Kind.OPPORTUNITY}, "status": {Kind.OPPORTUNITY},
    "metric": {Kind.KPI}, "value": {Kind.KPI}, "target": {Kind.KPI}, "unit": {Kind.KPI},
}


class _Form(QWidget):
    """One form with its binder; rows for kind-specific fields can be hidden."""

    def __init__(self, doc: Document, targets: Callable[[], list[Target]], noun: str) -> None:
        super().__init__()
        self.binder = FieldBinder(doc, targets, noun, self)
        self.layout_ = narrow_form(self)
        self.rows: dict[str, QWidget] = {}

    def row(self, field: str, label: str, widget: QWidget) -> QWidget:
        self.layout_.addRow(label, widget)
        self.rows[field] = widget
        return widget

    def show_rows(self, visible: Callable[[str], bool]) -> None:
        for field, widget in self.rows.items():
            self.layout_.setRowVisible(widget, visible(field))


class Inspector(QScrollArea, FollowsDocument):
    rejected = Signal(str)  # a form's value the model does not accept, with why (FieldBinder.rejected)

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # labels go above fields instead
        self.setAccessibleName(tr("Inspector"))
        self.doc = doc
        self.map_id = ""
        self.selection: Selection = ("map", [])
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 13px; padding: 4px 0;")
        self.stack = QStackedWidget()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.stack)
        column.addStretch(1)
        self.setWidget(body)
        # A form is made when its kind is first selected (the card form alone is ≈30 widgets): the window opens
        # on the map's (issue 15). Each one's refusals come out of the inspector's own signal.
        self.forms: dict[str, _Form] = {}
        self._makers: dict[str, Callable[[], _Form]] = {
            "cards": self._card_form, "stages": self._stage_form, "lanes": self._lane_form, "map": self._map_form}
        self.form("map")
        keep_whole(self)
        self.follow(doc)

    def form(self, kind: str) -> "_Form":
        """The form for ``kind`` ("cards", "stages", "lanes", "map"), made on first use."""
        if kind not in self.forms:
            made = self.forms[kind] = self._makers[kind]()
            made.binder.rejected.connect(self.rejected)
            self.stack.addWidget(made)
        return self.forms[kind]

    def _targets(self, collection: str) -> Callable[[], list[Target]]:
        def targets() -> list[Target]:
            kind, ids = self.selection
            if kind != collection or not self.map_id:
                return []
            if kind == "map":
                return [Target("maps", self.map_id)]
            return [Target(kind, i, self.map_id) for i in ids]

        return targets

    # ---- forms --------------------------------------------------------------------------------------
    def _card_form(self) -> _Form:
        form = _Form(self.doc, self._targets("cards"), "card")
        b = form.binder
        form.row("title", tr("Title"), b.text("title", tr("Title"), height=48))
        form.row("body", tr("Text"), b.text("body", tr("Text"), height=72))
        form.row("channel", tr("Channel"), b.combo("channel", tr("Channel"), [(c.label, c) for c in Channel]))
        form.row("score", tr("Feeling"), b.spin("score", tr("Feeling"), -100, 100))
        form.row("persona_id", tr("Persona"), b.combo("persona_id", tr("Persona"), []))
        form.row("severity", tr("Severity (1–5)"), b.spin("severity", tr("Severity"), 1, 5))
        form.row("owner", tr("Owner"), b.line("owner", tr("Owner")))
        form.row("status", tr("Status"), b.combo("status", tr("Status"), [(s.label, s)
                                                                  for s in OpportunityStatus]))
        form.row("metric", tr("Metric"), b.line("metric", tr("Metric")))
        form.row("value", tr("Value"), b.number("value", tr("Value")))
        form.row("target", tr("Target"), b.number("target", tr("Target")))
        form.row("unit", tr("Unit"), b.line("unit", tr("Unit")))
        form.row("color", tr("Colour"), b.color("color", tr("Colour")))
        form.row("tags", tr("Tags"), b.tags("tags", tr("Tags")))
        form.row("persona_ids", tr("Personas"), b.checklist("persona_ids", tr("Personas"),
                                                        persona_choices(self.doc)))
        form.row("job_ids", tr("Jobs"), b.checklist("job_ids", tr("Jobs"), lambda: [
            (f"{j.motivation or j.situation or tr('Job')} ({j.opportunity})", j.id) for j in self.doc.project.jobs]))
        form.row("notes", tr("Internal notes"), b.text("notes", tr("Internal notes"), height=56))
        return form

    def _stage_form(self) -> _Form:
        form = _Form(self.doc, self._targets("stages"), "stage")
        b = form.binder
        form.row("name", tr("Name"), b.line("name", tr("Stage name")))
        form.row("description", tr("Description"), b.text("description", tr("Stage description")))
        form.row("width", tr("Width"), b.spin("width", tr("Stage width"), 120, 2000))
        return form

    def _lane_form(self) -> _Form:
        form = _Form(self.doc, self._targets("lanes"), "lane")
        b = form.binder
        form.row("name", tr("Name"), b.line("name", tr("Lane name")))
        form.row("kind", tr("Holds"), b.combo("kind", tr("Lane kind"), [(k.label, k) for k in Kind]))
        return form

    def _map_form(self) -> _Form:
        form = _Form(self.doc, self._targets("map"), "map")
        b = form.binder
        form.row("name", tr("Name"), b.line("name", tr("Map name")))
        form.row("description", tr("Description"), b.text("description", tr("Map description")))
        form.row("persona_ids", tr("For personas"), b.checklist("persona_ids", tr("Map personas"),
                                                            persona_choices(self.doc)))
        # With nothing selected the inspector also shows the project's own fields (title, client, logo…).
        heading = QLabel(tr("Project"))
        heading.setStyleSheet("font-weight: bold; font-size: 13px; padding: 10px 0 4px 0;")
        form.layout_.addRow(heading)
        self.project_form = ProjectForm(self.doc, form, into=form.layout_)
        self.project_form.hide()  # its rows live in this form; the widget is only their binding
        return form

    def detach(self) -> None:
        self.project_form.detach()
        super().detach()

    # ---- following the selection --------------------------------------------------------------------
    def show_selection(self, map_id: str, selection: Selection) -> None:
        self.project_form.binder.end_session()
        for form in self.forms.values():
            form.binder.end_session()
        self.map_id, self.selection = map_id, selection
        self.refresh()

    def refresh(self) -> None:
        if not self.map_id or not any(m.id == self.map_id for m in self.doc.project.maps):
            return
        kind, ids = self.selection
        jmap = self.doc.project.map(self.map_id)
        wanted = set(ids)
        found: dict[str, CardBase | Stage | Lane]
        if kind == "cards":  # by the map's card index: no walk over 20,000 cards for each selection change
            by_id = cell_index(jmap).by_id
            found = {i: by_id[i] for i in wanted if i in by_id}
        else:
            lists: dict[str, Sequence[Stage | Lane]] = {"stages": jmap.stages, "lanes": jmap.lanes}
            found = {item.id: item for item in lists.get(kind, []) if item.id in wanted}
        if kind in ("cards", "stages", "lanes") and len(found) < len(wanted):
            ids = [i for i in ids if i in found]
            self.selection = (kind, ids) if ids else ("map", [])
            kind = self.selection[0]
        form = self.form(kind)
        for page in self.forms.values():  # the stack takes the height of the page shown, not of the tallest
            policy = QSizePolicy.Policy.Preferred if page is form else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(form)
        self.stack.updateGeometry()  # the body lays the stack out again, as wide as the panel (adjustSize made it
        # as wide as its widest page, past the right edge, until the next layout pass)
        if kind == "cards":
            kind_of = {i: item.kind_enum for i, item in found.items() if isinstance(item, CardBase)}
            kinds = set(kind_of.values())
            form.show_rows(lambda f: f not in KIND_FIELDS or kinds <= KIND_FIELDS[f])
            self._fill_persona_choices(form)
            self.title.setText(tr("%n cards", "", len(ids)) if len(ids) > 1 else kind_of[ids[0]].singular)
        elif kind == "stages":
            self.title.setText(tr("Stage"))
        elif kind == "lanes":
            self.title.setText(tr("Lane"))
        else:
            self.title.setText(tr("Map"))
        form.binder.load()

    def _fill_persona_choices(self, form: _Form) -> None:
        combo = form.rows["persona_id"]
        assert isinstance(combo, QComboBox)  # the persona field is a choice
        wanted = [(tr("No persona"), None)] + [(p.name, p.id) for p in self.doc.project.personas]
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if current != wanted:
            combo.clear()
            for text, value in wanted:
                combo.addItem(text, value)
