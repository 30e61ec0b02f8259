"""Spreadsheets in both shapes: a round trip keeps every card in its cell, and bad sheets get one sentence."""

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesigner import formats
from journeydesigner.export.run import export
from journeydesigner.formats import ImportFailed
from journeydesigner.projectfile import read_project
from journeydesigner.templates import sample_path
from tests.formats.helpers import axes, cards_by_cell

GRID_FIELDS = ("kind", "title", "score")


@pytest.fixture(scope="module")
def sample():
    return read_project(sample_path())


def _round_trip(project, path: Path, shape: str):
    options = project.export.model_copy(update={"table_shape": shape})
    warnings = export(project, path, options)
    imported = formats.import_file(path)
    assert imported.warnings == []
    if shape == "grid":  # the grid says how many cards it could not give back whole
        before, after = cards_by_cell(project), cards_by_cell(imported.project)
        lost = sum(a != b for name in before for cell in before[name]
                   for a, b in zip(before[name][cell], after[name].get(cell, []), strict=True))
        assert warnings == [f"map '{project.maps[0].name}': a grid holds each card's title only; the bodies, notes, "
                            f"tags and fields of {lost} card(s) were not written (choose one card per row to keep "
                            "them)"]
    else:
        assert warnings == []
    return imported.project


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_card_rows_round_trip_keeps_every_field(sample, tmp_path, suffix):
    back = _round_trip(sample, tmp_path / f"map{suffix}", "cards")
    assert axes(back) == axes(sample)
    assert cards_by_cell(back) == cards_by_cell(sample)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_grid_round_trip_keeps_cells_titles_kinds_and_feelings(sample, tmp_path, suffix):
    back = _round_trip(sample, tmp_path / f"grid{suffix}", "grid")
    assert axes(back) == axes(sample)
    assert cards_by_cell(back, GRID_FIELDS) == cards_by_cell(sample, GRID_FIELDS)


def test_xlsx_keeps_personas_and_jobs(sample, tmp_path):
    back = _round_trip(sample, tmp_path / "map.xlsx", "grid")
    assert [p.model_dump(exclude={"id", "photo"}) for p in back.personas] == \
        [p.model_dump(exclude={"id", "photo"}) for p in sample.personas]
    stage_names = {s.id: s.name for m in back.maps for s in m.stages} | {s.id: s.name for m in sample.maps
                                                                         for s in m.stages}

    def jobs(project):
        names = {p.id: p.name for p in project.personas}
        return [(j.statement, j.kind, j.importance, j.satisfaction, [stage_names[s] for s in j.stage_ids],
                 [names[p] for p in j.persona_ids]) for j in project.jobs]

    assert jobs(back) == jobs(sample)


