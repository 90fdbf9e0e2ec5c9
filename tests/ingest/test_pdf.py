from __future__ import annotations

import pytest

from screener.errors import ArchiveBomb, Corrupt, Encrypted, ScreenerError, TooManyPages
from screener.ingest.limits import Limits
from screener.ingest.pdf import read_pdf
from screener.ingest.reader import read_document
from tests import factory

LIMITS = Limits()


def test_reads_text_in_order() -> None:
    extracted = read_pdf(factory.pdf_pages([factory.RESUME_LINES]), LIMITS)
    assert extracted.pages[0].splitlines() == list(factory.RESUME_LINES)
    assert extracted.warnings == []


def test_pages_have_offsets_into_the_text() -> None:
    data = factory.pdf_pages([["first page text"], ["second page text"], ["third"]])
    document = read_document(data, "cv.pdf")
    assert [document.text[p.start : p.end] for p in document.pages] == [
        "first page text",
        "second page text",
        "third",
    ]
    assert document.page_at(document.text.index("second")) == 2


LEFT = [
    "CONTACT",
    "dana@example.com",
    "SKILLS",
    "Python",
    "Java",
    "SQL",
    "EDUCATION",
    "B.S. Computer Science",
    "Purdue University, 2016",
]
RIGHT = [
    "EXPERIENCE",
    "Senior ML Engineer",
    "Northwind Analytics, 2021 - Present",
    "Built ranking models in Python",
    "and Java services on Kubernetes.",
    "ML Engineer",
    "Contoso, 2018 - 2020",
    "Trained fraud models.",
]


@pytest.mark.parametrize("leading", [12, 13, 16, 18])
def test_two_columns_keep_reading_order_and_warn(leading: float) -> None:
    data = factory.pdf_two_columns(LEFT, RIGHT, "Dana Whitfield", leading=leading)
    document = read_document(data, "cv.pdf")
    lines = [line for line in document.text.splitlines() if line]
    assert lines == ["Dana Whitfield", *LEFT, *RIGHT]
    assert document.has_warning("multi_column")


def test_a_contact_row_across_a_narrow_gutter_stays_above_the_columns() -> None:
    # xelatex/paracol: the sidebar's longest line ends 5 pt before the main column, and a
    # contact row spread by glue spans both under the name, one piece across the gap.
    gutter = 40 + 115 + 5
    contact = [(40.0, "Singapore"), (110.0, "dana@example.com"), (gutter + 90, "example.org/dana")]
    data = factory.pdf_two_columns(LEFT, RIGHT, "Dana Whitfield", contact=contact, right_x=gutter)
    document = read_document(data, "cv.pdf")
    lines = [line for line in document.text.splitlines() if line]
    assert lines[0] == "Dana Whitfield"
    assert lines[1].split() == [text for _, text in contact]
    assert lines[2:] == [*LEFT, *RIGHT]
    assert document.has_warning("multi_column")


def test_a_table_above_a_full_width_line_is_read_in_rows() -> None:
    # A one-column page: a two-column skills table, then a heading and a job line that
    # crosses the table's gap. No columns: each label stays on its row.
    table = [("Programming", "Python, Java, Scala"), ("Data", "Spark, pandas"),
             ("Cloud", "Docker, Kubernetes, AWS"), ("Methods", "Statistics, NLP")]  # fmt: skip
    items = [(40.0, 700.0, "SKILLS")]
    items += [(x, 680.0 - 14 * row, text) for row, pair in enumerate(table)
              for x, text in zip((40.0, 200.0), pair, strict=True)]  # fmt: skip
    items += [(40.0, 600.0, "Professional Experience"),
              (40.0, 580.0, "Machine Learning Engineer at Northwind Analytics, Leeds"),
              (440.0, 580.0, "Jan 2021 \u2013 Present")]  # fmt: skip
    document = read_document(factory.pdf_placed(items, bold=["Professional Experience"]), "cv.pdf")
    lines = document.text.splitlines()
    for label, value in table:
        assert f"{label}\t{value}" in lines
    assert not document.has_warning("multi_column")


ROWS = [
    ("Senior Engineer, Acme Corp", "06/2019 \u2013 Present"),
    ("Engineer, Initech", "Jan 2016 \u2013 May 2019"),
    ("Intern, Globex", "Summer 2015"),
]


