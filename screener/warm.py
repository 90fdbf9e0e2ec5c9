"""Imported into the forkserver of screening pools: builds the pipeline once, up front.

Every worker forked from the forkserver then starts with the spaCy pipeline and the
taxonomies already built (shared copy-on-write), instead of spending a third of a second
building them again. Importing this module has that side effect on purpose; nothing
else imports it.
"""

import gc

from screener.nlp.pipeline import get_nlp
from screener.requirements.loading import list_bundled
from screener.taxonomy import load_fields
from screener.taxonomy.loader import load_languages

get_nlp()
load_fields()
_ = load_languages().names  # CLDR names of every spoken language (0.4 s of babel)
list_bundled()

# Everything built above lives as long as the worker: keep the garbage collector from
# walking it again on every collection (measured: see bench/screen.py).
gc.freeze()
