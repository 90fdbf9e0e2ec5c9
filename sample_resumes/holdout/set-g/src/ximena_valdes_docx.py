"""Ximena Valdés Orozco: a Europass-like Mexican CV in Word: a borderless two-column layout table with
right-aligned grey labels and dates on the left, content on the right, section titles in blue capitals
in the left cell (python-docx)."""

from __future__ import annotations

from _setg_docx import col_widths, new_document, no_borders
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

BLUE = RGBColor(0x1F, 0x4E, 0x9A)
GREY = RGBColor(0x6B, 0x6B, 0x6B)

ROWS = [
    ("SEC", "INFORMACIÓN PERSONAL", ""),
    ("", "Ximena Valdés Orozco", "name"),
    ("", "Av. Coyoacán 1435, Col. Del Valle, 03100 Ciudad de México, México", ""),
    ("", "+52 55 5550 1729  ·  ximena.valdes@example.com", ""),
    ("", "Nacionalidad: mexicana", ""),
    ("SEC", "PERFIL", ""),
    ("", "Ingeniera backend con más de 8 años de experiencia en Java y Kotlin para comercio "
         "electrónico y banca. Me interesa llevar servicios de alto volumen a Kubernetes sin perder "
         "la calma en la guardia.", ""),
    ("SEC", "EXPERIENCIA LABORAL", ""),
    ("abr. 2021 – actualidad", "Desarrolladora Backend Sr. (Java)", "bold"),
    ("", "Mercado Libre – Ciudad de México", "italic"),
    ("", "• Servicios de pagos en Java y Kotlin (Spring Boot) con 30 000 solicitudes por segundo.", ""),
    ("", "• Migración a Kubernetes en AWS; imágenes Docker; consultas SQL en MySQL.", ""),
    ("", "• Herramientas internas en Go para la conciliación de pagos.", ""),
    ("ene. 2018 – mar. 2021", "Desarrolladora Java", "bold"),
    ("", "Softtek – Guadalajara, Jalisco", "italic"),
    ("", "• Proyectos para banca: microservicios Java, pruebas con JUnit, SQL en Oracle.", ""),
    ("ago. 2016 – dic. 2016", "Prácticas profesionales – Desarrollo de software", "bold"),
    ("", "Banorte – Monterrey, Nuevo León", "italic"),
    ("feb. 2016 – jul. 2016", "Servicio social", "bold"),
    ("", "Dirección General de Cómputo y de Tecnologías de Información (UNAM)", "italic"),
    ("SEC", "EDUCACIÓN Y FORMACIÓN", ""),
    ("2012 – 2017", "Ingeniería en Computación (titulada, 2017)", "bold"),
    ("", "Facultad de Ingeniería, Universidad Nacional Autónoma de México (UNAM)", "italic"),
    ("2009 – 2012", "Bachillerato", "bold"),
    ("", "Escuela Nacional Preparatoria No. 6 «Antonio Caso»", "italic"),
    ("SEC", "CERTIFICACIONES", ""),
    ("2019", "Oracle Certified Professional: Java SE 11 Developer", ""),
    ("2022", "AWS Certified Developer – Associate", ""),
    ("en preparación", "Certified Kubernetes Application Developer (CKAD)", ""),
    ("SEC", "COMPETENCIAS", ""),
    ("Lenguajes", "Java, Kotlin, Go, SQL", ""),
    ("Herramientas", "Spring Boot, Kafka, Docker, Kubernetes, AWS, Git", ""),
    ("SEC", "IDIOMAS", ""),
    ("Lengua materna", "Español", ""),
    ("Inglés", "C1 (TOEFL iBT 104)", ""),
    ("Portugués", "básico", ""),
]


def build(path):
    doc = new_document(font="Arial", size=9.5, margins_cm=(1.6, 1.6, 1.6, 1.4), author="Ximena Valdés Orozco")
    t = doc.add_table(rows=len(ROWS), cols=2)
    no_borders(t)
    col_widths(t, [Cm(4.6), Cm(13.4)])
    for i, (left, right, kind) in enumerate(ROWS):
        lc, rc = t.cell(i, 0), t.cell(i, 1)
        lp = lc.paragraphs[0]
        lp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rp = rc.paragraphs[0]
        if left == "SEC":
            r = lp.add_run(right)
            r.bold = True
            r.font.size = Pt(9)
            r.font.color.rgb = BLUE
            lp.paragraph_format.space_before = Pt(10)
            continue
        r = lp.add_run(left)
        r.font.size = Pt(8.5)
        r.font.color.rgb = GREY
        r = rp.add_run(right)
        if kind == "name":
            r.bold = True
            r.font.size = Pt(17)
            r.font.color.rgb = BLUE
        elif kind == "bold":
            r.bold = True
            r.font.size = Pt(10.5)
            rp.paragraph_format.space_before = Pt(5)
        elif kind == "italic":
            r.italic = True
        for p in (lp, rp):
            p.paragraph_format.space_after = Pt(1)
    doc.save(path)
