"""Bytes to text for the text formats (plain text, Markdown, HTML, JSONL).

Policy, in order: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); otherwise strict UTF-8; otherwise
Windows-1252 (a superset of Latin-1 for printable text, still common for files exported by office software) but
only when it decodes without error *and* the result contains no control characters besides tab, newline, carriage
return and form feed. Anything else — binary data, NUL bytes, UTF-16 without a BOM, another legacy encoding that
happens to fail those checks — is "undecodable": we refuse rather than store mojibake.
"""

from __future__ import annotations

import codecs
import re

from communs.core.sources.document import SourceError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Unicode category Cc (C0 and C1 controls, DEL) except tab, newline, form feed and carriage return.
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _has_bad_controls(text: str) -> bool:
    return _BAD_CONTROLS.search(text) is not None


def decode_text(data: bytes, filename: str) -> str:
    """Decode ``data`` by the policy above; raise :class:`SourceError` naming ``filename`` when it cannot."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(filename, f"undecodable text: invalid {encoding} at byte {exc.start + len(bom)}") from exc
            if _has_bad_controls(text):
                raise SourceError(filename, f"undecodable text: control characters in {encoding} text (binary file?)")
            return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise SourceError(
                filename, f"undecodable text: not UTF-8 (invalid byte at {utf8_error.start}) nor Windows-1252"
            ) from utf8_error
        if _has_bad_controls(text):
            raise SourceError(
                filename, f"undecodable text: not UTF-8 (invalid byte at {utf8_error.start}) and not plain text"
            ) from utf8_error
        return text
    if _has_bad_controls(text):
        raise SourceError(filename, "undecodable text: control characters or NUL bytes (binary file?)")
    return text
