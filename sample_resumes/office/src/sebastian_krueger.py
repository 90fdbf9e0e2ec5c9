"""Sebastian Krüger – perception software engineer, Stuttgart. German CV; skills in a text box."""

META = {
    "name": "Sebastian Krüger",
    "title": "Lebenslauf Sebastian Krüger",
    "layout": "docx-textbox",
    "font": "Liberation Sans",
    "size": 10,
    "accent": "8B0000",
    "margins_mm": (15, 15, 15, 18),
}

LABEL = {
    "degrees": [
        {"level": "master", "field": "electrical-engineering", "status": "completed"},
        {"level": "secondary", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 134, "internship_months": 17, "claimed_years": 10},
    "skills": ["cpp", "c", "python", "java", "pytorch", "tensorflow", "docker", "machine-learning",
               "deep-learning"],
    "certifications": [
        {"id": "psm-i", "status": "completed"},
        {"id": "istqb-foundation", "status": "completed"},
    ],
    "languages": [
        {"language": "de", "level": "native"},
        {"language": "en", "level": "C1"},
        {"language": "es", "level": "basic"},
    ],
    "verdict": "meets",
    "notes": "German CV; the only skills list (Python, Java, C++ ...) and the languages sit in a floating "
             "text box on the right; \"04/2021 – heute\" (Apr 2021..Nov 2026 = 80) + \"Oktober 2016 – März 2021\" "
             "(54) = 134; Werkstudent \"Mai 2014 – September 2015\" = 17 internship months; "
             "\"Dipl.-Ing. Elektrotechnik und Informationstechnik\" = master electrical-engineering; Abitur = "
             "secondary; \"10+ Jahre\" claim; \"Muttersprache\" = native, \"Grundkenntnisse\" = basic; "
             "\"Maschinelles Lernen\" = machine-learning; C only in the Werkstudent bullet.",
}


def section(w, title):
    w.p(title, bold=True, size=12, color=META["accent"], before=10, after=3, keep_next=True)


def job(w, dates, title, org, bullets):
    w.p(dates, size=9, color="666666", before=6, after=0, keep_next=True)
    w.p(f"**{title}**", after=0, keep_next=True)
    w.p(org, italic=True, after=2, keep_next=True)
    for b in bullets:
        w.bullet(b)


def write(w):
    w.p("Sebastian Krüger", bold=True, size=24, color=META["accent"], after=0)
    w.p("Senior Software Engineer – Perception & Sensorfusion", size=12, after=2)
    w.p("Hegelstraße 27, 70174 Stuttgart  ·  +49 1575 5550143  ·  sebastian.krueger@example.com  ·  "
        "geb. 1989", size=8.5, color="555555", after=6, border_bottom=META["accent"])

    anchor = w.p("", after=0)
    box = w.textbox(137, 47, 58, 118, rel_h="page", rel_v="page", fill="F5F0F0", line=None,
                    anchor_par=anchor, ident=1, inset_mm=3)
    w.into(box)
    w.p("Kenntnisse", bold=True, size=11, color=META["accent"], after=3)
    for head, lines in (
            ("Programmiersprachen", ["C++ (14/17), CUDA", "Python", "Java (Android-Tools)", "MATLAB/Simulink"]),
            ("Maschinelles Lernen", ["PyTorch, TensorFlow", "ONNX, TensorRT", "Deep Learning für Kamera & Radar"]),
            ("Werkzeuge", ["Docker, Git, Jenkins", "ROS 2, Linux", "AUTOSAR Adaptive"])):
        w.p(head, bold=True, size=9, before=4, after=1)
        for x in lines:
            w.p(x, size=9, after=0)
    w.p("Sprachen", bold=True, size=11, color=META["accent"], before=10, after=3)
    for x in ("Deutsch – Muttersprache", "Englisch – C1", "Spanisch – Grundkenntnisse"):
        w.p(x, size=9, after=0)
    w.p("Zertifikate", bold=True, size=11, color=META["accent"], before=10, after=3)
    w.p("Professional Scrum Master I (PSM I), Scrum.org – 2020", size=9, after=2)
    w.p("ISTQB Certified Tester Foundation Level – 2017", size=9, after=0)
    w.end_textbox(box)

    section(w, "Kurzprofil")
    w.p("Ingenieur mit 10+ Jahren Erfahrung in der Softwareentwicklung für Fahrerassistenz und "
        "automatisiertes Fahren. Schwerpunkt: Objekterkennung mit neuronalen Netzen, Sensorfusion und "
        "effiziente Inferenz auf Steuergeräten.")

    section(w, "Berufserfahrung")
    job(w, "04/2021 – heute", "Senior Software Engineer, Perception", "Robert Bosch GmbH, Renningen", [
        "Entwicklung und Quantisierung von CNN-Detektoren (PyTorch → TensorRT) für Frontkamera-Systeme.",
        "Aufbau einer Trainings- und Evaluationspipeline mit Docker auf dem GPU-Cluster; "
        "Regressionstests für 40.000 Szenen.",
        "Technische Leitung eines Teams von fünf Entwickler:innen.",
    ])
    job(w, "Oktober 2016 – März 2021", "Entwicklungsingenieur Fahrerassistenzsysteme",
        "Continental AG, Frankfurt am Main", [
            "Radar-Kamera-Fusion in C++ für den Notbremsassistenten; Serienanlauf bei zwei OEMs.",
            "Python-Werkzeuge zur Auswertung von Messfahrten; Android-App in Java für Testfahrer.",
        ])
    job(w, "Mai 2014 – September 2015", "Werkstudent Softwareentwicklung",
        "Infineon Technologies AG, Neubiberg", [
            "Testautomatisierung für Mikrocontroller-Treiber (Python, C).",
        ])

    section(w, "Ausbildung")
    w.p("10/2009 – 07/2016", size=9, color="666666", before=4, after=0)
    w.p("**Dipl.-Ing. Elektrotechnik und Informationstechnik**", after=0)
    w.p("Technische Universität München – Vertiefung Signalverarbeitung; Note 1,7", italic=True, after=3)
    w.p("06/2009", size=9, color="666666", before=4, after=0)
    w.p("**Abitur**, Max-Planck-Gymnasium Karlsruhe – Note 1,6", after=3)

    w.p("Stuttgart, im November 2026", size=9, before=14)
