"""Aisha Rahman – data scientist, Toronto. 23 months of regular work; 2-column skills section."""

META = {
    "name": "Aisha Rahman",
    "layout": "docx-two-column",
    "font": "DejaVu Sans",
    "size": 9.5,
    "accent": "C0392B",
    "page": "letter",
    "margins_mm": (15, 17, 15, 17),
}

LABEL = {
    "degrees": [
        {"level": "master", "field": "data-science", "status": "completed"},
        {"level": "bachelor", "field": "mechanical-engineering", "status": "completed"},
    ],
    "experience": {"total_months": 23, "internship_months": 29, "claimed_years": 2},
    "skills": ["python", "java", "sql", "r", "pytorch", "tensorflow", "scikit-learn", "pandas", "numpy",
               "spark", "docker", "aws", "statistics", "machine-learning", "deep-learning", "data-science"],
    "certifications": [
        {"id": "tensorflow-developer", "status": "completed"},
        {"id": "aws-ml-engineer-associate", "status": "in_progress"},
    ],
    "languages": [
        {"language": "en", "level": "native"},
        {"language": "bn", "level": "fluent"},
        {"language": "fr", "level": "A2"},
    ],
    "verdict": "does_not_meet",
    "notes": "Near miss on months: only one regular job, \"Jan 2025 – Present\" = Jan 2025..Nov 2026 = 23 "
             "(< 24) despite the \"2+ years of industry experience\" claim (it counts internships); Graduate "
             "Research Assistant Aug 2023 – Dec 2024 (17) with the \"Summer 2024\" internship inside it (merged) "
             "+ three 4-month co-op terms (Jan–Apr 2021, Sep–Dec 2021, May–Aug 2022 = 12) = 29 internship "
             "months; \"MS, Analytics\" labelled data-science; B.A.Sc. Mechanical Engineering; skills list in a "
             "two-column section (w:cols num=2); TensorFlow cert name gives tensorflow; deep learning from the coursework line.",
}

R = 181.9 - 0  # letter text width: 215.9 - 2 * 17


def section(w, title):
    w.p(title.upper(), bold=True, size=10, color=META["accent"], before=9, after=3, keep_next=True,
        border_bottom="D5D5D5")


def job(w, title, org, dates, bullets):
    w.p(f"**{title}**, {org}\t{dates}", tabs=[(R, "right")], before=5, after=1, keep_next=True)
    for b in bullets:
        w.bullet(b)


def write(w):
    w.p("AISHA RAHMAN", bold=True, size=20, align="center", color="222222", after=1)
    w.p("Toronto, ON  |  (416) 555-0139  |  aisha.rahman@example.com  |  github.example.org/aisharahman",
        align="center", size=8.5, after=6)

    section(w, "Summary")
    w.p("Data scientist with 2+ years of industry experience in experimentation, forecasting and "
        "production ML. Engineer by training, statistician by habit; I care about clean causal "
        "questions and models that someone actually uses.")

    section(w, "Experience")
    job(w, "Data Scientist", "Shopify (remote, Toronto)", "Jan 2025 – Present", [
        "Built the merchant churn model (gradient boosting in scikit-learn, served in a Java service "
        "owned with the platform team); retention campaigns now target 3× fewer merchants for the same lift.",
        "Designed and analysed 40+ A/B tests; wrote the team’s guide on sequential testing and CUPED.",
        "Feature pipelines in Spark SQL; model training jobs in Docker on AWS SageMaker.",
    ])
    job(w, "Graduate Research Assistant", "Georgia Tech, School of ISyE", "Aug 2023 – Dec 2024", [
        "Spatio-temporal demand forecasting for bike sharing with PyTorch; paper at INFORMS 2024.",
    ])
    job(w, "Data Science Intern", "Wayfair, Boston", "Summer 2024", [
        "Uplift models for email promotions in Python (pandas, NumPy); results adopted for Q4 campaigns.",
    ])
    job(w, "Co-op terms (B.A.Sc. programme)", "Magna, Manulife", "", [
        "Mechanical Design Co-op, Magna International – Jan–Apr 2021",
        "Data Analyst Co-op, Manulife – Sep–Dec 2021 (R and SQL dashboards)",
        "Data Analyst Co-op, Manulife – May–Aug 2022",
    ])

    section(w, "Education")
    w.p("**MS, Analytics** – Georgia Institute of Technology, Atlanta\tDec 2024", tabs=[(R, "right")], after=0)
    w.p("Coursework: statistical learning, deep learning, optimization, Java for data structures.",
        size=8.5, italic=True, after=3)
    w.p("**B.A.Sc. Mechanical Engineering** – University of Waterloo (co-op)\t2018 – 2023",
        tabs=[(R, "right")], after=0)

    w.columns(2, space_mm=8, sep=True)
    section(w, "Technical skills")
    for k, v in (("Languages", "Python, SQL, R, Java"),
                 ("ML / DL", "scikit-learn, PyTorch, TensorFlow, XGBoost"),
                 ("Data", "pandas, NumPy, Spark, dbt"),
                 ("Methods", "statistics, causal inference, A/B testing, machine learning"),
                 ("Ops", "Docker, AWS, Git, Airflow")):
        w.p(f"**{k}:** {v}", after=1)
    w.column_break()
    section(w, "Certifications")
    w.p("TensorFlow Developer Certificate – 2023", after=1)
    w.p("AWS Certified Machine Learning Engineer – Associate (in progress)", after=1)
    section(w, "Languages")
    w.p("English (native) · Bengali (fluent) · French (A2)", after=1)
