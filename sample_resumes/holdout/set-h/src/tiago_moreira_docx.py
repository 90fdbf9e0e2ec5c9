"""Tiago Moreira Lopes: a Europass-like Word CV in Portuguese. One bordered two-column layout table:
section headings in the shaded LEFT cells (right-aligned capitals), the content with the dates in
bold blue above each title in the right cells; CEFR table for languages (python-docx)."""

from __future__ import annotations

from _seth_docx import col_widths, new_document, shade
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

BLUE = RGBColor(0x0E, 0x41, 0x94)
GREY = RGBColor(0x44, 0x44, 0x44)


def left(cell, text):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = BLUE
    shade(cell, "E8EEF7")


def para(cell, text, *, bold=False, color=None, size=None, first=False, italic=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    if size is not None:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def entry(cell, when, title, org, items, first=False):
    para(cell, when, bold=True, color=BLUE, size=9.5, first=first)
    para(cell, title, bold=True, size=10.5)
    para(cell, org, italic=True, color=GREY)
    for it in items:
        para(cell, "• " + it)


def build(path):
    doc = new_document(font="Arial", size=9.5, margins_cm=(1.5, 1.5, 1.5, 1.5),
                       author="Tiago Moreira Lopes")
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(label):
        cells = t.add_row().cells
        left(cells[0], label)
        return cells[1]

    c = row("CURRICULUM VITAE")
    para(c, "Tiago Moreira Lopes", bold=True, size=18, first=True)
    para(c, "Rua de Cedofeita 210, 4050-174 Porto, Portugal")
    para(c, "+351 22 555 0173  |  tiago.lopes@example.com  |  Nacionalidade: portuguesa")

    c = row("PERFIL")
    para(c, "Engenheiro de machine learning com mais de 9 anos de experiência em sistemas de deteção "
            "de fraude em tempo real. Python e Java em produção; gosto de levar modelos até ao fim.",
         first=True)

    c = row("EXPERIÊNCIA PROFISSIONAL")
    entry(c, "fevereiro 2021 – presente", "Senior Machine Learning Engineer",
          "Feedzai, Porto",
          ["Modelos de deteção de fraude (scikit-learn, TensorFlow) para bancos europeus.",
           "Motor de features em Java e Kotlin; pipelines em Spark e SQL.",
           "Implantação em Kubernetes com Docker; aprendizagem automática com estatística robusta."],
          first=True)
    entry(c, "setembro 2017 – janeiro 2021", "Engenheiro de Software", "Critical Software, Coimbra",
          ["Software de missão crítica em Java para o setor ferroviário; ferramentas de teste em Python."])
    entry(c, "março 2017 – julho 2017", "Estágio curricular (dissertação em empresa)",
          "Critical Software, Coimbra",
          ["Classificação de registos de falhas com pandas e scikit-learn."])
    entry(c, "outubro 2016 – fevereiro 2017", "Bolseiro de Investigação (BI)",
          "INESC TEC, Porto", ["Bolsa de iniciação científica: recolha e anotação de dados de sensores."])

    c = row("EDUCAÇÃO E FORMAÇÃO")
    entry(c, "setembro 2012 – julho 2017",
          "Mestrado Integrado em Engenharia Informática e Computação",
          "Faculdade de Engenharia da Universidade do Porto (FEUP) — média final 16/20", [], first=True)

    c = row("CERTIFICAÇÕES")
    para(c, "IBM Machine Learning Professional Certificate (Coursera), 2021", first=True)
    para(c, "AWS Certified Machine Learning – Specialty, 2022 (expirado em 2025)")
    para(c, "Databricks Certified Machine Learning Professional — em preparação")

    c = row("COMPETÊNCIAS DIGITAIS")
    para(c, "Python, Java, Kotlin, SQL, Spark, pandas, scikit-learn, TensorFlow, Docker, Kubernetes, "
            "Git, estatística", first=True)

    c = row("COMPETÊNCIAS LINGUÍSTICAS")
    para(c, "Língua materna: português", first=True)
    lang = c.add_table(rows=1, cols=6)
    lang.style = doc.styles["Table Grid"]
    hdr = ["", "Compreensão oral", "Leitura", "Interação oral", "Produção oral", "Escrita"]
    for cell, h in zip(lang.rows[0].cells, hdr):
        para(cell, h, bold=True, size=8, first=True)
    for name, lv in (("Inglês", "C1"), ("Espanhol", "B2"), ("Francês", "A2")):
        cells = lang.add_row().cells
        para(cells[0], name, bold=True, size=8.5, first=True)
        for cell in cells[1:]:
            para(cell, lv, size=8.5, first=True)
    col_widths(lang, [Cm(2.3)] + [Cm(2.2)] * 5)

    col_widths(t, [Cm(4.3), Cm(13.7)])
    doc.save(path)
