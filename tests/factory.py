"""Builders for the files the tests and benchmarks feed to ingest.

Well-formed documents come from reportlab and python-docx; hostile ones (cycles, bombs,
DTDs, lies in headers) are written byte by byte, since no honest library makes them.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Sequence

from docx import Document as DocxDocument
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

RESUME_LINES = (
    "Dana Whitfield",
    "Machine Learning Engineer",
    "EXPERIENCE",
    "Senior ML Engineer, Northwind Analytics, Jan 2021 - Present",
    "Built ranking models in Python and Java services on Kubernetes.",
    "EDUCATION",
    "B.S. Computer Science, Purdue University, 2016",
    "SKILLS",
    "Python, Java, SQL, PyTorch, Spark",
)


def pdf_pages(pages: Sequence[Sequence[str]], **canvas_options: object) -> bytes:
    """A text PDF: one list of lines per page, drawn top-down in Helvetica."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1, **canvas_options)
    for lines in pages:
        y = 740.0
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_two_columns(
    left: Sequence[str],
    right: Sequence[str],
    header: str = "",
    leading: float = 13,
    contact: Sequence[tuple[float, str]] = (),
    right_x: float = 230,
) -> bytes:
    """A one-page two-column PDF: a sidebar on the left, the main column at ``right_x``,
    under an optional name and an optional contact row across both (``(x, text)``
    pieces, as a template spreads them with glue)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    top = 740.0
    if header:
        pdf.setFont("Helvetica-Bold", 18)
        pdf.drawString(40, top, header)
        top -= 40
    pdf.setFont("Helvetica", 10)
    if contact:
        for x, piece in contact:
            pdf.drawString(x, top + 16, piece)
        top -= 14
    for x, lines in ((40.0, left), (right_x, right)):
        y = top
        for line in lines:
            pdf.drawString(x, y, line)
            y -= leading
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_placed(items: Sequence[tuple[float, float, str]], bold: Sequence[str] = ()) -> bytes:
    """A one-page PDF with each ``(x, y, text)`` drawn where it says (10 pt Helvetica; the
    texts in ``bold`` in Helvetica-Bold)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    for x, y, text in items:
        pdf.setFont("Helvetica-Bold" if text in bold else "Helvetica", 10)
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_hidden_text(visible: str, hidden: str, how: str) -> bytes:
    """A page with ``visible`` text and ``hidden`` text hidden ``how``: invisible, white, tiny."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    pdf.drawString(72, 700, visible)
    text = pdf.beginText(72, 650)
    if how == "invisible":
        text.setTextRenderMode(3)
    elif how == "white":
        text.setFillColorRGB(1, 1, 1)
    elif how == "tiny":
        text.setFont("Helvetica", 0.5)
    elif how == "white-on-dark":
        pdf.setFillColorRGB(0.1, 0.1, 0.3)
        pdf.rect(60, 640, 400, 30, fill=1, stroke=0)
        text.setFillColorRGB(1, 1, 1)
    text.textLine(hidden)
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_image_only() -> bytes:
    """A 'scanned' page: a raster image and no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "Scanned resume: Python, Java", fill=0)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(image), 72, 500, width=450, height=150)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_encrypted(user_password: str, owner_password: str = "owner") -> bytes:
    """A PDF encrypted with the standard handler (RC4); '' as user password opens freely."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    encryption = StandardEncryption(user_password, owner_password, canPrint=0, canCopy=0)
    return pdf_pages([RESUME_LINES], encrypt=encryption)


def raw_pdf(objects: Sequence[bytes], root: int = 1) -> bytes:
    """A PDF written by hand from numbered object bodies (object i+1 = objects[i])."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, xref)
    )
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_flate_bomb(inflated_mib: int = 1024) -> bytes:
    """A one-page PDF whose content stream is ~1 MB of Flate that inflates to 1 GiB."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(compressor.compress(chunk) for _ in range(inflated_mib))
    data += compressor.flush()
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(data, b"/Filter /FlateDecode"),
            _FONT,
        ]
    )


def pdf_many_pages(count: int) -> bytes:
    """A PDF of ``count`` small text pages sharing one content stream."""
    content = _stream(b"BT /F1 12 Tf 72 700 Td (Page of a very long resume) Tj ET")
    kids = b" ".join(b"%d 0 R" % (5 + index) for index in range(count))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
        b" /Resources << /Font << /F1 4 0 R >> >> >>"
    )
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
            content,
            _FONT,
            *[page] * count,
        ]
    )


def pdf_page_tree_cycle() -> bytes:
    """A page tree whose Pages node lists itself among its kids (and lies about its count)."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(b"BT /F1 12 Tf 72 700 Td (Cycle) Tj ET"),
            _FONT,
        ]
    )


def pdf_self_reference() -> bytes:
    """An object that is a reference to itself, used where a number is expected."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 6 0 R >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(b"BT /F1 12 Tf 72 700 Td (Loop) Tj ET"),
            _FONT,
            b"6 0 R",
        ]
    )


def docx_document(
    paragraphs: Sequence[str],
    table: Sequence[Sequence[str]] = (),
    header: str = "",
    footer: str = "",
) -> bytes:
    """A Word document with paragraphs, an optional table after them, header and footer."""
    document = DocxDocument()
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.core_properties.author = "Screener tests"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def raw_docx(body_xml: str, prolog: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal DOCX package around ``body_xml`` (the inside of ``w:body``)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<w:body>{body_xml}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_zip_bomb(inflated_mib: int = 200) -> bytes:
    """A DOCX whose document.xml is ``inflated_mib`` MiB of whitespace (~1000:1)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(f'<w:document xmlns:w="{W_NS}"><w:body>'.encode())
            chunk = b" " * (1024 * 1024)
            for _ in range(inflated_mib):
                handle.write(chunk)
            handle.write(b"</w:body></w:document>")
    return buffer.getvalue()


def p(text: str, run_properties: str = "") -> str:
    """One ``w:p`` with one run."""
    return (
        f"<w:p><w:r>{f'<w:rPr>{run_properties}</w:rPr>' if run_properties else ''}"
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def pdf_title_date_rows(rows: Sequence[tuple[str, str]], bullets: int = 2) -> bytes:
    """A single-column page: each row a job title with its date right-aligned, then bullets."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    pdf.setFont("Helvetica", 10)
    y = 740.0
    for title, dates in rows:
        pdf.drawString(72, y, title)
        pdf.drawRightString(540, y, dates)
        y -= 14
        for index in range(bullets):
            pdf.drawString(84, y, f"- Shipped feature {index} for millions of users in Python.")
            y -= 13
        y -= 8
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_date_cells(rows: Sequence[tuple[Sequence[str], str]], heading: str = "") -> bytes:
    """A single-column page holding a table: a narrow left cell of dates (some wrapping
    over two lines) beside a one-line entry in bold, as a browser prints an HTML table."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    y = 740.0
    if heading:
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(48, y, heading)
        y -= 24
    for cell, entry in rows:
        pdf.setFont("Helvetica", 9)
        for index, line in enumerate(cell):
            pdf.drawString(48, y - 12 * index, line)
        pdf.setFont("Helvetica-Bold", 9)  # short bold names look like headings
        pdf.drawString(150, y, entry)
        y -= 12 * len(cell) + 10
    pdf.drawString(48, y - 20, "Languages: English (native), Twi (fluent), French (basic).")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
