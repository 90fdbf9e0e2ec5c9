"""Álvaro Quintana Ferrer: a Spanish Word CV in the Europass 2013 shape. One borderless layout table:
the left cells hold section names (right-aligned blue capitals) and, per entry, the DATES; the right
cells hold titles, employers and bullets; a bordered CEFR sub-table for languages (python-docx)."""

from __future__ import annotations

from _seti_docx import col_widths, new_document, no_borders
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

BLUE = RGBColor(0x1F, 0x3A, 0x93)
GREY = RGBColor(0x40, 0x40, 0x40)


def write(cell, text, *, bold=False, size=None, color=None, right=False, first=True, italic=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(2)
    return p


def build(path):
    doc = new_document(font="Arial", size=9, margins_cm=(1.5, 1.6, 1.5, 1.6), author="Álvaro Quintana Ferrer")
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)

    def row(left="", *, section=False, spacer=False):
        cells = t.add_row().cells
        if left:
            write(cells[0], left, right=True, color=BLUE, size=9.5 if section else 8.5, bold=section)
        return cells[1]

    c = row("CURRICULUM VITAE", section=True)
    write(c, "Álvaro Quintana Ferrer", size=16, color=BLUE)
    write(c, "Carrer de Russafa 33, 4.º 7.ª, 46004 València (España)", first=False)
    write(c, "+34 963 555 041  ·  alvaro.quintana@example.com  ·  linkedin.com/in/aquintana-example", first=False)
    write(c, "Fecha de nacimiento 23/01/1994  |  Nacionalidad española", first=False, color=GREY, size=8)

    c = row("PUESTO SOLICITADO", section=True)
    write(c, "Machine Learning Engineer", size=11, color=BLUE)

    c = row("PERFIL", section=True)
    write(c, "Más de 9 años de experiencia en analítica y datos en banca y gran distribución; desde 2021 "
             "construyo y despliego modelos de machine learning en producción. Programo en Python y Java, "
             "con una base sólida de estadística y negocio.")

    c = row("EXPERIENCIA PROFESIONAL", section=True)
    jobs = [
        ("jun. 2021 – actualidad", "Data & Machine Learning Engineer", "Mercadona Tech, València",
         ["Previsión de demanda por tienda y producto (Python, pandas, scikit-learn, Spark en Databricks).",
          "Microservicios en Java (Spring Boot) y Scala para servir predicciones a la app de compra online.",
          "Despliegue con Docker y Kubernetes sobre AWS; calidad de datos en SQL."]),
        ("sep. 2018 – may. 2021", "Analista de Riesgos (modelos de scoring)", "CaixaBank, València",
         ["Modelos de probabilidad de impago con regresión logística y gradient boosting en Python y SAS.",
          "Validación estadística de modelos para el supervisor (BCE)."]),
        ("ene. 2017 – ago. 2018", "Consultor junior de Business Analytics", "Deloitte, Madrid",
         ["Cuadros de mando y modelos de segmentación de clientes para aseguradoras (SQL, Python)."]),
        ("feb. 2016 – jun. 2016", "Becario (prácticas curriculares)", "Bankia, València",
         ["Apoyo al equipo de control de gestión; informes en Excel y VBA."]),
    ]
    for when, title, org, items in jobs:
        c = row(when)
        write(c, title, bold=True, size=10, color=BLUE)
        write(c, org, first=False, italic=True)
        for it in items:
            write(c, "▪ " + it, first=False)

    c = row("EDUCACIÓN Y FORMACIÓN", section=True)
    c = row("2012 – 2016")
    write(c, "Grado en Administración y Dirección de Empresas (ADE)", bold=True, size=10, color=BLUE)
    write(c, "Universitat de València – Facultat d'Economia. Mención en Finanzas.", first=False)
    c = row("oct. 2019 – mar. 2020")
    write(c, "Bootcamp de Data Science y Machine Learning (450 h)", bold=True, size=10, color=BLUE)
    write(c, "The Bridge, València (formación no reglada)", first=False)
    c = row("2020")
    write(c, "Curso online: Programación en Java (Java SE 11), 120 h", bold=True, size=10, color=BLUE)
    write(c, "Universitat Politècnica de València – UPV[X] (formación no reglada)", first=False)

    c = row("COMPETENCIAS PERSONALES", section=True)
    c = row("Lengua materna")
    write(c, "español, valenciano")
    c = row("Otros idiomas")
    lang = c.add_table(rows=1, cols=6)
    lang.style = doc.styles["Table Grid"]
    for cell, h in zip(lang.rows[0].cells, ["", "Comprensión auditiva", "Lectura", "Interacción oral",
                                              "Expresión oral", "Expresión escrita"]):
        write(cell, h, bold=True, size=7.5, color=BLUE)
    for name, lv in (("inglés", "C1"), ("francés", "A2")):
        cells = lang.add_row().cells
        write(cells[0], name, bold=True, size=8)
        for cell in cells[1:]:
            write(cell, lv, size=8)
    col_widths(lang, [Cm(1.8)] + [Cm(2.3)] * 5)
    write(c, "Cambridge C1 Advanced (2015). Niveles: A1/A2 usuario básico, B1/B2 independiente, C1/C2 competente.",
          first=False, size=7.5, color=GREY)

    c = row("Competencias digitales")
    write(c, "Python, Java, Scala, SQL, Spark, pandas, scikit-learn, Docker, Kubernetes, AWS, SAS, "
             "Power BI; estadística y econometría.")
    c = row("Certificaciones")
    write(c, "Databricks Certified Data Engineer Associate (2023)")
    write(c, "CFA Program Level I – aprobado (2017)", first=False)
    write(c, "AWS Certified Data Engineer – Associate – en preparación (examen previsto en enero de 2027)", first=False)
    c = row("Permiso de conducir")
    write(c, "B")

    col_widths(t, [Cm(4.6), Cm(13.2)])
    doc.save(path)
