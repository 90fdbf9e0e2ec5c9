"""Megan Price – head of geography, Bristol. Plain Word styles; Java the island; backtick years."""

META = {
    "name": "Megan Price",
    "layout": "docx-word-styles",
    "font": "Liberation Sans",
    "heading_font": "DejaVu Serif",
    "size": 10.5,
    "accent": "3B6E22",
    "margins_mm": (20, 20, 20, 20),
    "space_after": 3,
}

LABEL = {
    "degrees": [
        {"level": "master", "field": "education", "status": "completed"},
        {"level": "bachelor", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 158, "internship_months": 0, "claimed_years": 10},
    "skills": ["python"],
    "certifications": [
        {"id": None, "name": "Qualified Teacher Status (QTS)", "status": "completed"},
    ],
    "languages": [
        {"language": "en", "level": "native"},
        {"language": "id", "level": "intermediate"},
        {"language": "cy", "level": "basic"},
    ],
    "verdict": "does_not_meet",
    "notes": "Teacher; Word Title/Heading 1/Heading 2/List Bullet styles, curly quotes; employer range "
             "\"Sept 2016 – Present\" (Sep 2016..Nov 2026 = 123) with the promotion \"Head of Geography "
             "(Sept 2020 – present)\" inside it (not added) + backtick years \"Sept `13 – Jul `16\" (35) = 158; "
             "PGCE school placements are part of the course; PGCE itself is a postgraduate certificate, "
             "not labelled as a degree (QTS is the licence); BA Geography = other; \"10+ years\" claim; "
             "teaches GCSE Computer Science in Python (her skill); \"Central Java, Indonesia\" is the island; "
             "Indonesian \"conversational\" = intermediate.",
}


def write(w):
    w.p("Megan Price", "Title", after=2)
    w.p("Head of Geography  ·  Bristol BS6  ·  07700 900 382  ·  megan.price@example.com", size=9.5, after=4)

    w.h("About me", 1)
    w.p("Geography teacher with 10+ years of classroom experience across two comprehensive schools, "
        "now leading a department of six. I believe fieldwork is the best lesson there is, and that "
        "“data skills” belong in humanities as much as in maths.")

    w.h("Teaching experience", 1)
    w.h("Cotham School, Bristol — Sept 2016 – Present", 2)
    w.p("**Head of Geography** (Sept 2020 – present)", after=1)
    w.bullet("Lead a department of six teachers; GCSE grade 7+ rose from 31% to 46% in three years.")
    w.bullet("Rewrote the KS3 curriculum around enquiry questions and local fieldwork.")
    w.bullet("Organised the Year 12 fieldwork expedition to Central Java, Indonesia (2019 and 2023) "
             "with Operation Wallacea.")
    w.p("**Teacher of Geography and Computer Science** (Sept 2016 – Aug 2020)", before=4, after=1)
    w.bullet("Taught Geography KS3–KS5 and GCSE Computer Science as a second subject, programming "
             "in Python.")
    w.bullet("Introduced GIS (ArcGIS Online) and spreadsheet data analysis into Year 9 fieldwork.")
    w.bullet("Form tutor; Duke of Edinburgh’s Award silver leader.", level=2)

    w.h("Bridgwater Academy, Somerset — Sept `13 – Jul `16", 2)
    w.p("**Teacher of Geography** (NQT year 2013–14)", after=1)
    w.bullet("Taught KS3 and GCSE geography in a school in special measures that reached “Good” in 2015.")

    w.h("Education & qualifications", 1)
    w.p("**MA Education (Leadership and Management)** — The Open University, 2018 – 2021")
    w.p("**PGCE Secondary Geography with QTS** — University of Bristol, 2012 – 2013 "
        "(placements at two Bristol secondary schools)")
    w.p("**BA (Hons) Geography** — University of Leeds, 2009 – 2012, 2:1")

    w.h("Licences", 1)
    w.bullet("Qualified Teacher Status (QTS), Teaching Regulation Agency — awarded 2013")
    w.bullet("Enhanced DBS certificate on the Update Service")

    w.h("Languages", 1)
    w.p("English (native); Indonesian (conversational); Welsh — basic")

    w.h("Referees", 1)
    w.p("Available on request from the headteacher of Cotham School.")
