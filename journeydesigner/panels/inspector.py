"""The inspector: the fields of whatever is selected (cards of any kind, a stage, a lane, the map)."""

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from journeydesigner.app.document import Document
from journeydesigner.commands import Target
from journeydesigner.model import Channel, Kind, OpportunityStatus
from journeydesigner.panels.binder import FieldBinder, persona_choices
from journeydesigner.panels.follow import FollowsDocument

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
        self.binder = FieldBinder(doc, targets, noun)
        self.layout_ = QFormLayout(self)
        self.rows: dict[str, QWidget] = {}

    def row(self, field: str, label: str, widget: QWidget) -> QWidget:
        self.layout_.addRow(label, widget)
        self.rows[field] = widget
        return widget

    def show_rows(self, visible: Callable[[str], bool]) -> None:
        for field, widget in self.rows.items():
            self.layout_.setRowVisible(widget, visible(field))


class Inspector(QScrollArea, FollowsDocument):
    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setAccessibleName("Inspector")
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
        self.forms = {
            "cards": self._card_form(),
            "stages": self._stage_form(),
            "lanes": self._lane_form(),
            "map": self._map_form(),
        }
        for form in self.forms.values():
            self.stack.addWidget(form)
        self.follow(doc)

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
        form.row("title", "Title", b.text("title", "Title", height=48))
        form.row("body", "Text", b.text("body", "Text", height=72))
        form.row("channel", "Channel", b.combo("channel", "Channel", [(c.label, c) for c in Channel]))
        form.row("score", "Feeling", b.spin("score", "Feeling", -100, 100))
        form.row("persona_id", "Persona", b.combo("persona_id", "Persona", []))
        form.row("severity", "Severity (1–5)", b.spin("severity", "Severity", 1, 5))
        form.row("owner", "Owner", b.line("owner", "Owner"))
        form.row("status", "Status", b.combo("status", "Status", [(s.value.replace("_", " ").title(), s)
                                                                  for s in OpportunityStatus]))
        form.row("metric", "Metric", b.line("metric", "Metric"))
        form.row("value", "Value", b.number("value", "Value"))
        form.row("target", "Target", b.number("target", "Target"))
        form.row("unit", "Unit", b.line("unit", "Unit"))
        form.row("color", "Colour", b.color("color", "Colour"))
        form.row("tags", "Tags", b.tags("tags", "Tags"))
        form.row("persona_ids", "Personas", b.checklist("persona_ids", "Personas",
                                                        persona_choices(self.doc)))
        form.row("job_ids", "Jobs", b.checklist("job_ids", "Jobs", lambda: [
            (f"{j.motivation or j.situation or 'Job'} ({j.opportunity})", j.id) for j in self.doc.project.jobs]))
        form.row("notes", "Internal notes", b.text("notes", "Internal notes", height=56))
        return form

    def _stage_form(self) -> _Form:
        form = _Form(self.doc, self._targets("stages"), "stage")
        b = form.binder
        form.row("name", "Name", b.line("name", "Stage name"))
        form.row("description", "Description", b.text("description", "Stage description"))
        form.row("width", "Width", b.spin("width", "Stage width", 120, 2000))
        return form

    def _lane_form(self) -> _Form:
        form = _Form(self.doc, self._targets("lanes"), "lane")
        b = form.binder
        form.row("name", "Name", b.line("name", "Lane name"))
        form.row("kind", "Holds", b.combo("kind", "Lane kind", [(k.label, k) for k in Kind]))
        return form

    def _map_form(self) -> _Form:
        form = _Form(self.doc, self._targets("map"), "map")
        b = form.binder
        form.row("name", "Name", b.line("name", "Map name"))
        form.row("description", "Description", b.text("description", "Map description"))
        form.row("persona_ids", "For personas", b.checklist("persona_ids", "Map personas",
                                                            persona_choices(self.doc)))
        return form

    # ---- following the selection --------------------------------------------------------------------
    def show_selection(self, map_id: str, selection: Selection) -> None:
        for form in self.forms.values():
            form.binder.end_session()
        self.map_id, self.selection = map_id, selection
        self.refresh()

    def refresh(self) -> None:
        if not self.map_id or not any(m.id == self.map_id for m in self.doc.project.maps):
            return
        kind, ids = self.selection
        jmap = self.doc.project.map(self.map_id)
        known = {"cards": {c.id for c in jmap.cards}, "stages": {s.id for s in jmap.stages},
                 "lanes": {ln.id for ln in jmap.lanes}}.get(kind)
        if known is not None and not all(i in known for i in ids):
            ids = [i for i in ids if i in known]
            self.selection = (kind, ids) if ids else ("map", [])
            kind = self.selection[0]
        form = self.forms[kind]
        for page in self.forms.values():  # the stack takes the height of the page shown, not of the tallest
            policy = QSizePolicy.Policy.Preferred if page is form else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(form)
        self.stack.adjustSize()
        if kind == "cards":
            kinds = {jmap.card(i).kind_enum for i in ids}
            form.show_rows(lambda f: f not in KIND_FIELDS or kinds <= KIND_FIELDS[f])
            self._fill_persona_choices(form)
            self.title.setText(f"{len(ids)} cards" if len(ids) > 1 else jmap.card(ids[0]).kind_enum.singular)
        elif kind == "stages":
            self.title.setText("Stage")
        elif kind == "lanes":
            self.title.setText("Lane")
        else:
            self.title.setText("Map")
        form.binder.load()

    def _fill_persona_choices(self, form: _Form) -> None:
        combo = form.rows["persona_id"]
        wanted = [("No persona", None)] + [(p.name, p.id) for p in self.doc.project.personas]
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]  # type: ignore[attr-defined]
        if current != wanted:
            combo.clear()  # type: ignore[attr-defined]
            for text, value in wanted:
                combo.addItem(text, value)  # type: ignore[attr-defined]
