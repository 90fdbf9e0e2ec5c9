"""Ewan Muirhead: UK IT operations CV laid out in borderless Word tables (dates column left)."""

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from _docxkit import new_document, section_heading

GREY = RGBColor(0x40, 0x40, 0x40)
TEAL = RGBColor(0x00, 0x5F, 0x73)


def _fixed(table, widths):
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def _para(cell, text="", bold=False, italic=False, size=None, first=False, color=None,
          align=None, style=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
    if align:
        p.alignment = align
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(1)
    return p


def _rows(doc, rows):
    """rows: (left text, title, employer line, [bullets])"""
    t = doc.add_table(rows=len(rows), cols=2)
    _fixed(t, [Cm(3.6), Cm(13.9)])
    for row, (left, title, sub, bullets) in zip(t.rows, rows):
        _para(row.cells[0], left, first=True, size=9.5, color=GREY)
        _para(row.cells[1], title, bold=True, first=True)
        if sub:
            _para(row.cells[1], sub, italic=True, color=GREY)
        for b in bullets:
            _para(row.cells[1], b, style="List Bullet")
    return t


def build(path):
    doc = new_document(font="Arial", size=10, margins_cm=(1.8, 1.7, 1.5, 1.5), author="Ewan Muirhead")
    head = doc.add_table(rows=1, cols=2)
    _fixed(head, [Cm(9.5), Cm(8.0)])
    _para(head.cell(0, 0), "Ewan Muirhead", bold=True, size=22, first=True, color=TEAL)
    _para(head.cell(0, 0), "Senior Infrastructure Engineer", size=12, color=GREY)
    right = head.cell(0, 1)
    for i, line in enumerate(["Glasgow G41, Scotland", "+44 7700 900217",
                              "ewan.muirhead@example.com", "example.org/in/ewanmuirhead"]):
        _para(right, line, first=(i == 0), align=WD_ALIGN_PARAGRAPH.RIGHT, size=9.5)

    section_heading(doc, "Profile", color=TEAL, size=11)
    doc.add_paragraph(
        "Infrastructure engineer with 14+ years in IT operations, from the service desk to "
        "running hybrid Windows/Linux estates of 1,200 servers. I like boring, well-documented "
        "systems, automated patching and change that nobody notices."
    )

    section_heading(doc, "Employment history", color=TEAL, size=11)
    _rows(doc, [
        ("03/2020 – present", "Senior Infrastructure Engineer",
         "NHS Greater Glasgow and Clyde – eHealth, Glasgow",
         ["Technical lead for the on-premises VMware estate (900 VMs) and its migration of "
          "non-clinical workloads to Azure; landing zone built with Terraform.",
          "Automated monthly patching with PowerShell and Ansible; unplanned downtime down 40% year on year.",
          "Major-incident manager on the out-of-hours rota; author of 30+ runbooks."]),
        ("08/2015 – 02/2020", "Systems Administrator", "Weir Group PLC, Glasgow",
         ["Windows Server 2012–2019 and RHEL administration across 14 sites; Active Directory, "
          "Group Policy, SCCM and Microsoft SQL Server backups.",
          "Wrote Python scripts that reconciled the CMDB against vCenter and AD nightly."]),
        ("06/2012 – 07/2015", "IT Support Technician (2nd line)", "City of Glasgow College",
         ["Desktop, printing and network support for 2,000 staff; imaging with MDT, "
          "first Cisco switch configurations."]),
    ])

    section_heading(doc, "Education", color=TEAL, size=11)
    _rows(doc, [
        ("2023 – 2028 (expected)", "BSc (Hons) Computing and IT – part-time",
         "The Open University (4 of 6 stages completed)", []),
        ("2010 – 2012", "HND Computing: Technical Support", "City of Glasgow College", []),
        ("2010", "Scottish Highers: Mathematics, Physics, Computing Science, English",
         "Bellahouston Academy, Glasgow", []),
    ])

    section_heading(doc, "Accreditations", color=TEAL, size=11)
    acc = doc.add_table(rows=0, cols=3)
    for name, body, when in [
        ("Microsoft Certified: Azure Administrator Associate (AZ-104)", "Microsoft", "04/2022"),
        ("CompTIA Security+ (SY0-601)", "CompTIA", "06/2023, valid to 06/2029"),
        ("VMware Certified Professional – Data Center Virtualization (VCP-DCV 2019)", "VMware", "11/2019"),
        ("ITIL 4 Foundation", "AXELOS", "09/2019"),
        ("Cisco CCNA (200-301)", "Cisco", "02/2021, expired 02/2024"),
        ("MCSA: Windows Server 2016", "Microsoft", "2017 (retired)"),
    ]:
        cells = acc.add_row().cells
        _para(cells[0], name, first=True)
        _para(cells[1], body, first=True, color=GREY)
        _para(cells[2], when, first=True, color=GREY, size=9)
    _fixed(acc, [Cm(10.0), Cm(2.6), Cm(4.9)])

    section_heading(doc, "Technical skills", color=TEAL, size=11)
    sk = doc.add_table(rows=0, cols=2)
    for k, v in [
        ("Platforms", "Windows Server, RHEL/Rocky Linux, VMware vSphere, Microsoft Azure, AWS (basic)"),
        ("Automation", "PowerShell, Python, Bash, Ansible, Terraform, Docker"),
        ("Identity & data", "Active Directory, Entra ID, Intune, Microsoft SQL Server"),
        ("Networking", "Cisco IOS, Fortinet FortiGate, DNS/DHCP, VPN"),
    ]:
        cells = sk.add_row().cells
        _para(cells[0], k, bold=True, first=True)
        _para(cells[1], v, first=True)
    _fixed(sk, [Cm(3.6), Cm(13.9)])

    section_heading(doc, "Languages", color=TEAL, size=11)
    doc.add_paragraph("English (native) · Scottish Gaelic (conversational)")
    doc.add_paragraph("Full UK driving licence. References available on request.")
    doc.save(path)
