"""Regenerate the held-out résumé set from ``holdout/src/*.yaml``.

Usage (from the repository root)::

    .venv/bin/python sample_resumes/holdout/build.py            # every held-out sample
    .venv/bin/python sample_resumes/holdout/build.py NAME ...   # only these sources

Same source format, renderers and label checks as ``sample_resumes/build.py`` (the
parent folder's modules are imported, not copied); the output lands in this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PARENT = HERE.parent
sys.dont_write_bytecode = True  # keep the corpus folders free of __pycache__
sys.path.insert(0, str(PARENT))

from _docx import build_docx  # noqa: E402
from _labels import check_expected, expected_yaml  # noqa: E402
from _pdf import build_pdf  # noqa: E402
from build import write_txt  # noqa: E402  (the parent's TXT writer)


def build_one(src_path: Path) -> str:
    """Build the résumé and expected file for one source; return the output name."""
    src = yaml.safe_load(src_path.read_text(encoding="utf-8"))
    out = HERE / src["file"]
    if Path(src["file"]).stem != src_path.stem:
        raise SystemExit(f"{src_path.name}: 'file' must be named after the source")
    check_expected(src_path.stem, src["expected"])
    if src["format"] == "pdf":
        build_pdf(src, str(out))
    elif src["format"] == "docx":
        build_docx(src, str(out))
    else:
        write_txt(src, out)
    (HERE / f"{src_path.stem}.expected.yaml").write_text(expected_yaml(src), encoding="utf-8")
    return src["file"]


def main(argv: list[str]) -> None:
    """Build every source in ``holdout/src/`` (or only those named in ``argv``)."""
    sources = sorted((HERE / "src").glob("*.yaml"))
    if argv:
        sources = [s for s in sources if s.stem in argv]
    for s in sources:
        print(f"built {build_one(s)}")


if __name__ == "__main__":
    main(sys.argv[1:])
