"""Bad input gets one clear line "FILE: reason" from the converters."""

from __future__ import annotations

import pytest

from communs.core.sources import SourceError, convert
from tests.core.test_sources_convert import PDF_PAGES, encrypt_pdf, make_pdf


def _error(data: bytes, filename: str, **kwargs: object) -> str:
    with pytest.raises(SourceError) as caught:
        convert(data, filename, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{filename}: ")
    assert caught.value.filename == filename
    return message


def test_corrupt_pdf() -> None:
    good = make_pdf(PDF_PAGES)
    assert _error(good[: len(good) // 3], "cut.pdf").startswith("cut.pdf: corrupt PDF")
    assert _error(b"%PDF-1.7\n" + b"\x13\x37garbage" * 200, "garbage.pdf").startswith("garbage.pdf: corrupt PDF")
    assert _error(b"this is not a pdf at all", "fake.pdf") == "fake.pdf: corrupt PDF: the file does not start with a PDF header"


def test_encrypted_pdf_needs_a_password() -> None:
    data = encrypt_pdf(make_pdf(PDF_PAGES), user_password="geheim")
    assert _error(data, "locked.pdf").startswith("locked.pdf: encrypted PDF: a password is required")


def test_pdf_without_text_layer() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a drawing, no text: like a scanned page
    message = _error(bytes(pdf.output()), "scan.pdf")
    assert message == "scan.pdf: no text could be extracted (scanned PDF without a text layer?)"


def test_empty_files() -> None:
    assert _error(b"", "empty.txt") == "empty.txt: empty file"
    assert _error(b"  \n\n\t ", "blank.md") == "blank.md: empty file"
    assert _error(b"<html><body></body></html>", "empty.html").startswith("empty.html: no text could be extracted")


def test_undecodable_text() -> None:
    assert _error(b"\x00\x01\x02\x03binary\x00\x00", "blob.txt").startswith("blob.txt: undecodable text")
    assert _error(b"abc\x81\x8d\x8f\x90 def", "weird.txt").startswith("weird.txt: undecodable text")
    assert _error(b"\xff\xfe" + b"\x00\xd8", "broken-utf16.txt").startswith("broken-utf16.txt: undecodable text")


def test_over_the_size_limit() -> None:
    message = _error(b"x" * 2048, "big.txt", max_bytes=1024)
    assert message == "big.txt: file too large: 2,048 bytes, the limit is 1,024 bytes"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"text": "ok"}\n{"text": "broken"\n', "passages.jsonl: malformed JSONL at line 2:"),
        ('{"text": "ok"}\n\n["not", "an object"]\n', "passages.jsonl: malformed JSONL at line 3: expected a JSON object"),
        ('{"page": 2}\n', 'passages.jsonl: malformed JSONL at line 1: "text" must be a non-empty string'),
        ('{"text": "ok", "page": "two"}\n', 'passages.jsonl: malformed JSONL at line 1: "page" must be a positive integer'),
    ],
)
def test_malformed_jsonl_names_the_line(content: str, expected: str) -> None:
    assert _error(content.encode(), "passages.jsonl").startswith(expected)
