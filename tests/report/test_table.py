"""The Rich table: verdicts, counts, missing criteria, literal (never markup) names."""

from __future__ import annotations

from rich.console import Console

from screener.models.screening import ScreeningResult
from screener.report import render_table
from tests.report import failed, outcome, screened


def _render(results: list[ScreeningResult], *, blind: bool = False) -> str:
    console = Console(record=True, width=200, color_system=None, force_terminal=False)
    render_table(results, console, blind=blind)
    return console.export_text()


def test_rows_in_rank_order_with_counts_and_missing() -> None:
    text = _render(
        [
            screened("low.pdf", "does_not_meet", 10),
            screened("top.pdf", "meets", 90, warnings=["multi_column"]),
            screened("mid.pdf", "needs_review", 60),
        ]
    )
    for word in ("meets", "needs_review", "does_not_meet", "1/3", "multi_column"):
        assert word in text
    assert "Has python; Has sql" in text
    assert "Has degree" not in text  # met, so not missing
    assert text.index("top") < text.index("mid") < text.index("low")
    assert ".pdf" not in text  # rows are named by stem


def test_unreadable_files_listed_with_codes() -> None:
    text = _render([screened("ok.pdf"), failed("broken.docx", "docx_bomb")])
    assert "Unreadable files (1)" in text
    assert "broken: docx_bomb" in text


def test_markup_in_sources_and_labels_prints_literally() -> None:
    text = _render(
        [
            screened(
                "[red]x[red].pdf",
                outcomes=[outcome("c", "not_met", label="[bold]label[/bold]")],
            ),
            failed("[link=evil]y[link].pdf", message="[blink]oops[/blink]"),
        ]
    )
    assert "[red]x[red]" in text
    assert "[bold]label[/bold]" in text
    assert "[link=evil]y[link]" in text
    assert "[blink]oops[/blink]" in text


def test_markup_prints_literally_in_colour_output_too() -> None:
    console = Console(record=True, width=200, force_terminal=True, color_system="truecolor")
    render_table([screened("[red]x[red].pdf")], console, blind=False)
    assert "[red]x[red]" in console.export_text(styles=False)


def test_blind_hides_file_names_and_redacts_messages() -> None:
    text = _render(
        [
            screened("Jane_Doe_resume.pdf"),
            failed("/home/hr/John_Smith.pdf", message="cannot open /home/hr/John_Smith.pdf"),
        ],
        blind=True,
    )
    for secret in ("Jane", "Doe", "John", "Smith", "/home/hr"):
        assert secret not in text
    assert "candidate-" in text


def test_rows_are_named_by_stem_not_by_a_cut_path() -> None:
    deep = "/data/bucket/2026/applicants/engineering/round-one/"
    text = _render([screened(deep + "jane_doe.pdf"), failed(deep + "john_roe.docx")])
    assert "jane_doe" in text
    assert "john_roe: unsupported_format" in text
    assert "/data/bucket" not in text.split("Unreadable")[0]


def test_many_missing_are_shortened() -> None:
    outcomes = [outcome(f"c{i}", "not_met", label=f"criterion {i} " + "x" * 60) for i in range(5)]
    text = _render([screened("a.pdf", "does_not_meet", 0, outcomes=outcomes)])
    assert "+2 more" in text
    assert "x" * 60 not in text
