"""Web pages read as posting text: blocks, headings and bullets kept, scripts left out."""

from __future__ import annotations

from screener.drafting.html import html_to_text, looks_like_html

PAGE = """<!doctype html><html><head><title>Nurse | Acme</title>
<style>p {color: red}</style>
<script type="application/ld+json">{"@type": "JobPosting"}</script>
<script>var tracking = "Python";</script></head>
<body><nav>Home Jobs</nav><h1>Staff Nurse</h1><p>We &amp; you.</p>
<h2>Requirements</h2><ul><li>BLS</li><li>Active   RN
licence</li></ul><table><tr><td>Pay</td><td>$30</td></tr></table>
<footer>© Acme</footer></body></html>"""


def test_visible_text_in_blocks_with_headings_and_bullets() -> None:
    page = html_to_text(PAGE)
    assert page.text.splitlines() == [
        "# Staff Nurse",
        "We & you.",
        "## Requirements",
        "• BLS",
        "• Active RN licence",
        "Pay\t$30",
    ]


def test_title_and_json_ld_are_collected_and_scripts_are_not_text() -> None:
    page = html_to_text(PAGE)
    assert page.title == "Nurse | Acme"
    assert page.json_ld == ['{"@type": "JobPosting"}']
    assert "tracking" not in page.text
    assert "Home" not in page.text  # navigation and footer are no part of the posting


def test_html_is_told_from_text() -> None:
    assert looks_like_html(b"  <!DOCTYPE html><html>")
    assert looks_like_html(b"<!-- x --><html lang='en'>")
    assert not looks_like_html(b"Requirements: <3 years of Python>")
