"""A compiled Qt translation (.qm) read in plain Python, for the command line: importing Qt only to look words up
cost a German command 0.15-0.2 s (shiboken's start-up), more than reading the file.

The format is Qt's (qtranslator.cpp): a magic number, then tagged blocks; the messages block holds records of
tagged fields (context, source text, comment, one translation per plural form), and the numerus-rules block a
small byte code that picks the plural form for a count. ``tests/test_i18n.py`` checks that every message of
every shipped file reads as QTranslator reads it.
"""

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_LANGUAGE, _MESSAGES, _NUMERUS_RULES = 0xA7, 0x69, 0x88
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 1, 2, 3, 4, 7, 8, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


class QmError(ValueError):
    """The file is not a translation this reader understands."""


class QmFile:
    """Lookups as QTranslator.translate does them: by context, source text and disambiguation, and the plural
    form for ``n``; None where the file has no translation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        data = path.read_bytes()
        if not data.startswith(MAGIC):
            raise QmError(f"{path.name} is not a compiled Qt translation")
        self.language = ""
        self.rules = b""
        self.messages: dict[tuple[str, str, str], list[str]] = {}
        at = len(MAGIC)
        while at + 5 <= len(data):
            tag, size = data[at], struct.unpack_from(">I", data, at + 1)[0]
            block = data[at + 5:at + 5 + size]
            if tag == _LANGUAGE:
                self.language = block.decode("utf-8")
            elif tag == _NUMERUS_RULES:
                self.rules = block
            elif tag == _MESSAGES:
                self._read_messages(block)
            at += 5 + size

    def _read_messages(self, block: bytes) -> None:
        at, end = 0, len(block)
        context = source = comment = ""
        forms: list[str] = []
        while at < end:
            tag = block[at]
            at += 1
            if tag == _END:
                if forms:
                    self.messages[(context, source, comment)] = forms
                context = source = comment = ""
                forms = []
            elif tag == _OBSOLETE1:
                at += 4
            elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                size = struct.unpack_from(">I", block, at)[0]
                at += 4
                if size == 0xFFFFFFFF:  # a null string
                    size = 0
                raw = block[at:at + size]
                at += size
                if tag == _TRANSLATION:
                    forms.append(raw.decode("utf-16-be"))
                elif tag == _SOURCE:
                    source = raw.decode("utf-8")
                elif tag == _CONTEXT:
                    context = raw.decode("utf-8")
                else:
                    comment = raw.decode("utf-8")
            else:
                raise QmError(f"{self.path.name}: unknown message field {tag}")

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self.messages.get((context, text, ""))
        if not forms:
            return None
        form = plural_form(abs(n), self.rules) if n >= 0 else 0
        return forms[form] if form < len(forms) and forms[form] else None


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form the language uses for ``n``: Qt's numerusHelper, rule by rule (the first true rule's
    index; one past the last when none is)."""
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode, right = rules[i], rules[i + 1]
                i += 2
                left = n % 10 if opcode & _MOD_10 else n % 100 if opcode & _MOD_100 else n
                if opcode & _LEAD_1000 and not opcode & (_MOD_10 | _MOD_100):
                    while left >= 1000:
                        left //= 1000
                op = opcode & _OP_MASK
                if op == _EQ:
                    truth = left == right
                elif op == _LT:
                    truth = left < right
                elif op == _LEQ:
                    truth = left <= right
                else:  # _BETWEEN
                    truth = right <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    truth = not truth
                all_true = all_true and truth
                if i == size or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i == size or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # _NEWRULE
