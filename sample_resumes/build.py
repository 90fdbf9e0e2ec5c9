"""Regenerate the sample résumé corpus from ``src/*.yaml``.

Usage (from the repository root)::

    .venv/bin/python sample_resumes/build.py            # every sample
    .venv/bin/python sample_resumes/build.py NAME ...   # only these sources

Each source holds the résumé content plus its labelled facts (``expected:``).  For every
source this writes ``<name>.<pdf|docx|txt>`` and ``<name>.expected.yaml`` next to this
file.  The output is deterministic: running it twice gives byte-identical files.

Source keys: ``file``, ``format`` (pdf|docx|txt), ``layout`` (the label written to the
expected file), ``style`` (renderer switches, see ``_pdf``/``_docx``), ``name``,
``headline``, ``contact``, ``page_header``, ``sidebar``/``main`` (markup, see
``_markup``) for PDF and DOCX; ``text``, ``encoding``, ``newline`` for TXT and for the
scanned (image-only) PDF; and ``expected``.
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

from _docx import build_docx  # noqa: E402
from _labels import check_expected, expected_yaml  # noqa: E402
from _pdf import FONT_DIR, build_pdf  # noqa: E402


def write_txt(src: dict, path: Path) -> None:
    """Write ``src['text']`` with the declared encoding and line endings (strict)."""
    text = src["text"]
    if src.get("newline") == "crlf":
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(src["encoding"], errors="strict"))


def write_scanned_pdf(src: dict, path: Path) -> None:
    """Rasterise ``src['text']`` like a photocopy and wrap it in an image-only PDF."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    dpi, (w_pt, h_pt) = 150, A4
    size = (round(w_pt / 72 * dpi), round(h_pt / 72 * dpi))
    img = Image.new("L", size, 246)
    draw = ImageDraw.Draw(img)
    body = ImageFont.truetype(f"{FONT_DIR}/DejaVuSerif.ttf", 21)
    bold = ImageFont.truetype(f"{FONT_DIR}/DejaVuSerif-Bold.ttf", 23)
    y = 110
    for i, line in enumerate(src["text"].splitlines()):
        font = bold if i == 0 or line.isupper() else body  # name and ALL-CAPS headings
        draw.text((120, y), line, fill=28, font=font)
        y += 31 if line.strip() else 16
    rng = random.Random(20261101)  # speckle, like toner dust; seeded for reproducibility
    for _ in range(2500):
        draw.point((rng.randrange(size[0]), rng.randrange(size[1])), fill=rng.randrange(120, 200))
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    jpg = io.BytesIO()
    img.save(jpg, "JPEG", quality=55, optimize=False)
    jpg.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("scan0001")
    c.drawImage(ImageReader(jpg), 0, 0, width=w_pt, height=h_pt)
    c.showPage()
    c.save()


def build_one(src_path: Path, folder: Path = HERE) -> str:
    """Build the résumé and expected file for one source; return the output name."""
    src = yaml.safe_load(src_path.read_text(encoding="utf-8"))
    out = folder / src["file"]
    if Path(src["file"]).stem != src_path.stem:
        raise SystemExit(f"{src_path.name}: 'file' must be named after the source")
    check_expected(src_path.stem, src["expected"])
    if src["layout"] == "scanned":
        write_scanned_pdf(src, out)
    elif src["format"] == "pdf":
        build_pdf(src, str(out))
    elif src["format"] == "docx":
        build_docx(src, str(out))
    else:
        write_txt(src, out)
    (folder / f"{src_path.stem}.expected.yaml").write_text(expected_yaml(src), encoding="utf-8")
    return src["file"]


def main(argv: list[str], folder: Path = HERE) -> None:
    """Build every source in ``folder/src/`` (or only those named in ``argv``) into ``folder``."""
    sources = sorted((folder / "src").glob("*.yaml"))
    if argv:
        sources = [s for s in sources if s.stem in argv]
    for s in sources:
        print(f"built {build_one(s, folder)}")


if __name__ == "__main__":
    main(sys.argv[1:])
