"""Daniel Okafor – financial controller, Hertfordshire. Plain Word styles (Heading 1/2, List Bullet)."""

META = {
    "name": "Daniel Okafor",
    "layout": "docx-word-styles",
    "font": "Liberation Serif",
    "heading_font": "Liberation Sans",
    "size": 11,
    "accent": "2E4A7D",
    "margins_mm": (20, 22, 20, 22),
    "space_after": 3,
}

LABEL = {
    "degrees": [
        {"level": "bachelor", "field": "accounting", "status": "completed"},
        {"level": "secondary", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 138, "internship_months": 33, "claimed_years": 13},
    "skills": ["sql", "python"],
    "certifications": [
        {"id": "acca", "name": "FCCA", "status": "completed"},
        {"id": None, "name": "Certified Anti-Money Laundering Specialist (CAMS)", "status": "expired"},
    ],
    "languages": [
        {"language": "en", "level": "native"},
        {"language": "ig", "level": "fluent"},
        {"language": "fr", "level": "basic"},
    ],
    "verdict": "does_not_meet",
    "notes": "Accountant; Word Heading 1/2 and List Bullet styles, curly quotes and en dashes; dates on the "
             "line above each title; \"June 2022 –\" line break \"Present\" (Jun 2022..Nov 2026 = 54) + "
             "\"Jun 2019 – May 2022\" (36) + MM/YY \"06/15 - 05/19\" (48) = 138; ACCA \"Audit Trainee\" "
             "\"09/12 - 05/15\" = 33 internship months (trainee post); \"13+ years\" claim; FCCA = acca; CAMS "
             "\"lapsed 2021\" = expired; Java in \"Java and Sumatra beans\" is coffee, not a skill; basic "
             "Python and SQL are his; French \"elementary\" = basic.",
}


def role(w, dates, title, org, bullets):
    w.p(dates, size=9.5, italic=True, color="555555", before=8, after=0, keep_next=True)
    w.h(f"{title} – {org}", 2, before=0)
    for b in bullets:
        w.bullet(b)


def write(w):
    w.p("Daniel Okafor FCCA", "Title", after=4)
    w.p("St Albans, Hertfordshire  ·  +44 7700 900571  ·  daniel.okafor@example.com", size=9.5, after=2)

    w.h("Profile", 1)
    w.p("Chartered certified accountant with 13+ years in audit and industry finance. I run month-end "
        "in four working days, keep auditors “pleasantly bored”, and like turning a 40-tab spreadsheet "
        "into one honest dashboard. Looking for a group financial-controller role in FMCG or logistics.")

    w.h("Career history", 1)
    role(w, "June 2022 –\nPresent", "Financial Controller", "Harrowgate Logistics Ltd, Hatfield", [
        "Own the UK statutory and management accounts for a £310m-turnover business; close cut from "
        "eight to four working days.",
        "Led the move from Sage 200 to SAP S/4HANA Finance; rebuilt the chart of accounts and "
        "intercompany process.",
        "Manage a team of nine; two trainees qualified under my supervision (“Finance Team of the "
        "Year”, 2024).",
    ])
    role(w, "Jun 2019 – May 2022", "Finance Manager", "Britvic plc, Hemel Hempstead", [
        "Business partnering for the supply-chain directorate (£120m cost base); monthly forecasts "
        "and variance analysis.",
        "Built Power BI cost dashboards on SQL views; wrote small Python scripts for bank "
        "reconciliations.",
    ])
    role(w, "06/15 - 05/19", "Audit Senior", "KPMG LLP, London", [
        "Ran audits of FTSE 250 and private-equity-backed clients in retail and logistics, teams of up "
        "to six.",
        "Anti-money-laundering reviews for the financial-services practice.",
    ])
    role(w, "09/12 - 05/15", "Audit Trainee (ACCA training programme)", "Mazars LLP, London", [
        "Audit fieldwork for owner-managed businesses and charities while completing ACCA exams.",
    ])

    w.h("Education", 1)
    w.p("**BSc (Hons) Accounting and Finance** – University of Birmingham, 2009 – 2012 (2:1)")
    w.p("**A Levels** – Mathematics (A), Economics (A), Business Studies (B) – Bishop Challoner "
        "School, 2009")

    w.h("Professional qualifications", 1)
    w.bullet("FCCA – Fellow of the Association of Chartered Certified Accountants (member 2015, "
             "Fellow 2020)")
    w.bullet("CAMS – Certified Anti-Money Laundering Specialist, ACAMS (2018; lapsed 2021)")

    w.h("Systems & skills", 1)
    w.p("SAP S/4HANA, Sage 200, Power BI, Excel (Power Query, Power Pivot), SQL (intermediate), "
        "basic Python; IFRS 15/16, FRS 102, transfer pricing.")

    w.h("Languages", 1)
    w.p("English (native); Igbo (fluent); French (elementary)")

    w.h("Interests", 1)
    w.p("Treasurer of St Albans Rugby Club; specialty coffee – I roast my own Java and Sumatra beans "
        "and run a “cupping” evening for friends once a month.")