def test_xlsx_is_formatted_for_people(sample, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "grid.xlsx"
    export(sample, path, sample.export.model_copy(update={"table_shape": "grid"}))
    book = load_workbook(path)
    assert book.sheetnames == ["Subscribing to an e-bike", "Personas", "Jobs"]
    grid = book.worksheets[0]
    assert grid.freeze_panes == "B2"
    assert grid["B1"].value == "Awareness" and grid["A2"].value == "Customer actions"
    assert grid["B2"].alignment.wrap_text
    assert grid["B2"].fill.fgColor.rgb != grid["B7"].fill.fgColor.rgb  # actions and pain points differ
    assert grid.column_dimensions["B"].width > 20
    # Printed, every page repeats the stage row and the lane column, across a landscape page.
    printed = (grid.print_title_rows, grid.print_title_cols, grid.page_setup.orientation)
    assert printed == ("$1:$1", "$A:$A", "landscape")


def _csv(path: Path, rows, **kwargs) -> Path:
    with path.open("w", newline="", encoding=kwargs.pop("encoding", "utf-8")) as handle:
        csv.writer(handle, **kwargs).writerows(rows)
    return path


def test_card_rows_header_in_any_order_any_case_unknown_columns_kept(tmp_path):
    path = _csv(tmp_path / "cards.csv", [
        ["TITLE", " stage ", "lane", "Effort", "emotion_score", "persona"],
        ["Finds the shop", "Search", "Feelings", "", "", ""],
        ["Happy", "Buy", "Feelings", "high", "2", "Ann"],
    ])
    imported = formats.import_file(path)
    jmap = imported.project.maps[0]
    assert [s.name for s in jmap.stages] == ["Search", "Buy"]
    assert jmap.lanes[0].kind == "emotion"
    happy = jmap.cards[1]
    assert (happy.title, happy.score, happy.notes) == ("Happy", 2, "Effort: high")
    assert imported.project.persona(happy.persona_id).name == "Ann"
    assert any("column D ('Effort')" in w for w in imported.warnings)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_csv_in_other_encodings_and_delimiters(tmp_path, delimiter, encoding):
    path = _csv(tmp_path / "grid.csv", [["", "Entdecken", "Kaufen"], ["Aktionen", "Sieht Plakat\nFragt Kollegin",
                                                                       "Zahlt 59 €"]],
                delimiter=delimiter, encoding=encoding)
    imported = formats.import_file(path)
    jmap = imported.project.maps[0]
    assert [c.title for c in jmap.cards] == ["Sieht Plakat", "Fragt Kollegin", "Zahlt 59 €"]
    assert [s.name for s in jmap.stages] == ["Entdecken", "Kaufen"]
    assert any("Windows-1252" in w for w in imported.warnings) == (encoding == "cp1252")


def test_grid_emotion_lines_and_bullets(tmp_path):
    path = _csv(tmp_path / "grid.csv", [["Journey", "A", "B"], ["Emotions", "• Curious (Maya: +2)\n-1", "Angry (9)"]])
    imported = formats.import_file(path)
    jmap = imported.project.maps[0]
    assert jmap.name == "Journey"
    assert [(c.title, c.score) for c in jmap.cards] == [("Curious", 2), ("", -1), ("Angry", 3)]
    assert imported.project.personas[0].name == "Maya"
    assert any("row 2, column C" in w and "set to 3" in w for w in imported.warnings)


@pytest.mark.parametrize(("rows", "message"), [
    ([["just a title"], ["and more"]], "row 1, column B: no header"),
    ([["", "Stage"], ["", "orphan"], ["Lane", "x"]], "row 2, column B holds text but column A"),
    ([["", "Stage", ""], ["Lane", "ok", "stray"]], "row 2, column C holds text but row 1 names no stage"),
])
def test_bad_grids_name_the_cell(tmp_path, rows, message):
    with pytest.raises(ImportFailed, match=message):
        formats.import_file(_csv(tmp_path / "bad.csv", rows))


def test_csv_injection_is_defused_and_read_back(tmp_path):
    from journeydesigner.templates import new_project

    project = new_project("blank")
    jmap = project.maps[0]
    from journeydesigner.model.journey import Lane, Stage

    jmap.stages, jmap.lanes = [Stage(name="S")], [Lane(name="L")]
    from journeydesigner.model.cards import make_card

    jmap.cards = [make_card("text", jmap.lanes[0].id, jmap.stages[0].id, title="=HYPERLINK(\"http://x\")")]
    path = tmp_path / "x.csv"
    export(project, path, project.export)
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    assert formats.import_file(path).project.maps[0].cards[0].title == "=HYPERLINK(\"http://x\")"
    xlsx = tmp_path / "x.xlsx"
    export(project, xlsx, project.export)
    from openpyxl import load_workbook

    assert load_workbook(xlsx)["Cards"]["E2"].data_type == "s"
    assert formats.import_file(xlsx).project.maps[0].cards[0].title == "=HYPERLINK(\"http://x\")"


def _book(path: Path, build) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    build(book.active)
    book.save(path)
    return path


def test_xlsx_template_with_merged_title_stages_and_lanes(tmp_path):
    """A client's template: a title merged across the top, a stage over two columns, a lane down two rows."""
    def build(ws):
        ws.append(["Acme Bank – mortgage journey"])
        ws.append([])
        ws.append(["", "Discover", "", "Buy"])
        ws.append(["Actions", "Sees ad", "Reads review", "Signs"])
        ws.append(["Pain points", "Jargon", "", ""])
        ws.append(["", "", "Too many options", "Form times out"])
        ws.merge_cells("A1:D1")
        ws.merge_cells("B3:C3")
        ws.merge_cells("A5:A6")

    imported = formats.import_file(_book(tmp_path / "m.xlsx", build))
    jmap = imported.project.maps[0]
    assert jmap.name == "Acme Bank – mortgage journey"
    assert axes(imported.project)[0][1:] == (["Discover", "Buy"], [("Actions", "action"), ("Pain points",
                                                                                             "pain_point")])
    cells = cards_by_cell(imported.project, ("title",))[jmap.name]
    assert [c[0] for c in cells[("Discover", "Actions")]] == ["Sees ad", "Reads review"]
    assert [c[0] for c in cells[("Discover", "Pain points")]] == ["Jargon", "Too many options"]
    assert [c[0] for c in cells[("Buy", "Pain points")]] == ["Form times out"]
    assert any("row(s) 1 above the table" in w for w in imported.warnings)
    assert any("3 merged range(s) (the first: A1:D1)" in w for w in imported.warnings)


def test_card_rows_with_a_title_row_and_a_stage_merged_down(tmp_path):
    def build(ws):
        ws.append(["Workshop 12 May"])
        ws.append(["Stage", "Lane", "Title"])
        ws.append(["Discover", "Actions", "Sees ad"])
        ws.append([None, "Actions", "Asks a friend"])
        ws.append(["Buy", "Actions", "Signs"])
        ws.merge_cells("A3:A4")

    project = formats.import_file(_book(tmp_path / "rows.xlsx", build)).project
    assert project.maps[0].name == "Workshop 12 May"
    cells = cards_by_cell(project, ("title",))["Workshop 12 May"]
    assert [c[0] for c in cells[("Discover", "Actions")]] == ["Sees ad", "Asks a friend"]
    titled = _csv(tmp_path / "titled.csv", [["Our journey", "", ""], ["", "Discover", "Buy"], ["Actions", "a", "b"]])
    assert formats.import_file(titled).project.maps[0].name == "Our journey"


def test_xlsx_formulas_are_never_evaluated(tmp_path):
    def build(ws):
        ws.append(["", "Discover"])
        ws.append(["Actions", "=1+1"])

    imported = formats.import_file(_book(tmp_path / "f.xlsx", build))
    assert imported.project.maps[0].cards == []  # never calculated by a spreadsheet: no cached value
    assert any("sheet 'Sheet', row 2, column B" in w for w in imported.warnings)


@pytest.mark.parametrize(("data", "message"), [
    (b"\xd0\xcf\x11\xe0rest", r"Excel 97–2003"),
    (b"not a zip at all", r"not a ZIP container"),
])
def test_xlsx_that_is_not_a_workbook(tmp_path, data, message):
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    with pytest.raises(ImportFailed, match=message):
        formats.import_file(path)


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (20 * 2**20))
    with pytest.raises(ImportFailed, match="zip bomb"):
        formats.import_file(path)


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    from journeydesigner.formats import common

    monkeypatch.setattr(common, "MAX_IMPORT_BYTES", 10)
    monkeypatch.setattr(common.read_limited, "__defaults__", (10,))
    path = _csv(tmp_path / "big.csv", [["", "S"], ["L", "x" * 100]])
    with pytest.raises(ImportFailed, match="larger than"):
        formats.import_file(path)


