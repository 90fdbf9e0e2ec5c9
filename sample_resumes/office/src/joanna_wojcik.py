"""Joanna Wójcik – Java developer, Kraków. Polish CV; dates in a hanging-indent left column."""

META = {
    "name": "Joanna Wójcik",
    "title": "Joanna Wójcik – CV",
    "layout": "docx-hanging-indent",
    "font": "DejaVu Sans",
    "size": 9.5,
    "accent": "0B5563",
    "margins_mm": (16, 18, 16, 18),
}

LABEL = {
    "degrees": [
        {"level": "master", "field": "computer-science", "status": "completed"},
        {"level": "bachelor", "field": "computer-science", "status": "completed"},
        {"level": "secondary", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 110, "internship_months": 3, "claimed_years": 8},
    "skills": ["java", "kotlin", "sql", "python", "javascript", "docker", "kubernetes", "aws"],
    "certifications": [
        {"id": "oracle-java-se-11", "status": "completed"},
        {"id": "aws-developer-associate", "status": "expired"},
    ],
    "languages": [
        {"language": "pl", "level": "native"},
        {"language": "en", "level": "C1"},
        {"language": "de", "level": "A2"},
    ],
    "verdict": "meets",
    "notes": "Polish CV, hanging-indent date column with the range split over two paragraphs: "
             "\"styczeń 2021 –\" / \"obecnie\" (Jan 2021..Nov 2026 = 71) + \"październik 2017 –\" / "
             "\"grudzień 2020\" (39) = 110; \"Praktykantka\" lipiec–wrzesień 2016 = 3 internship months; "
             "\"8+ lat doświadczenia\" = claim 8; mgr inż. Informatyka = master, inż. = bachelor, matura = "
             "secondary; \"ojczysty\" = native; AWS Developer \"wygasł 2025\" = expired; Python only for scripts.",
}

COL = 38  # width of the date column (mm)


def section(w, title):
    w.p(title, bold=True, size=11, color=META["accent"], before=10, after=4, caps=True,
        border_bottom=META["accent"], keep_next=True)


def dated(w, date, text, **kw):
    """One line of the hanging-indent column: date, tab, text (wraps under the text)."""
    return w.p(f"{date}\t{text}", left=COL, hanging=COL, tabs=[(COL, "left")], **kw)


def bullets(w, items):
    for b in items:
        w.bullet(b, left=COL + 4, hanging=4)


def write(w):
    w.p("Joanna Wójcik", bold=True, size=20, color=META["accent"], after=0)
    w.p("Senior Java Developer · backend, systemy rozproszone", size=11, color="555555", after=3)
    w.p("ul. Długa 41/7, 31-147 Kraków  |  +48 555 010 233  |  joanna.wojcik@example.com  |  "
        "github.example.org/jwojcik", size=8.5, after=6)

    section(w, "Profil")
    w.p("Programistka backendowa z 8+ lat doświadczenia w Javie i ekosystemie Spring. Projektuję "
        "usługi o wysokiej dostępności dla e-commerce i telekomunikacji, dbam o testy, obserwowalność "
        "i rozsądną architekturę. Chętnie mentoruję i prowadzę przeglądy kodu.", align="justify")

    section(w, "Doświadczenie zawodowe")
    dated(w, "styczeń 2021 –", "**Senior Java Developer** – Allegro sp. z o.o.", before=4, after=0,
          keep_next=True)
    dated(w, "obecnie", "__Warszawa / praca zdalna, zespół Checkout & Payments__", after=2, keep_next=True)
    bullets(w, [
        "Rozwój mikroserwisów płatności w Javie 17 i Kotlinie (Spring Boot, Kafka); ok. 40 mln "
        "transakcji miesięcznie, dostępność 99,95%.",
        "Migracja usług na Kubernetes (Docker, Helm) i AWS; skrócenie czasu wdrożenia z godziny do "
        "kilku minut.",
        "Prowadzenie rekrutacji technicznych i onboarding czterech nowych osób w zespole.",
    ])
    dated(w, "październik 2017 –", "**Java Developer** – Comarch S.A.", before=6, after=0, keep_next=True)
    dated(w, "grudzień 2020", "__Kraków, dział Telecommunications (systemy billingowe)__", after=2,
          keep_next=True)
    bullets(w, [
        "Implementacja modułów rozliczeń w Javie 8/11 i Oracle SQL; optymalizacja zapytań, które "
        "skróciły nocne przetwarzanie o 35%.",
        "Skrypty w Pythonie do migracji danych klientów; drobne poprawki w panelu w JavaScript.",
    ])
    dated(w, "lipiec 2016 – wrzesień 2016", "**Praktykantka (staż letni)** – Sabre Polska, Kraków",
          before=6, after=2, keep_next=True)
    bullets(w, ["Testy automatyczne REST API (JUnit, REST Assured) dla systemu rezerwacji."])

    section(w, "Wykształcenie")
    dated(w, "2016 – 2018", "**Magister inżynier (mgr inż.), kierunek Informatyka**", before=2, after=0)
    dated(w, "", "Akademia Górniczo-Hutnicza w Krakowie, specjalność: systemy rozproszone", after=3)
    dated(w, "2012 – 2016", "**Inżynier (inż.), kierunek Informatyka**", after=0)
    dated(w, "", "Akademia Górniczo-Hutnicza w Krakowie", after=3)
    dated(w, "2012", "Matura – V Liceum Ogólnokształcące im. A. Witkowskiego w Krakowie", after=0)

    section(w, "Certyfikaty")
    dated(w, "2020", "Oracle Certified Professional: Java SE 11 Developer", after=1)
    dated(w, "2022", "AWS Certified Developer – Associate (wygasł w 2025)", after=1)

    section(w, "Umiejętności")
    dated(w, "Języki", "Java (8–21), Kotlin, SQL (Oracle, PostgreSQL), Python (skrypty), JavaScript "
          "(podstawy)", after=1)
    dated(w, "Technologie", "Spring Boot, Hibernate, Kafka, JUnit 5, Testcontainers", after=1)
    dated(w, "DevOps", "Docker, Kubernetes, Helm, GitLab CI, AWS (ECS, RDS, SQS)", after=1)

    section(w, "Języki obce")
    dated(w, "polski", "ojczysty", after=0)
    dated(w, "angielski", "C1 (Cambridge CAE)", after=0)
    dated(w, "niemiecki", "A2", after=6)

    w.p("Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do "
        "realizacji procesu rekrutacji zgodnie z RODO.", size=7, color="777777", before=8)
