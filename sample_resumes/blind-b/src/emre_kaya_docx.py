"""Emre Kaya: a Word CV laid out in a borderless two-column table (python-docx)."""

import datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GREY = RGBColor(0x55, 0x55, 0x55)
RED = RGBColor(0xA3, 0x1F, 0x34)


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def build(out):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(1)

    p = doc.add_paragraph()
    r = p.add_run("EMRE KAYA")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), RED
    p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    r = p.add_run("Sistem ve Altyapı Uzmanı / Systems & Infrastructure Engineer")
    r.font.size, r.font.color.rgb = Pt(12), GREY
    doc.add_paragraph("İstanbul, Türkiye · +44 7700 900127 · emre.kaya@example.com · github.example.org/ekaya")

    rows = []  # (left cell, [(text, bold, italic)] paragraphs, bullets?)

    def section(title):
        rows.append(("section", title))

    def item(left, lines):
        rows.append(("item", left, lines))

    section("ÖZET / SUMMARY")
    item("", [("12 yılı aşkın deneyime sahip sistem yöneticisi. Linux ve Windows sunucu altyapısı, "
               "Azure'a geçiş projeleri ve 7/24 operasyon ekiplerinin yönetimi. Over 12 years of experience "
               "running production infrastructure for retail and banking.", False, False)])
    section("İŞ DENEYİMİ / EXPERIENCE")
    item("Ocak 2018 – Halen", [
        ("Kıdemli Sistem Mühendisi (Senior Systems Engineer)", True, False),
        ("Migros Ticaret A.Ş., İstanbul", False, True),
        ("• 1.400 mağazanın sunucu ve ağ altyapısından sorumlu 6 kişilik operasyon ekibini yönetiyorum.", False, False),
        ("• Şirket içi veri merkezinden Azure'a geçiş: 220 sanal makine, Terraform ve Ansible ile otomasyon.", False, False),
        ("• Python ve PowerShell betikleriyle yama ve yedekleme süreçlerini otomatikleştirdim; "
         "aylık kesinti süresi %60 azaldı.", False, False),
        ("• Docker ve Kubernetes (AKS) üzerinde iç uygulamaların işletimi; Prometheus/Grafana izleme.", False, False),
    ])
    item("Haziran 2014 – Aralık 2017", [
        ("Sistem Yöneticisi (System Administrator)", True, False),
        ("Türkiye İş Bankası, Teknoloji Müdürlüğü, İstanbul", False, True),
        ("• VMware vSphere üzerinde 400+ sunucu; Active Directory, Exchange ve yedekleme (Veeam).", False, False),
        ("• Cisco anahtar ve yönlendiricilerin konfigürasyonu; olay yönetiminde ITIL süreçleri.", False, False),
    ])
    item("Temmuz 2013 – Ağustos 2013", [
        ("Stajyer (Intern), IT Destek", True, False),
        ("Arçelik A.Ş., İstanbul", False, True),
    ])
    section("EĞİTİM / EDUCATION")
    item("2009 – 2014", [
        ("Lisans, Elektrik-Elektronik Mühendisliği (B.Sc. Electrical and Electronics Engineering)", True, False),
        ("Yıldız Teknik Üniversitesi, İstanbul", False, True),
    ])
    section("SERTİFİKALAR / CERTIFICATIONS")
    item("2021", [("Microsoft Certified: Azure Administrator Associate (AZ-104)", False, False)])
    item("2019", [("Red Hat Certified System Administrator (RHCSA)", False, False)])
    item("2018", [("ITIL 4 Foundation", False, False)])
    item("2015", [("Cisco CCNA Routing & Switching — süresi doldu (expired 2018)", False, False)])
    item("devam ediyor", [("CompTIA Security+ — sınava hazırlanıyorum (in progress)", False, False)])
    section("YETKİNLİKLER / SKILLS")
    item("", [("Linux (RHEL, Ubuntu), Windows Server, Azure, VMware, Terraform, Ansible, Docker, Kubernetes, "
               "Python, PowerShell, Bash, Cisco IOS, Zabbix, Grafana", False, False)])
    section("DİLLER / LANGUAGES")
    item("", [("Türkçe — anadil  ·  İngilizce — C1  ·  Almanca — A2", False, False)])

    table = doc.add_table(rows=0, cols=2)
    _no_borders(table)
    table.autofit = False
    widths = (Cm(4.2), Cm(13.2))
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in rows:
        cells = table.add_row().cells
        for c, w in zip(cells, widths):
            c.width = w
        if row[0] == "section":
            merged = cells[0].merge(cells[1])
            p = merged.paragraphs[0]
            p.paragraph_format.space_before = Pt(9)
            r = p.add_run(row[1])
            r.bold, r.font.size, r.font.color.rgb = True, Pt(11), RED
            continue
        _, left, lines = row
        lp = cells[0].paragraphs[0]
        r = lp.add_run(left)
        r.font.color.rgb, r.font.size = GREY, Pt(9.5)
        first = True
        for text, bold, italic in lines:
            p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
        cells[1].paragraphs[-1].paragraph_format.space_after = Pt(4)

    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Emre Kaya"
    cp.title = "Emre Kaya - CV"
    cp.created = cp.modified = datetime.datetime(2026, 11, 1)
    cp.revision = 1
    doc.save(out)