TEXT = st.text(st.sampled_from([*"ab Zé€,;\"'\n\t=+-@#:()0123456789", "Ω", "😀"]), max_size=20).map(
    lambda s: s.strip()).filter(lambda s: "\n\n" not in s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cards=st.lists(st.tuples(st.sampled_from(["action", "emotion", "pain_point", "kpi", "touchpoint"]),
                                TEXT.filter(bool), TEXT,
                                st.lists(TEXT.filter(bool).filter(lambda t: "," not in t and ";" not in t),
                                         max_size=3, unique=True),
                                st.integers(-3, 3), st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 3))),
                      min_size=1, max_size=12),
       suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_cards_round_trip_through_the_card_table(tmp_path_factory, cards, suffix):
    """Titles with commas, quotes, line breaks, formula-like starts and emoji; numbers; tags. (A card with no text
    and no field at all reads back as no card: its row is the same as the row that keeps an empty cell's lane.)"""
    from journeydesigner.model import JourneyMap, Lane, Project, Stage, make_card

    jmap = JourneyMap(name="M", stages=[Stage(name="S1"), Stage(name="S2")],
                      lanes=[Lane(name=kind, kind=kind) for kind in ("action", "emotion", "pain_point", "kpi",
                                                                     "touchpoint")])
    lanes = {lane.name: lane.id for lane in jmap.lanes}
    for i, (kind, title, body, tags, score, value) in enumerate(cards):
        extra = {"score": score} if kind == "emotion" else {"value": value} if kind == "kpi" else {}
        jmap.cards.append(make_card(kind, lanes[kind], jmap.stages[i % 2].id, title=title, body=body, tags=tags,
                                    **extra))
    project = Project(maps=[jmap])
    path = tmp_path_factory.mktemp("rt") / f"cards{suffix}"
    export(project, path, project.export)
    back = formats.import_file(path).project
    assert cards_by_cell(back) == cards_by_cell(project)


def test_semicolon_csv_with_a_title_line_above_the_table(tmp_path):
    """Excel in Europe: semicolons, Windows-1252, and a title line that splits into one cell with any separator."""
    path = tmp_path / "export.csv"
    path.write_bytes("Parcours client – Banque\r\n;Découverte;Achat\r\nActions;Voit la pub, en parle;Signe\r\n"
                     .encode("cp1252"))
    jmap = formats.import_file(path).project.maps[0]
    assert jmap.name == "Parcours client – Banque"
    assert [s.name for s in jmap.stages] == ["Découverte", "Achat"]
    assert [c.title for c in jmap.cards] == ["Voit la pub, en parle", "Signe"]


