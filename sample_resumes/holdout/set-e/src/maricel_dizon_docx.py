"""Maricel Dizon: QC chemist (not a software person). Single column with a floating VML
text box on the right holding skills, licences and certifications (python-docx + raw XML)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from _docxkit import bullet, new_document, section_heading, tab_line
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

TEAL = RGBColor(0x0E, 0x6B, 0x74)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _p(text, bold=False, size=18, color=None):
    rpr = "<w:b/>" if bold else ""
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    rpr += f'<w:sz w:val="{size}"/>'
    return (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>{rpr}</w:rPr>'
            f"<w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>")  # fmt: skip


def text_box(paragraph, blocks, width_pt=168, height_pt=330):
    """A floating VML text box anchored to ``paragraph``, right-aligned, square wrap."""
    body = ""
    for head, lines in blocks:
        body += _p(head.upper(), bold=True, size=19, color="0E6B74")
        body += "".join(_p(line) for line in lines)
        body += _p("", size=8)
    xml = (
        f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        "<w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="SkillsBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:4pt;width:{width_pt}pt;'
        f"height:{height_pt}pt;z-index:251659264;mso-position-horizontal:right;"
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
        'fillcolor="#EAF4F4" strokecolor="#0E6B74" strokeweight=".5pt">'
        '<v:textbox inset="7pt,6pt,7pt,6pt">'
        f"<w:txbxContent>{body}</w:txbxContent></v:textbox>"
        '<w10:wrap type="square"/></v:shape></w:pict></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def job_head(doc, title, org, when):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    p.add_run(title).bold = True
    q = doc.add_paragraph()
    q.paragraph_format.space_after = Pt(1)
    q.paragraph_format.keep_with_next = True
    r = q.add_run(f"{org}  |  {when}")
    r.italic = True
    r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)


def build(path):
    doc = new_document(font="Liberation Sans", size=10, author="Maricel Dizon")
    p = doc.add_paragraph()
    r = p.add_run("MARICEL A. DIZON, RCh")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = TEAL
    c = doc.add_paragraph("Quality Control Supervisor  ·  Pasig City, Metro Manila  ·  "
                          "+63 917 555 0162  ·  maricel.dizon@example.com")
    c.runs[0].font.size = Pt(9)

    summary_head = section_heading(doc, "Summary", color=TEAL, size=11)
    text_box(summary_head, [
        ("Laboratory skills", [
            "HPLC, GC-FID, UV-Vis, FTIR",
            "Dissolution & stability testing",
            "Method validation (ICH Q2)",
            "LIMS (LabWare), Excel, Minitab",
            "Applied statistics for control charts and capability studies",
            "Basic R; Google Apps Script (JavaScript) for lab logbooks",
        ]),
        ("Licences & certifications", [
            "Registered Chemist (RCh), Professional Regulation Commission, 2013",
            "Six Sigma Green Belt, 2020",
            "ISO 9001:2015 Lead Auditor (IRCA), 2023",
            "Lean Six Sigma Black Belt — ongoing",
        ]),
        ("Languages", ["Filipino (native)", "English (fluent)", "Spanish (basic)"]),
    ])  # fmt: skip
    doc.add_paragraph(
        "Registered chemist with 10+ years of laboratory experience in pharmaceutical and "
        "food quality control. I run a 14-person QC laboratory, write the SOPs my team "
        "actually follows and get batches released on time without cutting corners."
    )

    section_heading(doc, "Work Experience", color=TEAL, size=11)
    job_head(doc, "Quality Control Supervisor", "United Laboratories (Unilab), Mandaluyong",
             "Since 2022")
    for b in (
        "Supervise release testing of 40+ solid-dose products; batch release on time 98%.",
        "Led the analytical method transfer for two new antihypertensive products.",
        "Cut out-of-specification investigations by a third with trend charts.",
    ):
        bullet(doc, b)
    p = doc.add_paragraph()
    p.add_run("Career break").bold = True
    p.add_run("  2019 – 2021  ·  full-time caregiver for a family member")
    job_head(doc, "QC Chemist", "Monde Nissin Corporation, Santa Rosa, Laguna", "2017 – 2019")
    for b in (
        "Moisture, fat and microbial testing of noodle and biscuit lines.",
        "Kept the plant's HACCP and FSSC 22000 laboratory records audit-ready.",
    ):
        bullet(doc, b)
    job_head(doc, "Laboratory Analyst", "SGS Philippines, Taguig", "Jun 2014 – Mar 2016")
    bullet(doc, "Water and environmental samples by AAS and ion chromatography.")
    job_head(doc, "On-the-Job Training (student trainee)", "FDA Philippines, Alabang laboratory",
             "Apr – May 2013")
    bullet(doc, "200-hour OJT required by the BS Chemistry curriculum.")

    section_heading(doc, "Education", color=TEAL, size=11)
    tab_line(doc, "Master of Science in Chemistry — University of the Philippines Diliman",
             "2023 – present")  # fmt: skip
    doc.add_paragraph("Coursework complete (24 units); thesis on impurity profiling pending.")
    tab_line(doc, "Bachelor of Science in Chemistry — University of Santo Tomas", "2009 – 2013")
    doc.add_paragraph("Passed the Chemistry Licensure Examination, September 2013.")

    section_heading(doc, "Affiliations", color=TEAL, size=11)
    doc.add_paragraph("Member, Integrated Chemists of the Philippines (since 2013)")
    doc.save(path)
