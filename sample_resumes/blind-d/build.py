"""Build held-out set D (blind): every résumé, or only the people named.

    .venv/bin/python sample_resumes/blind-d/build.py            # all
    .venv/bin/python sample_resumes/blind-d/build.py STEM ...   # only these

Each person has ``src/<stem>.facts.yaml`` (``kind``: the producer, ``layout`` and the
hand-written facts under ``expected``) and one source:

* ``src/<stem>.tex``      pdflatex, xelatex or lualatex (``kind`` names the engine);
* ``src/<stem>.html``     printed to PDF by headless Chromium;
* ``src/<stem>_docx.py``  a python-docx script with ``build(path)``; the DOCX is then
                          exported to ``<stem>_lo.pdf`` by LibreOffice (own profile).

Every label is checked with ``sample_resumes/_labels.check_expected`` before it is
written as ``<file stem>.expected.yaml`` beside the produced file.

Reproducibility: TeX runs with SOURCE_DATE_EPOCH/FORCE_SOURCE_DATE in a fixed build
folder (the PDF /ID depends on the output path); DOCX files get fixed core properties and
fixed zip timestamps. Chromium and LibreOffice stamp the time into their PDFs, so those
rebuild identical except for metadata.
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

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
sys.dont_write_bytecode = True  # no __pycache__ in src/
sys.path.insert(0, str(HERE.parent))  # sample_resumes/_labels.py
sys.path.insert(0, str(HERE.parents[1]))  # the repository (screener.taxonomy)
sys.path.insert(0, str(SRC))  # src/_kit.py for the DOCX scripts

import yaml  # noqa: E402
from _labels import AS_OF, check_expected  # noqa: E402

EPOCH = "1764547200"  # 2025-12-01T00:00:00Z
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")
ZIP_TIME = (2026, 11, 1, 0, 0, 0)
LO_PROFILE = Path(tempfile.gettempdir()) / "lo-set-d-profile"
CHROMIUM = [
    "chromium", "--headless", "--no-sandbox", "--disable-gpu",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--no-pdf-header-footer",
]  # fmt: skip


def tex(stem: str, engine: str) -> list[tuple[Path, str]]:
    tmp = Path(tempfile.gettempdir()) / f"set-d-tex-{stem}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        for _ in range(2):  # twice, for page references
            run = subprocess.run(
                [engine, "-interaction=nonstopmode", "-halt-on-error",
                 f"-output-directory={tmp}", str(SRC / f"{stem}.tex")],
                cwd=SRC, env=ENV, capture_output=True, text=True, errors="replace",
            )  # fmt: skip
            if run.returncode:
                sys.stdout.write(run.stdout[-3000:])
                raise SystemExit(f"{engine} failed on {stem}.tex")
        shutil.copyfile(tmp / f"{stem}.pdf", HERE / f"{stem}.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [(HERE / f"{stem}.pdf", engine)]


def chromium(stem: str) -> list[tuple[Path, str]]:
    out = HERE / f"{stem}.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [*CHROMIUM, f"--user-data-dir={profile}", f"--print-to-pdf={out}",
             (SRC / f"{stem}.html").as_uri()],
            check=True, capture_output=True, env=ENV,
        )  # fmt: skip
    return [(out, "chromium")]


def _fix_zip(path: Path) -> None:
    """Fixed zip timestamps: the same DOCX bytes on every build."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def docx(stem: str) -> list[tuple[Path, str]]:
    spec = importlib.util.spec_from_file_location(f"{stem}_docx", SRC / f"{stem}_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = HERE / f"{stem}.docx"
    module.build(out)
    _fix_zip(out)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["libreoffice", f"-env:UserInstallation={LO_PROFILE.as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(out)],
            check=True, capture_output=True, env=ENV,
        )  # fmt: skip
        shutil.copyfile(Path(tmp) / f"{stem}.pdf", HERE / f"{stem}_lo.pdf")
    return [(out, "python-docx"), (HERE / f"{stem}_lo.pdf", "libreoffice")]


def _scalar(key: str, v) -> str:
    if v is None:
        return "null"
    s = str(v)
    plain = (
        key != "name"
        and s.replace("-", "").replace("_", "").isalnum()
        and not s.isdigit()
        and s.lower() not in ("no", "yes", "on", "off", "true", "false", "null")
    )
    return s if plain else json.dumps(s, ensure_ascii=False)


def _flow(d: dict) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(k, v)}" for k, v in d.items()) + "}"


def label_text(stem: str, file: Path, producer: str, layout: str, exp: dict) -> str:
    hd, ex = exp["highest_degree"], exp["experience"]
    lines = [
        f"# Written by hand (set D, blind) - facts in src/{stem}.facts.yaml.",
        f"file: {file.name}", f"format: {file.suffix[1:]}", f"producer: {producer}",
        f"layout: {layout}", f"as_of: {AS_OF}",
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
    check_expected(stem, exp)
    kind = facts["kind"]
    if kind in ("pdflatex", "xelatex", "lualatex"):
        outputs = tex(stem, kind)
    elif kind == "chromium":
        outputs = chromium(stem)
    elif kind == "docx":
        outputs = docx(stem)
    else:
        raise SystemExit(f"{stem}: unknown kind {kind}")
    for file, producer in outputs:
        text = label_text(stem, file, producer, facts["layout"], exp)
        (HERE / f"{file.stem}.expected.yaml").write_text(text, encoding="utf-8")
        print(f"built {file.name} ({producer})")


def main(argv: list[str]) -> None:
    stems = argv or sorted(p.name.removesuffix(".facts.yaml") for p in SRC.glob("*.facts.yaml"))
    for stem in stems:
        build(stem)


if __name__ == "__main__":
    main(sys.argv[1:])
