"""Siobhan Keane – delivery manager, Dublin. One-column experience, then a 2-column section."""

META = {
    "name": "Siobhan Keane",
    "layout": "docx-two-column",
    "font": "Liberation Sans",
    "heading_font": "Liberation Serif",
    "size": 10,
    "accent": "00594F",
    "margins_mm": (17, 18, 17, 18),
}

LABEL = {
    "degrees": [
        {"level": "master", "field": "other", "status": "completed"},
        {"level": "bachelor", "field": "economics", "status": "completed"},
        {"level": "secondary", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 150, "internship_months": 21, "claimed_years": 12},
    "skills": ["sql"],
    "certifications": [
        {"id": "pmp", "status": "completed"},
        {"id": None, "name": "PRINCE2 Practitioner", "status": "completed"},
        {"id": "prince2-foundation", "status": "completed"},
        {"id": "csm", "status": "expired"},
        {"id": "safe-agilist", "status": "in_progress"},
    ],
    "languages": [
        {"language": "en", "level": "native"},
        {"language": "ga", "level": "intermediate"},
        {"language": "fr", "level": "B2"},
        {"language": "es", "level": "basic"},
    ],
    "verdict": "does_not_meet",
    "notes": "Project manager; experience in one column, then a continuous section break and a "
             "w:cols num=2 section for education, accreditations, skills, languages; three titles "
             "stacked under one employer range \"Jun 2014 – Present\" (Jun 2014..Nov 2026 = 150, the "
             "year-only sub-ranges are not added); \"Graduate Trainee Programme\" Sep 2012 – May 2014 = 21 "
             "internship months; \"12+ years\" claim; dated board membership (volunteering) not counted; "
             "MSc Project Management = other; CSM \"lapsed 2019\" = expired; SAFe exam booked = in_progress.",
}

R = 174


def write(w):
    w.p("Siobhan Keane, PMP", "Title", after=2)
    w.p("Senior Delivery Manager  ·  Dublin 8  ·  +353 87 555 0164  ·  siobhan.keane@example.com  ·  "
        "example.org/siobhankeane", size=9, after=8)

    w.h("Profile", 1, before=4)
    w.p("Programme and delivery manager with 12+ years in financial-services technology. I run "
        "multi-vendor programmes of 40–120 people, keep steering committees honest with plain "
        "reporting, and have brought core-banking, payments and regulatory projects in on time. "
        "Equally at home in PRINCE2 governance and in a Scrum team’s retro.", align="justify")

    w.h("Experience", 1)
    w.p("**Accenture, Dublin**\tJun 2014 – Present", tabs=[(R, "right")], before=4, after=2, size=10.5)
    for title, rng, bullets in (
            ("Senior Manager, Technology Delivery", "2021 – present", [
                "Programme lead for a €38m core-banking replacement at a tier-1 Irish bank: 110 people "
                "across four vendors; first two releases live with zero P1 incidents.",
                "Set up the delivery PMO (RAID, dependency maps, Power BI dashboards fed from Jira via SQL).",
            ]),
            ("Manager", "2018 – 2021", [
                "Delivered the SEPA Instant payments rollout for a challenger bank in 14 months.",
                "Managed budgets up to €9m; coached six project managers.",
            ]),
            ("Consultant", "2014 – 2018", [
                "Project and test management on regulatory reporting (AnaCredit, Basel III) projects.",
            ])):
        w.p(f"__{title}__ ({rng})", left=4, before=3, after=1, keep_next=True)
        for b in bullets:
            w.bullet(b, left=10, hanging=4)
    w.p("**Bank of Ireland, Dublin** – Graduate Trainee Programme (IT rotation)\tSep 2012 – May 2014",
        tabs=[(R, "right")], before=8, after=1)
    w.bullet("Rotations in IT service management, change management and the PMO; ran the "
             "post-implementation review of the online-banking upgrade.", left=10, hanging=4)
    w.p("**Dublin Simon Community** – Board member (voluntary)\t2019 – present", tabs=[(R, "right")],
        before=8, after=1)

    # -- two columns from here (continuous section break) --------------------------
    w.columns(2, space_mm=10)
    w.h("Education", 1, before=8)
    w.p("**MSc Project Management**", after=0)
    w.p("University College Dublin, 2016 – 2018 (part-time)", italic=True, after=3)
    w.p("**BA (Mod) Economics**", after=0)
    w.p("Trinity College Dublin, 2008 – 2012", italic=True, after=3)
    w.p("**Leaving Certificate**", after=0)
    w.p("Loreto College, St Stephen’s Green, 2008", italic=True, after=3)

    w.h("Accreditations", 1)
    for line in ("Project Management Professional (PMP), PMI – 2017, renewed 2026",
                 "PRINCE2 Practitioner – 2016",
                 "PRINCE2 Foundation – 2015",
                 "Certified ScrumMaster (CSM), Scrum Alliance – 2015, lapsed 2019",
                 "SAFe Agilist – exam booked for January 2027"):
        w.bullet(line)

    w.column_break()
    w.h("Tools", 1, before=8)
    for line in ("Jira, Confluence, MS Project, Smartsheet",
                 "Power BI; SQL for reporting queries",
                 "Excel financial models, earned-value tracking"):
        w.bullet(line)

    w.h("Strengths", 1)
    for line in ("Vendor and contract management", "Steering-committee reporting",
                 "Risk and dependency management", "Agile at scale (Scrum, SAFe)"):
        w.bullet(line)

    w.h("Languages", 1)
    for line in ("English (native)", "Irish (intermediate)", "French (B2)", "Spanish – basic"):
        w.bullet(line)
    w.p("References available on request.", italic=True, size=9, before=10)
