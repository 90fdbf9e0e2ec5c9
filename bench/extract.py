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

from screener.extract.profile import build_profile
from screener.ingest.reader import read_document
from screener.nlp.pipeline import get_nlp
from screener.parsing import parse_text

ROOT = Path(__file__).resolve().parents[1]


def build_time() -> float:
    """Seconds to import Screener and build the pipeline in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter(); "
        "from screener.nlp.pipeline import get_nlp; get_nlp(); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    print(f"pipeline build (fresh interpreter, imports included): {build_time():.2f} s")
    nlp = get_nlp()
    corpus = texts()
    words = sum(len(t.split()) for t in corpus.values()) / len(corpus)
    print(f"{len(corpus)} texts, {words:.0f} words on average")
    stage: dict[str, float] = {"tokenizer": 0.0, **dict.fromkeys(nlp.pipe_names, 0.0)}
    for text in corpus.values():
        start = time.perf_counter()
        doc = nlp.make_doc(text)
        stage["tokenizer"] += time.perf_counter() - start
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            doc = component(doc)
            stage[name] += time.perf_counter() - start
    for name, total in stage.items():
        print(f"  {name:28} {1000 * total / len(corpus):7.3f} ms/résumé")
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
