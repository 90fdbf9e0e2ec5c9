"""Rebuild the blind held-out set J with the real producers.

    .venv/bin/python sample_resumes/holdout/set-j/build.py            # everything
    .venv/bin/python sample_resumes/holdout/set-j/build.py NAME ...   # only those people

Sources live in ``src/``:

* ``NAME.tex``        TeX Live; the engine is named on line 1 (``% engine: xelatex``).
* ``NAME.html``       printed to PDF by headless Chromium (no remote assets).
* ``NAME_docx.py``    a python-docx script with ``build(path)``; the DOCX is also exported
                      to ``NAME_lo.pdf`` by LibreOffice (both files are labelled).
* ``NAME.txt``        a plain-text résumé (as pasted into an ATS form), kept as UTF-8 in
                      ``src/``; written out in the ``encoding:`` (and ``newline: crlf``) its facts name.
* ``NAME.facts.yaml`` the hand-written facts (one set per person); this script checks
                      them with ``sample_resumes/_labels.check_expected`` and only then
                      writes ``<file stem>.expected.yaml`` beside every produced file.

Adapted from ``sample_resumes/holdout/set-i/build.py``; DOCX helpers are in ``src/_setj_docx.py``.
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
ROOT = HERE.parents[2]  # the repository
sys.dont_write_bytecode = True  # no __pycache__ in src/
sys.path.insert(0, str(ROOT))  # screener (used by _labels)
sys.path.insert(0, str(ROOT / "sample_resumes"))  # _labels.py
sys.path.insert(0, str(SRC))  # _setj_docx.py

import yaml  # noqa: E402
from _labels import AS_OF, check_expected  # noqa: E402

EPOCH = "1764547200"  # 2025-12-01T00:00:00Z
FIXED_ZIP_TIME = (2025, 12, 1, 0, 0, 0)
LO_PROFILE = "file:///tmp/lo-setj"  # LibreOffice's own profile, not the user's


# --------------------------------------------------------------------------- producers
def build_tex(name: str) -> list[tuple[Path, str, str]]:
    tex = SRC / f"{name}.tex"
    first = tex.read_text(encoding="utf-8").splitlines()[0]
    engine = first.split("engine:")[1].strip() if "engine:" in first else "pdflatex"
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")
    tmp = Path(tempfile.gettempdir()) / f"screener-setj-tex-{name}"  # fixed: PDF /ID
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        for _ in range(2):
            run = subprocess.run(
                [engine, "-interaction=nonstopmode", "-halt-on-error",
                 f"-output-directory={tmp}", str(tex)],
                cwd=SRC, env=env, capture_output=True, text=True, errors="replace",
            )  # fmt: skip
            if run.returncode:
                sys.stdout.write(run.stdout[-3000:])
                raise SystemExit(f"{engine} failed on {tex.name}")
        shutil.copyfile(tmp / f"{name}.pdf", HERE / f"{name}.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [(HERE / f"{name}.pdf", "pdf", engine)]


def build_html(name: str) -> list[tuple[Path, str, str]]:
    out = HERE / f"{name}.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / f"{name}.html").as_uri()],
            check=True, capture_output=True, env=dict(os.environ, TZ="UTC"),
        )  # fmt: skip
    return [(out, "pdf", "chromium")]


def _fix_docx(path: Path) -> None:
    """Fixed zip timestamps: the same DOCX bytes on every build."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fname, data in members:
            info = zipfile.ZipInfo(fname, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def build_docx(name: str) -> list[tuple[Path, str, str]]:
    spec = importlib.util.spec_from_file_location(f"{name}_docx", SRC / f"{name}_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    docx_path = HERE / f"{name}.docx"
    module.build(docx_path)
    _fix_docx(docx_path)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["libreoffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
            check=True, capture_output=True,
        )  # fmt: skip
        shutil.copyfile(Path(tmp) / f"{name}.pdf", HERE / f"{name}_lo.pdf")
    return [(docx_path, "docx", "python-docx"), (HERE / f"{name}_lo.pdf", "pdf", "libreoffice")]


def build_txt(name: str, encoding: str, newline: str) -> list[tuple[Path, str, str]]:
    text = (SRC / f"{name}.txt").read_text(encoding="utf-8")
    out = HERE / f"{name}.txt"
    eol = "\r\n" if newline == "crlf" else "\n"
    out.write_bytes(text.replace("\n", eol).encode(encoding))
    return [(out, "txt", "text")]


# --------------------------------------------------------------------------- labels
def _scalar(key: str, v) -> str:
    if v is None:
        return "null"
    s = str(v)
    plain = key != "name" and s.replace("-", "").replace("_", "").isalnum() and s not in (
        "no", "yes", "on", "off", "true", "false") and not s.isdigit()  # fmt: skip
    return s if plain else json.dumps(s, ensure_ascii=False)


def _flow(d: dict) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(k, v)}" for k, v in d.items()) + "}"


def write_label(name: str, exp: dict, path: Path, fmt: str, producer: str) -> None:
    hd = exp["highest_degree"]
    ex = exp["experience"]
    lines = [
        f"file: {path.name}", f"format: {fmt}", f"producer: {producer}",
        f"layout: {exp['layout']}",
    ]  # fmt: skip
    if fmt == "txt":
        lines.append(f"encoding: {exp['encoding']}")
    lines.append(f"as_of: {AS_OF}")
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
    label = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.yaml")
    label.write_text(
        f"# Written by hand (set J, blind) in src/{name}.facts.yaml; build.py copies it here.\n"
        + "\n".join(lines) + "\n",
        encoding="utf-8",
    )  # fmt: skip


def people() -> list[str]:
    return sorted(p.name.removesuffix(".facts.yaml") for p in SRC.glob("*.facts.yaml"))


def build(name: str) -> None:
    exp = yaml.safe_load((SRC / f"{name}.facts.yaml").read_text(encoding="utf-8"))
    check_expected(name, exp)  # before anything is written
    if (SRC / f"{name}.tex").exists():
        outputs = build_tex(name)
    elif (SRC / f"{name}.html").exists():
        outputs = build_html(name)
    elif (SRC / f"{name}_docx.py").exists():
        outputs = build_docx(name)
    elif (SRC / f"{name}.txt").exists():
        outputs = build_txt(name, exp["encoding"], exp.get("newline", "lf"))
    else:
        raise SystemExit(f"no source for {name}")
    for path, fmt, producer in outputs:
        write_label(name, exp, path, fmt, producer)
        print(f"built {path.name} ({producer})")


def main(argv: list[str]) -> None:
    for name in argv or people():
        build(name)


if __name__ == "__main__":
    main(sys.argv[1:])
