"""Nerea Etxeberria: Spanish DOCX; contact, skills and languages sit in a floating text box
(DrawingML wps shape, square wrapping) at the top right; the body flows around it."""

from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

from _docxkit import bullet, new_document, section_heading, tab_line

PURPLE = RGBColor(0x5B, 0x2C, 0x6F)
EMU_PER_CM = 360000

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _box_paragraph(text, bold=False, size=9, color=None, space_after=40):
    rpr = f'<w:sz w:val="{size * 2}"/>' + ("<w:b/>" if bold else "")
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    return (f'<w:p><w:pPr><w:spacing w:after="{space_after}"/></w:pPr>'
            f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')


def text_box_run(lines, width_cm=6.2, height_cm=12.8, x_cm=13.2, y_cm=1.4):
    cx, cy = int(width_cm * EMU_PER_CM), int(height_cm * EMU_PER_CM)
    x, y = int(x_cm * EMU_PER_CM), int(y_cm * EMU_PER_CM)
    body = "".join(_box_paragraph(*line) for line in lines)
    xml = f"""
<w:r {NS}><w:drawing>
 <wp:anchor distT="0" distB="0" distL="114300" distR="0" simplePos="0" relativeHeight="2"
   behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
  <wp:simplePos x="0" y="0"/>
  <wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
  <wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
  <wp:extent cx="{cx}" cy="{cy}"/>
  <wp:effectExtent l="0" t="0" r="0" b="0"/>
  <wp:wrapSquare wrapText="left"/>
  <wp:docPr id="1" name="Recuadro lateral"/>
  <wp:cNvGraphicFramePr/>
  <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
   <wps:wsp>
    <wps:cNvSpPr txBox="1"/>
    <wps:spPr>
     <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
     <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
     <a:solidFill><a:srgbClr val="F3EEF6"/></a:solidFill>
     <a:ln w="6350"><a:solidFill><a:srgbClr val="5B2C6F"/></a:solidFill></a:ln>
    </wps:spPr>
    <wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
    <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="72000" rIns="72000" bIns="72000" anchor="t"><a:noAutofit/></wps:bodyPr>
   </wps:wsp>
  </a:graphicData></a:graphic>
 </wp:anchor>
</w:drawing></w:r>"""
    return parse_xml(xml)


def _job(doc, title, dates):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.keep_with_next = True
    p.add_run(title).bold = True
    p = doc.add_paragraph()
    p.paragraph_format.keep_with_next = True
    r = p.add_run(dates)
    r.italic, r.font.color.rgb = True, RGBColor(0x59, 0x59, 0x59)


def build(path):
    doc = new_document(font="Cambria", size=10.5, author="Nerea Etxeberria")
    p = doc.add_paragraph()
    r = p.add_run("Nerea Etxeberria Goikoetxea")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(20), PURPLE
    p._p.append(text_box_run([
        ("CONTACTO", True, 10, "5B2C6F"),
        ("Bilbao (Bizkaia)",),
        ("+34 655 50 01 29",),
        ("nerea.etxeberria@example.com",),
        ("example.org/nerea-etx", False, 9, None, 160),
        ("COMPETENCIAS", True, 10, "5B2C6F"),
        ("Lenguajes: Python, Java, C, SQL",),
        ("ML: PyTorch, scikit-learn, pandas, NumPy, Hugging Face Transformers",),
        ("Herramientas: Docker, Git, Linux, AWS (SageMaker), LaTeX", False, 9, None, 160),
        ("IDIOMAS", True, 10, "5B2C6F"),
        ("Euskera – nativo",),
        ("Castellano – nativo",),
        ("Inglés – C1 (Cambridge Advanced)",),
        ("Francés – A2", False, 9, None, 160),
        ("CERTIFICADOS", True, 10, "5B2C6F"),
        ("Deep Learning Specialization – DeepLearning.AI (Coursera), 2024",),
        ("AWS Certified Cloud Practitioner, 2025",),
    ]))
    doc.add_paragraph("Ingeniera de Machine Learning junior").runs[0].font.size = Pt(12)

    section_heading(doc, "Perfil", color=PURPLE, size=11)
    doc.add_paragraph(
        "Graduada en Ingeniería Informática y estudiante de máster en Inteligencia Artificial. "
        "Me interesa el procesamiento del lenguaje natural (NLP) para lenguas con pocos "
        "recursos, como el euskera. Busco mi primer puesto fijo como ingeniera de ML."
    )

    section_heading(doc, "Experiencia", color=PURPLE, size=11)
    _job(doc, "Prácticas en Machine Learning – BBVA AI Factory, Madrid", "sept. 2025 – actualidad")
    bullet(doc, "Prácticas extracurriculares (convenio con la universidad): clasificación de "
                "reclamaciones de clientes con modelos de deep learning en PyTorch.")
    bullet(doc, "Evaluación de sesgos y documentación de modelos para el equipo de riesgo de modelo.")
    _job(doc, "Prácticas de verano, desarrollo de software – Ikerlan, Arrasate", "jun. 2024 – ago. 2024")
    bullet(doc, "Herramienta en Java para validar ficheros de configuración de PLC; pruebas con JUnit.")
    _job(doc, "Becaria de colaboración – UPV/EHU, Dpto. de Ciencia de la Computación e IA",
         "oct. 2023 – may. 2024")
    bullet(doc, "Apoyo a un grupo de investigación en NLP: limpieza de corpus en euskera con Python y pandas.")

    section_heading(doc, "Formación", color=PURPLE, size=11)
    tab_line(doc, "Máster Universitario en Inteligencia Artificial Avanzada", "2025 – 2027")
    doc.add_paragraph("UNED (a distancia) – en curso, fin previsto junio de 2027")
    tab_line(doc, "Grado en Ingeniería Informática", "2021 – 2025")
    doc.add_paragraph("Universidad del País Vasco (UPV/EHU), Donostia – nota media 8,4. "
                      "TFG: etiquetado morfológico del euskera con transformers (matrícula de honor).")
    tab_line(doc, "Bachillerato Científico-Tecnológico", "2019 – 2021", bold_left=False)
    doc.add_paragraph("Ikastola Lauaizeta, Donostia")

    section_heading(doc, "Otros", color=PURPLE, size=11)
    doc.add_paragraph("Voluntaria en la asociación Kodea Neskentzat (talleres de Python para "
                      "niñas, desde 2022). Carné de conducir B.")
    doc.save(path)
