"""A layout table's label column (section headings on rows of their own, dates and labels
beside their entries, as Word tables exported to PDF set them) is read in rows."""

from __future__ import annotations

from screener.ingest.reader import read_document
from tests import factory

LEFT, RIGHT = 56.0, 170.0
# (left cell, right lines) per row, top to bottom; a heading row has no right lines.
TABLE: list[tuple[str, list[str]]] = [
    ("EXPERIENCE", []),
    ("04/2021 – present", ["Senior Data Engineer", "Northwind Traders, Leeds", "Built pipelines"]),
    ("10/2017 – 03/2021", ["Data Analyst", "Contoso Ltd, York", "Wrote reports in SQL"]),
    ("EDUCATION", []),
    ("2013 – 2017", ["BSc Mathematics", "University of Hull"]),
    ("SKILLS", []),
    ("Programming", ["Python, SQL, Scala"]),
    ("Platforms", ["Spark, Airflow, dbt"]),
    ("LANGUAGES", []),
    ("English", ["native"]),
    ("German", ["fluent (C1)"]),
]


def _table_pdf() -> bytes:
    items: list[tuple[float, float, str]] = []
    y = 720.0
    for label, lines in TABLE:
        items.append((LEFT, y, label))
        for offset, line in enumerate(lines):
            items.append((RIGHT, y - 14 * offset, line))
        y -= 14 * max(len(lines), 1) + 10
    headings = [label for label, lines in TABLE if not lines] + [TABLE[1][1][0], TABLE[2][1][0]]
    return factory.pdf_placed(items, bold=headings)


def test_a_label_column_with_headings_is_read_in_rows() -> None:
    document = read_document(_table_pdf(), "cv.pdf")
    lines = document.text.splitlines()
    assert "04/2021 – present\tSenior Data Engineer" in lines
    assert "Programming\tPython, SQL, Scala" in lines
    assert lines.index("EXPERIENCE") < lines.index("04/2021 – present\tSenior Data Engineer")
    assert not document.has_warning("multi_column")


def test_a_sidebar_with_headings_beside_a_main_column_with_its_own_stays_a_column() -> None:
    """A sidebar whose lines happen to share rows with the main column is still a column
    when the main column has section headings of its own."""
    items: list[tuple[float, float, str]] = []
    left = ["CONTACT", "Leeds, UK", "SKILLS", "Python", "SQL", "Spark", "LANGUAGES", "English"]
    right = ["EXPERIENCE", "Senior Data Engineer", "Northwind Traders", "Built pipelines",
             "EDUCATION", "BSc Mathematics", "University of Hull", "First-class"]  # fmt: skip
    for index, (side, main) in enumerate(zip(left, right, strict=True)):
        items += [(LEFT, 720.0 - 14 * index, side), (RIGHT, 720.0 - 14 * index, main)]
    pdf = factory.pdf_placed(
        items, bold=["CONTACT", "SKILLS", "LANGUAGES", "EXPERIENCE", "EDUCATION"]
    )
    document = read_document(pdf, "cv.pdf")
    assert document.has_warning("multi_column")
    assert "SKILLS\nPython\nSQL" in document.text


def test_headings_in_a_margin_of_their_own_start_their_sections_on_a_line_each() -> None:
    """A Word table with the section headings in its left cells, exported to PDF: the
    headings share a row with their sections' first lines; read as one column, each
    heading on a line of its own."""
    rows = [
        ("Profile", ["Data engineer moving into machine learning."]),
        ("Experience", ["Sep 2021 – present\tData Engineer, Contoso, Leeds", "Built pipelines"]),
        ("Education", ["2015 – 2019\tBSc Mathematics, University of Hull"]),
        ("Skills", ["Python, SQL, Spark"]),
    ]
    items: list[tuple[float, float, str]] = []
    y = 720.0
    for heading, lines in rows:
        items.append((LEFT, y, heading))
        for offset, line in enumerate(lines):
            for cell, text in enumerate(line.split("\t")):
                items.append((RIGHT + 110 * cell, y - 14 * offset, text))
        y -= 14 * len(lines) + 10
    document = read_document(factory.pdf_placed(items, bold=[h for h, _ in rows]), "cv.pdf")
    lines = document.text.splitlines()
    assert not document.has_warning("multi_column")
    assert lines[lines.index("Experience") + 1].startswith("Sep 2021 – present")
    assert "Skills" in lines
    assert "Python, SQL, Spark" in lines
