"""Contact details: e-mails, phones, links and the name line (never scored)."""

from __future__ import annotations

import pytest

from screener.extract.contact import extract_contact


@pytest.mark.parametrize(
    ("text", "emails"),
    [
        ("jane.doe@example.com", ("jane.doe@example.com",)),
        ("E-mail: a_b+cv@mail.example.org | x", ("a_b+cv@mail.example.org",)),
        (
            "one@example.com, two@example.com one@example.com",
            ("one@example.com", "two@example.com"),
        ),
        ("no address here @ all", ()),
    ],
)
def test_emails(text: str, emails: tuple[str, ...]) -> None:
    assert extract_contact(text).emails == emails


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("+44 7700 900123", ("+44 7700 900123",)),
        ("Phone: (555) 010-0123", ("(555) 010-0123",)),
        ("555-0147", ("555-0147",)),
        ("+1 (555) 010-0199 | jane@example.com", ("+1 (555) 010-0199",)),
        ("tel 555.010.0123", ("555.010.0123",)),
        ("+49 30 1234567", ("+49 30 1234567",)),
        ("Data Scientist, 2019 – 2021", ()),
        ("2019-2021", ()),
        ("since 2020-01-15", ()),
        ("15.01.2020", ()),
        ("2016 2017 2018", ()),
        ("Raised 12 345 users", ()),
    ],
)
def test_phones(text: str, phones: tuple[str, ...]) -> None:
    assert extract_contact(text).phones == phones


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("https://example.org/cv.", ("https://example.org/cv",)),
        ("www.example.org, more", ("www.example.org",)),
        ("linkedin.com/in/jane-doe", ("linkedin.com/in/jane-doe",)),
        ("Code: github.com/janedoe; blog", ("github.com/janedoe",)),
        ("(http://example.com/a)", ("http://example.com/a",)),
    ],
)
def test_links(text: str, links: tuple[str, ...]) -> None:
    assert extract_contact(text).links == links


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Doe\njane@example.com", "Jane Doe"),
        ("\n\n  Aoife Ní Bhraonáin  \nDublin", "Aoife Ní Bhraonáin"),
        ("RESUME\n\nJohn A. Smith\n", "John A. Smith"),
        ("Curriculum Vitae\nJuan de la Cruz", "Juan de la Cruz"),
        ("Senior Data Scientist\nJane Doe", None),
        # a first line that is no name: a later name-like line counts only when an e-mail
        # address or a link holds one of its words (a sidebar or initials came first)
        ("jane@example.com\nJane Doe", "Jane Doe"),
        (
            "MC\n\nCONTATO\nmateus.lima@example.com\nPython\nMateus Carvalho Lima\n",
            "Mateus Carvalho Lima",
        ),
        ("MC\nmateus.lima@example.com\nRosa Pereira\n", None),
        ("Contact\nsam.k@example.com\nTop Skills\nSam Kowalski\n", "Sam Kowalski"),
        ("Jane\nDoe", None),
        ("Jane Doe 2024", None),
        ("", None),
    ],
)
def test_name(text: str, name: str | None) -> None:
    assert extract_contact(text).name == name
