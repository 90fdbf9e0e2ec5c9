"""Accuracy of extraction over a folder of labelled résumés (``screener eval``)."""

from screener.evaluation.labels import Label, load_labels
from screener.evaluation.scoring import EvalReport, evaluate, evaluate_folder

__all__ = ["EvalReport", "Label", "evaluate", "evaluate_folder", "load_labels"]
