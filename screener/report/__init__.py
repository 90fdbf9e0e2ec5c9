"""Renderers of a screened batch: a Rich table, CSV, JSON Lines / JSON, and JSON Resume.

Every renderer ranks the results the same way (see ``rank``) and takes ``blind``: in blind
output files are named by a neutral id (``ScreeningResult.display_name``), file names and
paths are left out, and no contact detail is ever written.
"""

from screener.report.csv_out import write_csv
from screener.report.jsonl import write_json, write_jsonl
from screener.report.jsonresume import to_json_resume
from screener.report.ranking import rank
from screener.report.table import render_table

__all__ = ["rank", "render_table", "to_json_resume", "write_csv", "write_json", "write_jsonl"]
