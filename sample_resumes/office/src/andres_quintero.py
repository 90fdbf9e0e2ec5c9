"""Andrés Quintero – data engineer, Bogotá. Spanish CV laid out in one borderless 2-column table."""

META = {
    "name": "Andrés Felipe Quintero Gómez",
    "layout": "docx-table-layout",
    "font": "Liberation Sans",
    "size": 9.5,
    "accent": "1E5631",
    "margins_mm": (15, 18, 15, 18),
}

LABEL = {
    "degrees": [
        {"level": "bachelor", "field": "computer-science", "status": "completed"},
        {"level": "secondary", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 100, "internship_months": 6, "claimed_years": 8},
    "skills": ["python", "scala", "sql", "javascript", "spark", "aws", "docker", "pandas",
               "scikit-learn"],
    "certifications": [
        {"id": "aws-data-engineer-associate", "status": "completed"},
        {"id": "databricks-data-engineer-associate", "status": "completed"},
        {"id": "gcp-data-engineer", "status": "in_progress"},
    ],
    "languages": [
        {"language": "es", "level": "native"},
        {"language": "en", "level": "B2"},
        {"language": "pt", "level": "intermediate"},
    ],
    "verdict": "does_not_meet",
    "notes": "Near miss: JavaScript, Python and Scala but never Java; whole page is one borderless "
             "table (dates left, text right, merged heading rows, bullets in cells); MM/YYYY dates: "
             "\"03/2021 – actualidad\" (Mar 2021..Nov 2026 = 69) + \"08/2018 – 02/2021\" (31) = 100; "
             "\"Practicante\" 01/2018 – 06/2018 = 6 internship months; \"8+ años\" claim; \"Ingeniería de "
             "Sistemas y Computación\" labelled computer-science; Bachiller = secondary; GCP exam scheduled "
             "= in_progress; \"intermedio\" = intermediate; \"equipos de ciencia de datos\" are other teams, not a data-science skill of his.",
}

LEFT, RIGHT = 32, 142


def write(w):
    w.p("ANDRÉS FELIPE QUINTERO GÓMEZ", bold=True, size=18, color=META["accent"], after=0)
    w.p("Ingeniero de Datos Senior", size=11.5, after=2)
    w.p("Bogotá D.C., Colombia  ·  +57 300 555 0187  ·  andres.quintero@example.com  ·  "
        "example.org/aquintero", size=8.5, color="444444", after=6, border_bottom=META["accent"])

    t = w.table(0, [LEFT, RIGHT], borders=False)

    def heading(text):
        r = t.add_row()
        c = r.cells[0].merge(r.cells[1])
        w.into(c)
        w.p(text.upper(), bold=True, size=10.5, color=META["accent"], before=8, after=2,
            border_bottom="A9A9A9", keep_next=True)
        w.into(None)

    def entry(left, title, org, bullets=(), extra=None):
        r = t.add_row()
        w.into(r.cells[0])
        w.p(left, bold=True, size=9, color="333333", before=3)
        w.into(r.cells[1])
        w.p(f"**{title}**", before=3, after=0)
        if org:
            w.p(org, italic=True, color="444444", after=1)
        if extra:
            w.p(extra, after=1)
        for b in bullets:
            w.bullet(b)
        w.into(None)

    heading("Perfil profesional")
    entry("", "Ingeniero de datos con 8+ años de experiencia", None, extra=(
        "Diseño y opero plataformas de datos en la nube para comercio electrónico y banca: ingesta en "
        "tiempo real, modelado para analítica y calidad de datos. Me gusta trabajar cerca de los "
        "equipos de ciencia de datos y llevar sus modelos a producción."))

    heading("Experiencia")
    entry("03/2021 – actualidad", "Ingeniero de Datos Senior", "Rappi S.A.S. – Bogotá", [
        "Lidero la migración del data lake a AWS (S3, EMR, Glue): 120 pipelines en Spark (PySpark y "
        "Scala) orquestados con Airflow; costo de cómputo 38 % menor.",
        "Construí la capa de features para el modelo de pronóstico de demanda (pandas, scikit-learn) "
        "que usan 9 países.",
        "Contenedores con Docker e infraestructura como código con Terraform; guardias compartidas.",
    ])
    entry("08/2018 – 02/2021", "Desarrollador de Software – Analítica", "Bancolombia – Medellín", [
        "APIs internas en Python (Flask) y consultas en SQL Server para reportes regulatorios.",
        "Tablero web de indicadores de riesgo en JavaScript (React, D3) usado por 300 analistas.",
    ])
    entry("01/2018 – 06/2018", "Practicante de Ingeniería", "Globant – Bogotá", [
        "Pruebas automatizadas y scripts ETL en Python para un cliente del sector seguros.",
    ])

    heading("Educación")
    entry("2013 – 2017", "Ingeniería de Sistemas y Computación",
          "Universidad de los Andes – Bogotá", extra="Título: Ingeniero de Sistemas y Computación. "
          "Proyecto de grado: detección de fraude en transacciones con tarjeta.")
    entry("2012", "Bachiller Académico", "Colegio San Bartolomé La Merced – Bogotá")

    heading("Certificaciones")
    entry("2024", "AWS Certified Data Engineer – Associate", None)
    entry("2023", "Databricks Certified Data Engineer Associate", None)
    entry("en curso", "Google Cloud Professional Data Engineer", None,
          extra="Examen programado para enero de 2027.")

    heading("Habilidades técnicas")
    r = t.add_row()
    w.into(r.cells[0])
    w.p("Herramientas", bold=True, size=9, color="333333", before=3)
    w.into(r.cells[1])
    w.bullet("**Lenguajes:** Python, Scala, SQL, JavaScript, Bash", before=3)
    w.bullet("**Big data:** Spark, Kafka, Airflow, dbt, Delta Lake")
    w.bullet("**Nube y contenedores:** AWS, Docker, Terraform")
    w.bullet("**Bases de datos:**")
    w.bullet("PostgreSQL, SQL Server, Redshift", level=2)
    w.bullet("DynamoDB, MongoDB", level=2)
    w.into(None)

    heading("Idiomas")
    entry("", "Español (nativo) · Inglés (B2) · Portugués: intermedio", None)
