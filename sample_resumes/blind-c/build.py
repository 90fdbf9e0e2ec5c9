"""Build held-out set C: every résumé, or only the ones named.

    .venv/bin/python sample_resumes/blind-c/build.py            # all
    .venv/bin/python sample_resumes/blind-c/build.py STEM ...   # only these

Each person has ``src/<stem>.facts.yaml`` (producer kind, layout and the hand-written
facts) and one source: ``src/<stem>.tex`` (pdflatex/xelatex/lualatex), ``src/<stem>.html``
(Chromium) or ``src/<stem>_docx.py`` (python-docx; the DOCX is then exported to PDF by
LibreOffice as ``<stem>_lo.pdf``). Labels are checked with ``check_expected`` before they
are written. The structure follows set B's build script.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
ROOT = HERE.parents[1]  # the repository
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "sample_resumes"))
sys.path.insert(0, str(ROOT / "sample_resumes" / "blind-4" / "src"))  # _docxkit.py
sys.path.insert(0, str(SRC))
from _labels import check_expected  # noqa: E402

ENV = dict(os.environ, SOURCE_DATE_EPOCH="1764547200", FORCE_SOURCE_DATE="1", TZ="UTC")
LO_PROFILE = "file:///tmp/lo-setc"  # a LibreOffice profile of its own, not the user's
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--no-pdf-header-footer",
]  # fmt: skip
TEX_ENGINES = ("pdflatex", "xelatex", "lualatex")


def tex(stem: str, engine: str) -> list[Path]:
    # a fixed build folder: xdvipdfmx derives the PDF /ID from the output path
    tmp = Path(tempfile.gettempdir()) / f"setc-tex-{stem}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        for _ in range(2):
            r = subprocess.run(
                [engine, "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={tmp}",
                 str(SRC / f"{stem}.tex")],
                env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=SRC,
            )  # fmt: skip
            if r.returncode:
                sys.stdout.write(r.stdout.decode("utf-8", "replace")[-3000:])
                raise SystemExit(f"{stem}: {engine} failed")
        shutil.copy(tmp / f"{stem}.pdf", HERE / f"{stem}.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [HERE / f"{stem}.pdf"]


def chromium(stem: str) -> list[Path]:
    out = HERE / f"{stem}.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={out}",
             (SRC / f"{stem}.html").as_uri()],
            check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    return [out]


def _fix_zip_times(path: Path) -> None:
    """Rewrite the DOCX with fixed zip timestamps so rebuilds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def docx_and_pdf(stem: str) -> list[Path]:
    spec = importlib.util.spec_from_file_location(f"{stem}_docx", SRC / f"{stem}_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = HERE / f"{stem}.docx"
    module.build(out)
    _fix_zip_times(out)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(HERE), str(out)],
        check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    pdf = HERE / f"{stem}_lo.pdf"  # the export gets its own stem, so each file has its own label
    (HERE / f"{stem}.pdf").replace(pdf)
    return [out, pdf]


def _q(v):
    if v is None:
        return "null"
    s = str(v)
    plain = s.replace("-", "").replace("_", "").isalnum() and not s.isdigit()
    return s if plain else json.dumps(s, ensure_ascii=False)


def _flow(d: dict) -> str:
    return "{" + ", ".join(f"{k}: {_q(v)}" for k, v in d.items()) + "}"


def label_text(file: Path, producer: str, layout: str, exp: dict) -> str:
    fmt = file.suffix[1:]
    hd = exp["highest_degree"]
    ex = exp["experience"]
    lines = [
        f"# Written by hand (set C, blind) - facts in src/{file.stem.removesuffix('_lo')}.facts.yaml.",
        f"file: {file.name}", f"format: {fmt}", f"producer: {producer}", f"layout: {layout}",
        "as_of: 2026-11",
    ]  # fmt: skip
    lines += (
        ["highest_degree: null"]
        if hd is None
        else ["highest_degree:", f"  level: {hd['level']}", f"  field: {hd['field']}"]
    )
    lines += ["degrees:" + (" []" if not exp["degrees"] else "")]
    lines += [f"  - {_flow(d)}" for d in exp["degrees"]]
    lines += ["experience:"] + [
        f"  {k}: {'null' if ex.get(k) is None else ex[k]}"
        for k in ("total_months", "internship_months", "claimed_years")
    ]
    lines.append(f"skills: [{', '.join(exp['skills'])}]")
    lines += ["certifications:" + (" []" if not exp["certifications"] else "")]
    lines += [f"  - {_flow(c)}" for c in exp["certifications"]]
    langs = exp.get("languages") or []
    lines += ["languages:" + (" []" if not langs else "")]
    lines += [f"  - {_flow(lang)}" for lang in langs]
    lines += [f"verdict: {exp['verdict']}", f"notes: {json.dumps(exp['notes'], ensure_ascii=False)}"]
    return "\n".join(lines) + "\n"


def build(stem: str) -> None:
    facts = yaml.safe_load((SRC / f"{stem}.facts.yaml").read_text(encoding="utf-8"))
    exp = facts["expected"]
    for d in exp["degrees"]:
        d.setdefault("status", "completed")
    for c in exp["certifications"]:
        c.setdefault("status", "completed")
    check_expected(stem, exp)
    kind = facts["kind"]
    if kind in TEX_ENGINES:
        files, producers = tex(stem, kind), [kind]
    elif kind == "chromium":
        files, producers = chromium(stem), ["chromium"]
    elif kind == "docx":
        files, producers = docx_and_pdf(stem), ["python-docx", "libreoffice"]
    else:
        raise SystemExit(f"{stem}: unknown kind {kind}")
    for file, producer in zip(files, producers):
        text = label_text(file, producer, facts["layout"], exp)
        (HERE / f"{file.stem}.expected.yaml").write_text(text, encoding="utf-8")
        print("built", file.name, f"({file.stat().st_size // 1024} KB)")


def main(argv: list[str]) -> None:
    stems = argv or sorted(p.name[: -len(".facts.yaml")] for p in SRC.glob("*.facts.yaml"))
    for stem in stems:
        build(stem)


if __name__ == "__main__":
    main(sys.argv[1:])