def test_a_workbook_with_an_instructions_sheet_imports_its_map(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Instructions"
    book.active["A1"], book.active["A3"] = "How to use this template", "One card per line in each cell."
    book.create_sheet("Journey").append(["", "Discover", "Buy"])
    book["Journey"].append(["Actions", "Sees ad", "Signs"])
    book.save(tmp_path / "workshop.xlsx")
    imported = formats.import_file(tmp_path / "workshop.xlsx")
    assert [m.name for m in imported.project.maps] == ["Journey"]
    assert imported.warnings == ["sheet 'Instructions' was skipped: it holds no table (sheet 'Instructions', row 1, "
                                 "column B: no header; the first row needs stage names from column B on (the grid), "
                                 "or card fields such as Stage, Lane and Title (one card per row))"]
    del book["Journey"]
    book.save(tmp_path / "notes.xlsx")
    with pytest.raises(ImportFailed, match="sheet 'Instructions', row 1, column B: no header"):
        formats.import_file(tmp_path / "notes.xlsx")


def test_an_import_that_would_make_too_many_cards_is_refused(tmp_path, monkeypatch):
    from journeydesigner.formats import sheet

    monkeypatch.setattr(sheet, "MAX_CARDS", 3)
    path = _csv(tmp_path / "many.csv", [["", "Discover"], ["Actions", "a\nb\nc"], ["Thoughts", "d"]])
    with pytest.raises(ImportFailed, match=r"row 3, column B: the file makes more than 3 cards"):
        formats.import_file(path)


def test_xlsx_line_breaks_from_windows_and_literal_escapes(tmp_path):
    """Excel stores a carriage return as "_x000D_": a cell pasted from Outlook reads as clean lines; a title that
    really holds "_x0041_" is written escaped, as Excel does, and reads back unchanged."""
    def build(ws):
        ws.append(["", "Discover"])
        ws.append(["Actions", "Sees ad_x000D_\nAsks a friend"])

    jmap = formats.import_file(_book(tmp_path / "pasted.xlsx", build)).project.maps[0]
    assert [c.title for c in jmap.cards] == ["Sees ad", "Asks a friend"]
    from journeydesigner.model.cards import make_card

    project = formats.import_file(_book(tmp_path / "pasted.xlsx", build)).project
    jmap = project.maps[0]
    jmap.cards.append(make_card("action", jmap.lanes[0].id, jmap.stages[0].id, title="Code _x0041_ stays"))
    back = _round_trip(project, tmp_path / "codes.xlsx", "cards")
    assert [c.title for c in back.maps[0].cards] == ["Sees ad", "Asks a friend", "Code _x0041_ stays"]


def test_a_designed_template_with_an_empty_margin_column(tmp_path):
    """Row 1 and column A left empty as a margin, a title in B2, a stage merged over D3:E3: the table is found
    where its text starts, and messages still name the sheet's own cells."""
    def build(ws):
        ws.append([])
        ws.append([None, "Checkout journey"])
        ws.append([None, "", "Browse", "Pay", None])
        ws.append([None, "Actions", "Looks", "Enters card", "Confirms"])
        ws.merge_cells("D3:E3")

    project = formats.import_file(_book(tmp_path / "designed.xlsx", build)).project
    cells = cards_by_cell(project, ("title",))["Checkout journey"]
    assert [c[0] for c in cells[("Pay", "Actions")]] == ["Enters card", "Confirms"]

    def broken(ws):
        build(ws)
        ws["C5"] = "no lane for me"

    with pytest.raises(ImportFailed, match=r"row 5, column C holds text but column B of that row names no lane"):
        formats.import_file(_book(tmp_path / "broken.xlsx", broken))


@pytest.mark.parametrize(("doctype", "entity", "message"), [
    ('<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/hostname">]>', "&x;", "undefined entity"),
    ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>", "&j;",
     "amplification"),
])
def test_xlsx_entities_are_never_expanded(tmp_path, doctype, entity, message):
    """A workbook is XML: an external entity (a file on the importer's disk) is not read into a card, and a
    'billion laughs' is refused, each in one sentence."""
    import zipfile

    def build(ws):
        ws.append(["", "Discover"])
        ws.append(["Actions", "PLACEHOLDER"])

    plain = _book(tmp_path / "plain.xlsx", build)
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = (doctype + data.decode()).replace("<t>PLACEHOLDER</t>", f"<t>{entity}</t>").encode()
            target.writestr(item, data)
    with pytest.raises(ImportFailed, match=f"hostile.xlsx is damaged: .*{message}"):
        formats.import_file(hostile)
