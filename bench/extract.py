"""Extraction throughput on text résumés: parse + extract per second on one core.

Prints the pipeline's build time (in a fresh interpreter), the time per stage (tokenizer,
each component, the extractors) and résumés per second for the sample TXT files and for
generated 600–900-word résumés. Run: ``.venv/bin/python bench/extract.py [--seconds 3]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.tokens import Doc

from screener.extract.certifications import extract_certifications
from screener.extract.contact import extract_contact
from screener.extract.degrees import extract_degrees
from screener.extract.experience import find_positions
from screener.extract.profile import build_profile
from screener.extract.skills import extract_skills
from screener.ingest.reader import read_document
from screener.months import YearMonth
from screener.nlp.annotations import dates_of, remember_text, text_of
from screener.nlp.pipeline import get_nlp
from screener.parsing import parse_text

ROOT = Path(__file__).resolve().parents[1]


def build_time() -> tuple[float, float]:
    """Seconds to import Screener (spaCy included), then to build the pipeline, fresh."""
    code = (
        "import time; t = time.perf_counter(); "
        "from screener.nlp.pipeline import get_nlp; i = time.perf_counter(); get_nlp(); "
        "print(i - t, time.perf_counter() - i)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    imports, build = out.stdout.split()
    return float(imports), float(build)


def rate(call: Callable[[], object], seconds: float) -> float:
    """Calls per second over about ``seconds``."""
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        call()
        count += 1
    return count / (time.perf_counter() - start)


def texts() -> dict[str, str]:
    """The sample TXT résumés' normalised text, plus two generated typical ones."""
    found = {}
    for path in sorted((ROOT / "sample_resumes").glob("*.txt")):
        found[path.name] = read_document(path.read_bytes(), path.name).text
    body = " ".join(found.values())
    words = body.split()
    found["generated-700-words"] = " ".join(words[:700])
    return found


def stage_times(corpus: dict[str, str], passes: int) -> dict[str, float]:
    """Mean seconds per résumé for the tokenizer, each component and the extractors."""
    nlp = get_nlp()
    totals: dict[str, float] = {"tokenizer": 0.0, **dict.fromkeys(nlp.pipe_names, 0.0)}
    totals["extractors"] = 0.0
    for _ in range(passes):
        for text in corpus.values():
            start = time.perf_counter()
            doc = nlp.make_doc(text)
            remember_text(doc, text)
            totals["tokenizer"] += time.perf_counter() - start
            for name, component in nlp.pipeline:
                start = time.perf_counter()
                doc = component(doc)
                totals[name] += time.perf_counter() - start
            start = time.perf_counter()
            extract_all(doc)
            totals["extractors"] += time.perf_counter() - start
    return {name: total / (passes * len(corpus)) for name, total in totals.items()}


def extract_all(doc: Doc) -> None:
    """Every extractor over one analysed Doc, as build_profile runs them."""
    text = text_of(doc)
    month, page = YearMonth(2026, 11), lambda _: 1
    positions = find_positions(text, [(0, len(text))], page, month, dates=dates_of(doc))
    extract_degrees(doc, page)
    extract_skills(doc, positions, page)
    extract_certifications(doc, page)
    extract_contact(text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    imports, build = build_time()
    print(f"fresh interpreter: imports {imports:.2f} s, pipeline build {build:.2f} s")
    get_nlp()
    corpus = texts()
    words = sum(len(t.split()) for t in corpus.values()) / len(corpus)
    print(f"{len(corpus)} texts, {words:.0f} words on average")
    for label, passes in (("first pass (cold caches)", 1), ("warm (mean of 5 passes)", 5)):
        print(f"per stage, {label}:")
        for name, seconds in stage_times(corpus, passes).items():
            print(f"  {name:28} {1000 * seconds:7.3f} ms/résumé")
    document = read_document(next(iter(corpus.values())).encode(), "cv.txt")
    build_profile(document, as_of="2026-11")
    values = list(corpus.values())
    index = [0]

    def one() -> None:
        parse_text(values[index[0] % len(values)], as_of="2026-11")
        index[0] += 1

    per_second = rate(one, args.seconds)
    print(
        f"parse_text end to end (ingest normalisation + pipeline + extractors): "
        f"{per_second:.0f} résumés/s on one core ({1000 / per_second:.2f} ms each)"
    )


if __name__ == "__main__":
    main()
