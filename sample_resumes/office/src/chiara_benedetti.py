"""Chiara Benedetti – ML engineer, Milan. Italian CV; a shaded sidebar cell in a layout table."""

META = {
    "name": "Chiara Benedetti",
    "layout": "docx-table-sidebar",
    "font": "Liberation Sans",
    "size": 9.5,
    "accent": "2F3E75",
    "margins_mm": (12, 12, 12, 12),
}

LABEL = {
    "degrees": [
        {"level": "master", "field": "computer-engineering", "status": "completed"},
        {"level": "bachelor", "field": "computer-engineering", "status": "completed"},
        {"level": "secondary", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 87, "internship_months": 6, "claimed_years": None},
    "skills": ["python", "java", "cpp", "sql", "pytorch", "tensorflow", "scikit-learn", "docker",
               "kubernetes", "nlp", "deep-learning", "machine-learning", "data-science"],
    "certifications": [
        {"id": "gcp-ml-engineer", "status": "completed"},
        {"id": "deeplearning-ai-deep-learning", "status": "completed"},
    ],
    "languages": [
        {"language": "it", "level": "native"},
        {"language": "en", "level": "C1"},
        {"language": "fr", "level": "B1"},
    ],
    "verdict": "meets",
    "notes": "Italian CV in a 2-cell layout table: shaded sidebar (contacts, nested skill lists, languages, "
             "certifications) and main cell; Italian months: \"gennaio 2022 – oggi\" (Jan 2022..Nov 2026 = 59) "
             "+ \"settembre 2019 – dicembre 2021\" (28) = 87; \"Tirocinio curriculare\" marzo–agosto 2019 = 6 "
             "internship months; Laurea Magistrale / Triennale in Ingegneria Informatica = master / bachelor "
             "computer-engineering; Liceo Scientifico diploma = secondary; \"madrelingua\" = native; "
             "data-science from the \"Data Scientist\" job title.",
}

SIDE, MAIN = 58, 128
SHADE = "E8ECF5"


def side_head(w, text):
    w.p(text.upper(), bold=True, size=9.5, color=META["accent"], before=10, after=3, border_bottom=META["accent"])


def main_head(w, text):
    w.p(text, bold=True, size=12, color=META["accent"], before=10, after=3, border_bottom="B4BDD6",
        keep_next=True)


def write(w):
    t = w.table(1, [SIDE, MAIN], borders=False, cell_margin_mm=3)
    side, main = t.rows[0].cells
    w.shade_cell(side, SHADE)

    w.into(side)
    w.p("Chiara", size=20, color=META["accent"], before=6, after=0)
    w.p("Benedetti", bold=True, size=20, color=META["accent"], after=4)
    w.p("Machine Learning Engineer", bold=True, size=10, after=6)
    side_head(w, "Contatti")
    for line in ("Via Vigevano 33, 20144 Milano", "+39 347 555 0192", "chiara.benedetti@example.com",
                 "example.org/chiarab", "Nata nel 1995"):
        w.p(line, size=8.5, after=1)
    side_head(w, "Competenze")
    w.bullet("**Linguaggi**", size=8.5)
    for s in ("Python", "Java", "C++", "SQL"):
        w.bullet(s, level=2, size=8.5)
    w.bullet("**ML & Deep Learning**", size=8.5)
    for s in ("PyTorch, TensorFlow", "scikit-learn, XGBoost", "NLP: Hugging Face Transformers"):
        w.bullet(s, level=2, size=8.5)
    w.bullet("**MLOps**", size=8.5)
    for s in ("Docker, Kubernetes", "MLflow, Vertex AI (GCP)"):
        w.bullet(s, level=2, size=8.5)
    side_head(w, "Lingue")
    for line in ("**Italiano** – madrelingua", "**Inglese** – C1 (IELTS 7.5)", "**Francese** – B1"):
        w.p(line, size=8.5, after=1)
    side_head(w, "Certificazioni")
    w.p("Google Cloud Professional Machine Learning Engineer – 2023", size=8.5, after=3)
    w.p("Deep Learning Specialization, DeepLearning.AI (Coursera) – 2020", size=8.5, after=3)

    w.into(main)
    main_head(w, "Profilo")
    w.p("Ingegnera informatica con esperienza nella messa in produzione di modelli di NLP e di "
        "raccomandazione. Lavoro su tutta la filiera: dati, addestramento, servizio in Java o Python, "
        "monitoraggio. Cerco un ruolo di ML engineering con forte impatto sul prodotto.", align="justify")
    main_head(w, "Esperienza professionale")
    jobs = [
        ("gennaio 2022 – oggi", "Machine Learning Engineer", "Bending Spoons – Milano", [
            "Modelli di classificazione e ricerca semantica (PyTorch, Transformers) per la moderazione "
            "dei contenuti in 12 lingue; precisione +11 punti rispetto al sistema precedente.",
            "Servizio di inferenza in Java con modelli esportati in ONNX; pipeline di addestramento "
            "su Kubernetes con Docker e MLflow.",
            "Mentoring di due ML engineer junior e revisione del codice del team.",
        ]),
        ("settembre 2019 – dicembre 2021", "Data Scientist", "Data Reply – Torino", [
            "Previsione della domanda per la grande distribuzione con TensorFlow e scikit-learn; "
            "riduzione degli sprechi stimata al 9%.",
            "Estrazione e preparazione dei dati in SQL (BigQuery) e Python; moduli C++ per il calcolo "
            "di feature su serie storiche.",
        ]),
        ("marzo 2019 – agosto 2019", "Tirocinio curriculare – Data Science", "Pirelli – Milano", [
            "Tesi magistrale: rilevamento di anomalie nei dati di sensori degli pneumatici.",
        ]),
    ]
    for dates, title, org, bullets in jobs:
        w.p(f"**{title}**", before=6, after=0, keep_next=True)
        w.p(f"{org}  |  {dates}", italic=True, color="555555", after=2, keep_next=True)
        for b in bullets:
            w.bullet(b)
    main_head(w, "Istruzione")
    for dates, title, org in (
            ("2017 – 2019", "Laurea Magistrale in Ingegneria Informatica", "Politecnico di Milano – 110/110 e lode"),
            ("2014 – 2017", "Laurea Triennale in Ingegneria Informatica", "Politecnico di Milano – 104/110"),
            ("2014", "Diploma di Liceo Scientifico", "Liceo Scientifico “A. Volta”, Como")):
        w.p(f"**{title}**", before=4, after=0)
        w.p(f"{org}  |  {dates}", italic=True, color="555555", after=1)
    main_head(w, "Altro")
    w.p("Volontaria presso CoderDojo Milano (laboratori di programmazione per ragazzi). "
        "Autorizzo il trattamento dei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (UE 2016/679).",
        size=8.5)
    w.into(None)
