"""Mariana Costa: a Word-like CV, dates on a right tab stop (python-docx)."""

import datetime

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

TEAL = RGBColor(0x0B, 0x5E, 0x6B)


def build(out):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    width = sec.page_width - sec.left_margin - sec.right_margin
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)

    def para(text="", bold=False, size=None, color=None, italic=False):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = color
        return p

    def heading(text):
        p = para(text.upper(), bold=True, size=11.5, color=TEAL)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)

    def dated(title, dates, place=None):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(5)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(title).bold = True
        p.add_run("\t" + dates)
        if place:
            q = para(place, italic=True)
            q.paragraph_format.space_after = Pt(1)

    def bullet(text):
        p = doc.add_paragraph(text, style="List Bullet")
        p.paragraph_format.space_after = Pt(0)

    para("Mariana Oliveira Costa", bold=True, size=20, color=TEAL).paragraph_format.space_after = Pt(0)
    para("Enfermeira | Registered Nurse — Medicina Interna e Urgência", size=11)
    para("Lisboa, Portugal  •  +44 7700 900118  •  mariana.costa@example.com")

    heading("Perfil")
    para(
        "Enfermeira com mais de 10 anos de experiência em medicina interna e serviço de urgência. "
        "Experiência em triagem de Manchester, gestão de camas e formação de novos enfermeiros. "
        "Looking for a position in an international hospital team; comfortable working in English."
    )

    heading("Experiência profissional")
    dated("Enfermeira Especialista — Serviço de Urgência Central", "março de 2020 – atualmente",
          "Hospital de Santa Maria (CHULN), Lisboa")
    bullet("Triagem de Manchester e cuidados a doentes críticos na sala de emergência; "
           "responsável de turno em 2 de cada 5 noites.")
    bullet("Participação no plano de contingência COVID-19: formação de 60 colegas em "
           "equipamento de proteção individual.")
    dated("Enfermeira — Medicina Interna", "setembro de 2016 – fevereiro de 2020",
          "Hospital da Luz, Lisboa")
    bullet("Prestação de cuidados a 8–10 doentes por turno; registos no sistema SClínico.")
    bullet("Membro do grupo de prevenção de quedas e úlceras de pressão; auditorias trimestrais.")
    dated("Estágio clínico (ensino clínico final)", "fevereiro de 2016 – junho de 2016",
          "Centro Hospitalar Universitário de Coimbra")
    bullet("Estágio de integração à vida profissional em cirurgia geral.")

    heading("Formação académica")
    dated("Mestrado em Enfermagem Médico-Cirúrgica (em curso)", "2025 – 2027",
          "Escola Superior de Enfermagem de Lisboa — conclusão prevista em julho de 2027")
    dated("Licenciatura em Enfermagem", "2012 – 2016", "Escola Superior de Enfermagem de Coimbra")

    heading("Cédula e certificações")
    bullet("Cédula profissional da Ordem dos Enfermeiros (enfermeira registada), n.º 5550118 — ativa")
    bullet("Suporte Avançado de Vida (SAV / ALS), Conselho Português de Ressuscitação — 2024")
    bullet("BLS Provider, American Heart Association — 2019 (caducado em 2021)")

    heading("Competências")
    para("Triagem de Manchester • SClínico • Gestão de cateteres venosos centrais • Ventilação não invasiva "
         "• Microsoft Excel (registos de turno)")

    heading("Línguas")
    para("Português — língua materna   |   Inglês — B2   |   Espanhol — intermédio")

    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Mariana Costa"
    cp.title = "CV Mariana Costa"
    cp.created = cp.modified = datetime.datetime(2026, 11, 1)
    cp.revision = 1
    doc.save(out)
