"""Set J: Fatou Diop (Senegal). Word 'Heading 1' sections and 'List Bullet' bullets, a photo-less
two-cell title table (name left, contact right), a bordered 'Compétences' table; French."""

from docx.shared import Cm, Pt, RGBColor

from _setj_docx import bullet, col_widths, grey, heading, new_document, no_borders, shade

GREEN = RGBColor(0x0B, 0x6E, 0x4F)


def build(path):
    doc = new_document(font="Calibri", size=10.5, margins_cm=(1.8, 2.0, 1.8, 2.0), author="Fatou Diop")
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    r = c0.paragraphs[0].add_run("Fatou Diop")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), GREEN
    c0.add_paragraph("Ingénieure Machine Learning junior")
    for line in ("Sacré-Cœur 3, Dakar, Sénégal", "+221 77 555 01 58", "fatou.diop@example.com"):
        grey(c1.add_paragraph().add_run(line)).font.size = Pt(9)
    col_widths(t, [Cm(10.5), Cm(6.5)])

    heading(doc, "Profil", color=GREEN, size=13)
    doc.add_paragraph("Près de 2 ans d'expérience en machine learning appliqué à l'assurance et aux télécoms, "
                      "après un Master 2 en intelligence artificielle. Je recherche un poste où je pourrai "
                      "travailler en Python et en Java sur des modèles en production.")

    heading(doc, "Expérience professionnelle", color=GREEN, size=13)
    jobs = [
        ("Ingénieure Machine Learning junior — Teranga Data SARL, Dakar", "depuis janv. 2025", [
            "Modèles de détection de fraude pour le mobile money (scikit-learn, PyTorch).",
            "API de scoring en Java (Spring Boot) ; conteneurs Docker ; suivi statistique des dérives.",
            "Classification de messages clients en wolof et en français (NLP)."]),
        ("Stage de fin d'études — Data Scientist, Sahel Assurances, Dakar", "févr. – juil. 2024", [
            "Prévision de sinistralité en Python (pandas, NumPy) ; rapport de stage noté 17/20."]),
        ("Stage d'été — SenTel Services, Thiès", "juil. – août 2023", [
            "Tableaux de bord SQL pour le service client."]),
    ]
    for title, dates, items in jobs:
        p = doc.add_paragraph()
        p.add_run(title).bold = True
        grey(p.add_run("  |  " + dates))
        for it in items:
            bullet(doc, it)

    heading(doc, "Formation", color=GREEN, size=13)
    for title, dates in [
        ("Master 2 Intelligence Artificielle et Science des Données — Université de la Petite-Côte, Mbour", "2022 – 2024, mention Bien"),
        ("Licence Mathématiques-Informatique — Université de la Petite-Côte", "2019 – 2022"),
        ("Baccalauréat série S1 — Lycée Blaise-Senghor, Dakar", "2019"),
    ]:
        p = doc.add_paragraph()
        p.add_run(title).bold = True
        grey(p.add_run("\n" + dates))

    heading(doc, "Compétences", color=GREEN, size=13)
    rows = [("Langages", "Python, Java, SQL, R"),
            ("Machine learning", "TensorFlow, PyTorch, scikit-learn, pandas, NumPy ; deep learning, NLP"),
            ("Données", "statistiques, science des données, visualisation (Power BI)"),
            ("Outils", "Docker, Git, Linux")]
    st = doc.add_table(rows=0, cols=2)
    st.style = "Table Grid"
    for k, v in rows:
        cells = st.add_row().cells
        cells[0].paragraphs[0].add_run(k).bold = True
        shade(cells[0], "E3F1EC")
        cells[1].paragraphs[0].add_run(v)
    col_widths(st, [Cm(4.0), Cm(13.0)])

    heading(doc, "Certifications", color=GREEN, size=13)
    bullet(doc, "TensorFlow Developer Certificate — Google (2024)")
    bullet(doc, "Google Cloud Associate Data Practitioner — en cours de préparation")

    heading(doc, "Langues", color=GREEN, size=13)
    doc.add_paragraph("Wolof : langue maternelle · Français : courant · Anglais : B2 · Arabe : notions")

    heading(doc, "Engagement associatif", color=GREEN, size=13)
    doc.add_paragraph("Tutrice bénévole en mathématiques pour lycéennes, association Jigéen Tech (2021 – 2023).")
    doc.save(path)
