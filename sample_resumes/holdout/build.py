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

HERE = Path(__file__).resolve().parent
PARENT = HERE.parent
sys.dont_write_bytecode = True  # keep the corpus folders free of __pycache__
sys.path.insert(0, str(PARENT))

from build import main  # noqa: E402  (the main set's builder, pointed at this folder)

if __name__ == "__main__":
    main(sys.argv[1:], folder=HERE)
