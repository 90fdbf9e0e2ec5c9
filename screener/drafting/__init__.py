"""Rule sets drafted from a job posting's text, every criterion citing the words it came
from (``screener rules draft``).

    from screener.drafting import draft_file, to_yaml

    draft = draft_file("posting.txt", rules_id="ml-engineer")
    print(to_yaml(draft))                       # a rule file `screener rules validate` accepts
    draft.report.not_screened                   # lines no criterion came from, with why
    draft.report.lint                           # what a fair screening must not use

Pure functions of the posting and versioned data (the taxonomies and
``drafting/data/posting_words.yaml``): the same posting gives byte-identical output. No
model, no network. How a posting is read is in ``docs/rules.md`` ("Drafting rules from a
job posting").
"""

from screener.drafting.draft import Draft, draft_bytes, draft_file, draft_posting
from screener.drafting.output import report_json, report_yaml, rules_data, to_json, to_yaml
from screener.drafting.reading import (
    PostingText,
    read_posting,
    read_posting_file,
    read_posting_text,
)
from screener.drafting.report import DraftReport, render_report

__all__ = [
    "Draft",
    "DraftReport",
    "PostingText",
    "draft_bytes",
    "draft_file",
    "draft_posting",
    "read_posting",
    "read_posting_file",
    "read_posting_text",
    "render_report",
    "report_json",
    "report_yaml",
    "rules_data",
    "to_json",
    "to_yaml",
]
