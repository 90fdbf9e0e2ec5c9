"""Marisol Guerrero Vidal - Spanish CV in Word: right tab stops for dates, Word bullets."""

from docx.shared import Pt

import _kit as k


def build(path):
    doc = k.document(font="Calibri", size=10.5, author="Marisol Guerrero")
    p = k.line(doc, "MARISOL GUERRERO VIDAL", bold=True, size=20, color="7A1F2B", after=0)
    k.line(doc, "Ingeniera de Machine Learning", size=12, color="555555", after=2)
    k.line(doc, "Valencia, España  ·  +34 555 010 127  ·  marisol.guerrero@example.com  ·  in/mguerrero-example", size=9)

    k.heading(doc, "Perfil profesional", color="7A1F2B")
    k.line(doc, "Matemática e ingeniera de machine learning con más de 9 años de experiencia en "
           "banca y comercio electrónico. Diseño sistemas de recomendación y de detección de fraude "
           "y los llevo a producción en Python, Java y Scala sobre Spark y Kubernetes.")

    k.heading(doc, "Experiencia profesional", color="7A1F2B")
    k.tabbed(doc, "Lead Machine Learning Engineer", "sept. 2019 – actualidad")
    k.line(doc, "Naranja Market S.L., Valencia", italic=True, after=1)
    for b in [
        "Responsable del motor de recomendación de la web y la app (18 M de usuarios): modelos de "
        "ranking en PyTorch y candidatos con Spark MLlib; +6,4 % en conversión.",
        "Diseño de la plataforma de entrenamiento sobre Kubernetes (Kubeflow) y servicio de modelos "
        "en Java con baja latencia; equipo de 6 personas.",
        "Introducción de pruebas A/B con análisis estadístico bayesiano en todo el departamento.",
    ]:
        k.bullet(doc, b)
    k.tabbed(doc, "Científica de datos", "ene. 2017 – ago. 2019")
    k.line(doc, "Banco Mediterráneo de Inversiones, Madrid", italic=True, after=1)
    for b in [
        "Modelos de detección de fraude en tarjetas (scikit-learn, XGBoost) y reglas en tiempo real "
        "con Scala y Spark Streaming.",
        "Migración de scripts SAS a Python (pandas, NumPy); documentación para auditoría interna.",
    ]:
        k.bullet(doc, b)
    k.tabbed(doc, "Prácticas en análisis de datos", "feb. 2016 – jul. 2016")
    k.line(doc, "Instituto Valenciano de Estadística", italic=True, after=1)
    k.bullet(doc, "Depuración de microdatos de la Encuesta de Población Activa con R y SQL.")

    k.heading(doc, "Formación", color="7A1F2B")
    k.tabbed(doc, "Máster Universitario en Inteligencia Artificial", "2016 – 2017")
    k.line(doc, "Universidad Politécnica de Valencia. TFM: redes neuronales para series temporales de demanda eléctrica.", italic=True)
    k.tabbed(doc, "Grado en Matemáticas", "2012 – 2016")
    k.line(doc, "Universitat de València. Mención en Estadística.", italic=True)

    k.heading(doc, "Certificaciones", color="7A1F2B")
    k.tabbed(doc, "Databricks Certified Machine Learning Associate", "2023", bold=False)
    k.tabbed(doc, "TensorFlow Developer Certificate (caducado)", "2020", bold=False)

    k.heading(doc, "Conocimientos técnicos", color="7A1F2B")
    p = doc.add_paragraph()
    k.runs(p, ("Lenguajes: ", True), ("Python, Java, Scala, SQL, R", False))
    p = doc.add_paragraph()
    k.runs(p, ("Machine learning: ", True), ("PyTorch, TensorFlow, scikit-learn, XGBoost, Spark MLlib, deep learning, estadística bayesiana", False))
    p = doc.add_paragraph()
    k.runs(p, ("Plataforma: ", True), ("Kubernetes, Kubeflow, Docker, Airflow, Google Cloud", False))

    k.heading(doc, "Idiomas", color="7A1F2B")
    k.line(doc, "Español: nativo   ·   Catalán/valenciano: C1   ·   Inglés: C1 (Cambridge Advanced)   ·   Francés: A2")
    doc.save(path)
