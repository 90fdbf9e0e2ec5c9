"""Set J: Arjun Venkataraman (India). Centred name block, right tab-stop dates on every entry line,
hanging-indent paragraphs for education and certifications (no list styles), typed en-dash bullets,
an overlapping freelance engagement, a declaration and Place/Date line; English."""

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from _setj_docx import heading, new_document, tab_line

NAVY = RGBColor(0x1A, 0x23, 0x7E)


def hanging(doc, text, bold_lead=None, indent_cm=0.6):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent, pf.space_after = Cm(indent_cm), Cm(-indent_cm), Pt(1)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def build(path):
    doc = new_document(font="Cambria", size=10.5, margins_cm=(1.8, 1.9, 1.8, 1.9), author="Arjun Venkataraman")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ARJUN VENKATARAMAN")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(17), NAVY
    p = doc.add_paragraph("HSR Layout, Bengaluru 560102  |  +91 80 5550 0191  |  arjun.venkat@example.com  |  github.example.org/arjunv")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    heading(doc, "PROFESSIONAL SUMMARY", style=False, color=NAVY)
    doc.add_paragraph("Senior ML engineer with 7+ years of experience in payments and lending. Hands-on in Python "
                      "and Java; I take models from notebook to a monitored Kubernetes service.")

    heading(doc, "WORK EXPERIENCE", style=False, color=NAVY)
    jobs = [
        ("Senior ML Engineer, Tarangini Fintech Pvt. Ltd., Bengaluru", "Jun 2022 – Present", [
            "Credit-risk and collections models (scikit-learn, PyTorch) for 2 crore loan accounts.",
            "Feature pipelines on Spark; model services in Java (Spring Boot) and Python on Kubernetes (Docker, AWS EKS).",
            "NLP models to read bank statements; deep learning OCR fine-tuning."]),
        ("Freelance ML Consultant (weekends), self-employed", "Aug 2021 – Jan 2023", [
            "Demand forecasting for two D2C brands in Python (pandas, NumPy, TensorFlow)."]),
        ("Software Engineer, Kaveri Infosystems Ltd., Chennai", "Jul 2019 – May 2022", [
            "Java microservices for an insurance claims platform; SQL on Oracle.",
            "Built the team's first fraud-scoring prototype using statistics and gradient boosting."]),
        ("Project Intern (final semester), Nilgiri Robotics, Coimbatore", "Jan 2019 – Jun 2019", [
            "Embedded Python vision scripts for a sorting line."]),
    ]
    for left, right, items in jobs:
        tab_line(doc, left, right, pos_cm=17.2)
        for it in items:
            hanging(doc, it, bold_lead="–\t", indent_cm=0.5).paragraph_format.tab_stops.add_tab_stop(Cm(0.5))

    heading(doc, "EDUCATION", style=False, color=NAVY)
    hanging(doc, "  Bachelor of Engineering (B.E.), Electronics and Communication Engineering, "
                 "Sri Kaveri College of Engineering (Anna University affiliated), 2015 – 2019. CGPA 8.6/10.", bold_lead="B.E.")
    hanging(doc, "  Post Graduate Diploma in Machine Learning & AI (online, 11 months), Deccan Institute of "
                 "Information Technology, 2021.", bold_lead="PGD")
    hanging(doc, "  Class XII (CBSE), PCM with Computer Science, 91 %, 2015.", bold_lead="XII")

    heading(doc, "CERTIFICATIONS", style=False, color=NAVY)
    for c in ["AWS Certified Machine Learning – Specialty (valid till Mar 2027)",
              "Deep Learning Specialization – DeepLearning.AI (Coursera), 2020",
              "HarvardX Data Science Professional Certificate, 2020"]:
        hanging(doc, c, bold_lead="▪ ", indent_cm=0.4)

    heading(doc, "TECHNICAL SKILLS", style=False, color=NAVY)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5), WD_TAB_ALIGNMENT.LEFT)
    p.add_run("Languages:\tPython, Java, SQL, Scala\nML:\tPyTorch, TensorFlow, scikit-learn, pandas, NumPy\n"
              "Platforms:\tSpark, Docker, Kubernetes, AWS, MLflow")

    heading(doc, "LANGUAGES", style=False, color=NAVY)
    doc.add_paragraph("Tamil (native), English (fluent), Hindi (professional), Kannada (basic)")

    heading(doc, "DECLARATION", style=False, color=NAVY)
    doc.add_paragraph("I hereby declare that the above information is true to the best of my knowledge.")
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.2), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("Place: Bengaluru\tDate: 15/11/2026\nArjun Venkataraman")
    doc.save(path)
