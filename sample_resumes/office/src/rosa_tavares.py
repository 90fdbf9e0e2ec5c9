"""Rosa Tavares – ICU nurse, Lisbon. Portuguese CV; hanging-indent date column, split ranges."""

META = {
    "name": "Rosa Tavares Pinto",
    "layout": "docx-hanging-indent",
    "font": "DejaVu Serif",
    "size": 9.5,
    "accent": "7A2E2E",
    "margins_mm": (18, 20, 18, 20),
}

LABEL = {
    "degrees": [
        {"level": "master", "field": "nursing", "status": "completed"},
        {"level": "bachelor", "field": "nursing", "status": "completed"},
    ],
    "experience": {"total_months": 147, "internship_months": 0, "claimed_years": None},
    "skills": [],
    "certifications": [
        {"id": "registered-nurse", "name": "Cédula Profissional – Ordem dos Enfermeiros", "status": "completed"},
        {"id": "registered-nurse", "name": "Registered Nurse, Nursing and Midwifery Council (UK)", "status": "expired"},
        {"id": "aha-acls", "status": "completed"},
        {"id": "aha-bls", "status": "completed"},
    ],
    "languages": [
        {"language": "pt", "level": "native"},
        {"language": "en", "level": "C1"},
        {"language": "es", "level": "B1"},
        {"language": "fr", "level": "basic"},
    ],
    "verdict": "does_not_meet",
    "notes": "ICU nurse, Portuguese CV with a hanging-indent date column: \"março de 2020 –\" / \"atualmente\" "
             "(Mar 2020..Nov 2026 = 81) + \"set. 2017 –\" / \"fev. 2020\" (30, Band 5 promoted to Band 6 inside "
             "one range, counted once) + \"setembro de 2014 – agosto de 2017\" (36) = 147; clinical placements "
             "(ensinos clínicos) are part of the degree, undated, not counted; Mestrado and Licenciatura em "
             "Enfermagem; Portuguese nursing licence current, UK NMC registration \"caducado\" = expired; "
             "ACLS/BLS (AHA); \"língua materna\" = native, \"nível básico\" = basic; no tracked skills.",
}

COL = 38


def section(w, title):
    w.p(title, bold=True, size=11.5, color=META["accent"], before=10, after=4, keep_next=True,
        border_bottom="BFBFBF")


def row(w, date, text, **kw):
    return w.p(f"{date}\t{text}", left=COL, hanging=COL, tabs=[(COL, "left")], **kw)


def write(w):
    w.p("Rosa Maria Tavares Pinto", bold=True, size=19, color=META["accent"], after=1)
    w.p("Enfermeira Especialista em Enfermagem Médico-Cirúrgica · Cuidados Intensivos", size=10.5,
        italic=True, after=4)
    w.p("Rua Morais Soares 118, 3.º Esq., 1900-347 Lisboa  ·  +351 915 550 127  ·  "
        "rosa.tpinto@example.com", size=8.5, after=8)

    section(w, "Perfil")
    w.p("Enfermeira com percurso em medicina interna, no NHS em Londres e, desde 2020, em cuidados "
        "intensivos polivalentes. Experiência em doentes ventilados, técnicas dialíticas contínuas e "
        "formação de equipas. Procuro integrar uma equipa de UCI com projeto de melhoria contínua.",
        align="justify")

    section(w, "Experiência Profissional")
    row(w, "**março de 2020 –**", "**Enfermeira Especialista – Unidade de Cuidados Intensivos**",
        before=2, after=0, keep_next=True)
    row(w, "**atualmente**", "Hospital da Luz, Lisboa (UCI polivalente, 18 camas)", italic=False,
        after=2, keep_next=True)
    for b in ("Prestação de cuidados a doentes críticos ventilados, em ECMO e em técnicas de substituição "
              "renal contínua; rácio 1:2.",
              "Responsável pela formação em serviço sobre prevenção de pneumonia associada ao ventilador; "
              "a taxa de PAV desceu de 9,1 para 5,4 por 1000 dias de ventilação.",
              "Chefe de equipa no turno da noite desde 2023."):
        w.bullet(b, left=COL + 4, hanging=4)
    row(w, "**set. 2017 –**", "**Staff Nurse (Band 5), promovida a Senior Staff Nurse (Band 6) em 2019**",
        before=6, after=0, keep_next=True)
    row(w, "**fev. 2020**", "Royal Free London NHS Foundation Trust, Londres – Acute Medical Unit",
        after=2, keep_next=True)
    for b in ("Gestão de 8 a 10 doentes agudos por turno; mentora de enfermeiros recém-chegados do "
              "programa de recrutamento internacional.",
              "Participação na auditoria de quedas e no projeto de escalonamento NEWS2."):
        w.bullet(b, left=COL + 4, hanging=4)
    row(w, "**setembro de 2014 –**", "**Enfermeira de Cuidados Gerais – Serviço de Medicina Interna**",
        before=6, after=0, keep_next=True)
    row(w, "**agosto de 2017**", "Centro Hospitalar Universitário de São João, Porto", after=2,
        keep_next=True)
    w.bullet("Cuidados a doentes com patologia médica complexa; gestão de medicação e planeamento de alta.",
             left=COL + 4, hanging=4)

    section(w, "Formação Académica")
    row(w, "2023 – 2025", "**Mestrado em Enfermagem Médico-Cirúrgica** – área da pessoa em situação "
        "crítica, Escola Superior de Enfermagem de Lisboa (18 valores)", after=3)
    row(w, "2010 – 2014", "**Licenciatura em Enfermagem** – Escola Superior de Enfermagem do Porto; "
        "ensinos clínicos em cirurgia, pediatria e saúde comunitária", after=3)

    section(w, "Licenças e Certificações")
    row(w, "desde 2014", "Cédula Profissional n.º 5-E-0123456, Ordem dos Enfermeiros (ativa)", after=1)
    row(w, "2017 – 2021", "Registered Nurse, Nursing and Midwifery Council (UK) – PIN 17I0456E (caducado)",
        after=1)
    row(w, "2025", "ACLS – Advanced Cardiovascular Life Support, American Heart Association", after=1)
    row(w, "2025", "BLS Provider – Suporte Básico de Vida, American Heart Association", after=1)

    section(w, "Línguas")
    row(w, "Português", "língua materna", after=0)
    row(w, "Inglês", "C1 – IELTS Academic 7.5 (2017)", after=0)
    row(w, "Espanhol", "B1", after=0)
    row(w, "Francês", "nível básico", after=0)

    section(w, "Outras competências")
    w.p("SClínico, Glintt, Cerner Millennium; Microsoft Excel para indicadores de qualidade; carta de "
        "condução categoria B.")
