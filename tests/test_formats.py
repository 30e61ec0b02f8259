"""The format registry is the one list of formats: the CLI, the dialog and the messages all come from it."""

from pathlib import Path

import pytest

from journeydesigner import formats
from journeydesigner.export.run import export
from journeydesigner.export.safefile import ExportError


def test_every_registered_writer_and_reader_imports():
    for fmt in formats.REGISTRY:
        assert fmt.suffix.startswith(".") and fmt.suffix == fmt.suffix.lower()
        if fmt.writer:
            assert callable(fmt.load_writer())
        if fmt.reader:
            assert callable(fmt.load_reader())


def test_suffixes_are_unique():
    suffixes = [s for f in formats.REGISTRY for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))


def test_find_is_case_insensitive():
    assert formats.find(Path("MAP.PDF")).suffix == ".pdf"
    assert formats.find("x.unknown") is None
    assert formats.find(".XLSX").suffix == ".xlsx"  # a bare suffix, as the export dialog asks


def test_unknown_export_names_the_registered_suffixes(tmp_path):
    from journeydesigner.templates import new_project

    with pytest.raises(ExportError) as caught:
        export(new_project(), tmp_path / "map.docx", new_project().export)
    for fmt in formats.exporters():
        assert fmt.suffix in str(caught.value)


def test_unknown_import_is_refused_in_one_sentence(tmp_path):
    with pytest.raises(formats.ImportFailed) as caught:
        formats.import_file(tmp_path / "notes.docx")
    assert "'.docx'" in str(caught.value)