def test_right_aligned_dates_stay_on_their_title_line() -> None:
    document = read_document(factory.pdf_title_date_rows(ROWS), "cv.pdf")
    lines = document.text.splitlines()
    for title, dates in ROWS:
        assert f"{title}\t{dates}" in lines
    assert not document.has_warning("multi_column")


CELLS: list[tuple[list[str], str]] = [
    (["2024"], "HashiCorp Certified: Terraform Associate"),
    (["2017, renewed", "2023"], "Cisco Certified Network Associate (CCNA)"),
    (["2015 (retired,", "lapsed)"], "MCSA: Windows Server 2012"),
    (["Booked Jan 2027"], "AWS Certified SysOps Administrator – Associate"),
    (["2019"], "ITIL 4 Foundation"),
    (["2016"], "PRINCE2 Foundation"),
]


def test_a_column_of_wrapping_date_cells_stays_on_its_rows() -> None:
    """The date side has more lines than the entries (cells wrap): still rows, not columns."""
    document = read_document(factory.pdf_date_cells(CELLS, heading="ACCREDITATIONS"), "cv.pdf")
    lines = document.text.splitlines()
    for cell, entry in CELLS:
        assert f"{cell[0]}\t{entry}" in lines
    assert not document.has_warning("multi_column")


def test_paragraph_gaps_become_blank_lines() -> None:
    document = read_document(factory.pdf_title_date_rows(ROWS, bullets=1), "cv.pdf")
    assert document.text.count("\n\n") == len(ROWS) - 1


@pytest.mark.parametrize("how", ["invisible", "white", "tiny"])
def test_hidden_text_is_removed_and_reported(how: str) -> None:
    data = factory.pdf_hidden_text("Visible summary", "Python Java Kubernetes", how)
    document = read_document(data, "cv.pdf")
    assert "Kubernetes" not in document.text
    assert "Visible summary" in document.text
    warning = next(w for w in document.warnings if w.code == "hidden_text")
    assert warning.count == len("PythonJavaKubernetes") + 2 or warning.count >= 20
    assert warning.pages == (1,)


def test_white_text_on_a_dark_shape_is_kept() -> None:
    data = factory.pdf_hidden_text("Visible summary", "Sidebar Python Java", "white-on-dark")
    document = read_document(data, "cv.pdf")
    assert "Sidebar Python Java" in document.text
    assert not document.has_warning("hidden_text")


def test_image_only_pdf_warns_no_text_layer() -> None:
    document = read_document(factory.pdf_image_only(), "scan.pdf")
    assert document.text == ""
    assert document.has_warning("no_text_layer")


def test_image_only_pdf_can_be_refused() -> None:
    with pytest.raises(ScreenerError) as caught:
        read_document(factory.pdf_image_only(), "scan.pdf", Limits(require_text=True))
    assert caught.value.code == "no_text_layer"


def test_encrypted_with_a_user_password_is_refused() -> None:
    with pytest.raises(Encrypted):
        read_pdf(factory.pdf_encrypted("secret"), LIMITS)


def test_encrypted_with_an_empty_user_password_is_read() -> None:
    extracted = read_pdf(factory.pdf_encrypted(""), LIMITS)
    assert "Purdue University" in extracted.pages[0]


@pytest.mark.parametrize("cut", [20, 200, 700, 1200])
def test_truncated_pdf_is_corrupt(cut: int) -> None:
    data = factory.pdf_pages([factory.RESUME_LINES])
    with pytest.raises(Corrupt):
        read_pdf(data[:cut], LIMITS)


def test_thousands_of_pages_are_refused_before_reading_them() -> None:
    with pytest.raises(TooManyPages) as caught:
        read_pdf(factory.pdf_many_pages(2000), LIMITS)
    assert caught.value.details == {"pages": 2000, "limit": 30}


def test_page_limit_holds_when_the_declared_count_lies() -> None:
    data = factory.pdf_many_pages(40).replace(b"/Count 40", b"/Count 4 ")
    with pytest.raises(TooManyPages):
        read_pdf(data, LIMITS)


def test_flate_bomb_is_stopped_by_the_decompression_budget(flate_bomb: bytes) -> None:
    assert len(flate_bomb) < 1_100_000
    with pytest.raises(ArchiveBomb):
        read_pdf(flate_bomb, LIMITS)


def test_page_tree_cycle_is_read_once() -> None:
    extracted = read_pdf(factory.pdf_page_tree_cycle(), LIMITS)
    assert extracted.pages == ["Cycle"]
