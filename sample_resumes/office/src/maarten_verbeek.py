"""Maarten Verbeek – ML engineer, Utrecht. Tab-stop columns (right tab for dates, centre tab)."""

META = {
    "name": "Maarten Verbeek",
    "layout": "docx-tabstops",
    "font": "Liberation Sans",
    "size": 10,
    "accent": "1F4E79",
    "margins_mm": (16, 18, 16, 18),
}

LABEL = {
    "degrees": [
        {"level": "master", "field": "computer-science", "status": "completed"},
        {"level": "bachelor", "field": "mathematics", "status": "completed"},
        {"level": "secondary", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 131, "internship_months": 6, "claimed_years": 10},
    "skills": ["python", "java", "scala", "sql", "pytorch", "scikit-learn", "pandas", "spark",
               "docker", "kubernetes", "aws", "machine-learning"],
    "certifications": [
        {"id": "aws-ml-specialty", "status": "completed"},
        {"id": "ckad", "status": "expired"},
    ],
    "languages": [
        {"language": "nl", "level": "native"},
        {"language": "en", "level": "C2"},
        {"language": "de", "level": "B1"},
    ],
    "verdict": "meets",
    "notes": "Tab-stop layout: title<TAB>dates on a right tab, company/team/city on centre and right tabs; "
             "\"Mar 2019 – Present\" = Mar 2019..Nov 2026 (93) + Dutch \"januari 2016 – februari 2019\" (38) = 131; "
             "\"Afstudeerstage\" (graduation internship) \"februari 2015 – juli 2015\" = 6 internship months; "
             "\"10+ years\" claim; VWO = secondary; CKAD \"expired 2024\".",
}

R = 174  # text width in mm: right tab stop
C = 87   # centre tab stop


def section(w, title):
    w.p(title.upper(), bold=True, size=10.5, color=META["accent"], before=10, after=4,
        border_bottom=META["accent"], keep_next=True)


def job(w, title, dates, org, team, city, bullets):
    w.p(f"**{title}**\t{dates}", tabs=[(R, "right")], before=6, after=0, keep_next=True)
    w.p(f"__{org}__\t{team}\t{city}", tabs=[(C, "center"), (R, "right")], color="404040",
        after=2, keep_next=True)
    for b in bullets:
        w.p(f"–\t{b}", left=5, hanging=5, tabs=[(5, "left")], after=1)


def write(w):
    w.p("Maarten Verbeek", bold=True, size=22, color=META["accent"], after=0)
    w.p("Machine Learning Engineer", size=12, color="595959", after=4)
    w.p("Utrecht, Netherlands\tmaarten.verbeek@example.com\t+31 6 5550 0142",
        tabs=[(C, "center"), (R, "right")], size=9, after=0)
    w.p("example.org/mverbeek\tgithub.example.org/mverbeek\tDutch & EU work permit",
        tabs=[(C, "center"), (R, "right")], size=9, after=4)

    section(w, "Profile")
    w.p("Machine learning engineer with 10+ years of experience in data and ML, the last seven "
        "building ranking and recommendation systems that serve millions of customers a day. "
        "Comfortable on both sides of the model: research notebooks in Python and production "
        "services in Java. Looking for a team where ML is a product, not a slide deck.",
        align="justify")

    section(w, "Work experience")
    job(w, "Senior Machine Learning Engineer", "Mar 2019 – Present", "bol.com",
        "Search & Recommendations", "Utrecht, NL", [
            "Own the learning-to-rank model behind product search (PyTorch, LightGBM); rebuilt "
            "the offline/online evaluation loop, which cut the time from idea to A/B test from six "
            "weeks to nine days.",
            "Wrote the Java (Spring Boot) scoring service that serves the ranker at p99 < 25 ms; "
            "deployed with Docker on Kubernetes, models trained on AWS SageMaker.",
            "Moved nightly feature generation from a Hive cluster to Spark (Scala and PySpark) "
            "jobs orchestrated by Airflow; mentor three engineers and run the team’s reading group.",
        ])
    job(w, "Data Analist", "januari 2016 – februari 2019", "Rabobank", "Risk Analytics",
        "Utrecht, NL", [
            "Built credit-risk early-warning models for SME lending with scikit-learn and pandas; "
            "the model replaced a rules engine and reduced write-offs by an estimated 7%.",
            "Automated regulatory reporting queries (SQL on Teradata), saving two analyst days a month.",
        ])
    job(w, "Afstudeerstage (graduation internship)", "februari 2015 – juli 2015", "TNO",
        "Energy Analytics group", "Den Haag, NL", [
            "Master’s thesis project: anomaly detection in smart-meter time series; prototype in Python.",
        ])

    section(w, "Education")
    w.p("**MSc Computer Science** (Algorithmic Data Analysis)\t2013 – 2015", tabs=[(R, "right")], after=0)
    w.p("Universiteit Utrecht\tcum laude", tabs=[(R, "right")], color="404040", after=3)
    w.p("**BSc Wiskunde** (Mathematics)\t2010 – 2013", tabs=[(R, "right")], after=0)
    w.p("Universiteit Utrecht", color="404040", after=3)
    w.p("**VWO** (pre-university secondary education), Stedelijk Gymnasium Leiden\t2010",
        tabs=[(R, "right")], after=0)

    section(w, "Certifications")
    w.p("AWS Certified Machine Learning – Specialty\t2022", tabs=[(R, "right", "dot")], after=1)
    w.p("Certified Kubernetes Application Developer (CKAD)\t2021 (expired 2024)",
        tabs=[(R, "right", "dot")], after=1)

    section(w, "Skills")
    for k, v in (("Programming", "Python, Java, Scala, SQL, Bash"),
                 ("Machine learning", "PyTorch, scikit-learn, LightGBM, learning-to-rank, A/B testing"),
                 ("Data & infrastructure", "Spark, Airflow, Docker, Kubernetes, AWS (SageMaker, S3, EMR)")):
        w.p(f"**{k}**\t{v}", tabs=[(40, "left")], left=40, hanging=40, after=1)

    section(w, "Languages")
    w.p("Dutch (native)\tEnglish (C2)\tGerman – B1", tabs=[(C, "center"), (R, "right")])
