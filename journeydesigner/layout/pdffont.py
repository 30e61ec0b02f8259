"""The bundled and system faces as reportlab fonts, for PDF export and for measuring what the shipped metrics
table does not cover; imported on first use (reportlab's parser reads a whole TrueType file)."""

from typing import TYPE_CHECKING

from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

if TYPE_CHECKING:
    from reportlab.pdfbase.pdfdoc import PDFDocument


class GlyphTTFont(TTFont):
    """reportlab's TrueType font, able to embed glyphs that no character maps to (Arabic joining forms,
    ligatures, Indic conjuncts) with a ToUnicode entry that gives the text they stand for.

    reportlab subsets by character: a glyph without one gets a private-use code, as reportlab's own shaping
    does; the ToUnicode CMaps of subsets holding such codes are rewritten so copy and search give the text.
    """

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803
        super().__init__(name, filename, subfontIndex=subfontIndex, shapable=False)
        self.private_text: dict[int, str] = {}
        self._private_of: dict[tuple[int, str], int] = {}
        self._next_private = 0xE000

    def code_for(self, gid: int, text: str, width: float) -> int:
        """The character code reportlab subsets ``gid`` under: its own character where it has one."""
        face = self.face
        chars = face.glyphToChar.get(gid)  # type: ignore[attr-defined]  # set by TTFontFile.extractInfo, not in the stubs
        if chars and len(text) == 1 and ord(text) in chars:
            return ord(text)
        key = (gid, text)
        code = self._private_of.get(key)
        if code is None:
            code = self._next_private
            while code in face.charToGlyph:
                code += 1
            if code > 0xF8FF:
                return chars[0] if chars else 0
            self._next_private = code + 1
            self._private_of[key] = code
            self.private_text[code] = text
            face.charToGlyph[code] = gid
            face.charWidths[code] = width
        return code

    def addObjects(self, doc: "PDFDocument") -> None:  # noqa: N802 (reportlab's name)
        from reportlab.pdfbase.pdfdoc import PDFStream  # loaded with the document being written

        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(code in self.private_text or code > 0xFFFF for code in subset):
                continue  # reportlab's own map is right; it writes no code beyond the BMP correctly
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if isinstance(stream, PDFStream):
                stream.content = _to_unicode_cmap(base, [self.private_text.get(c, chr(c)) for c in subset])


def _to_unicode_cmap(name: str, texts: list[str]) -> str:
    entries = [f"<{i:02X}> <{t.encode('utf-16-be').hex().upper()}>" for i, t in enumerate(texts)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(texts) - 1:02X}>", "endcodespacerange",
        f"{len(entries)} beginbfchar", *entries, "endbfchar",
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])
