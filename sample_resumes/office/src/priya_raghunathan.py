"""Priya Raghunathan – investment analyst, London. Tab stops: title, centred employer, right dates."""

META = {
    "name": "Priya Raghunathan",
    "layout": "docx-tabstops",
    "font": "Liberation Serif",
    "size": 10.5,
    "accent": "5B1A2E",
    "margins_mm": (18, 20, 18, 20),
}

LABEL = {
    "degrees": [
        {"level": "bachelor", "field": "economics", "status": "completed"},
        {"level": "secondary", "field": "other", "status": "completed"},
    ],
    "experience": {"total_months": 135, "internship_months": 6, "claimed_years": None},
    "skills": ["python", "pandas", "sql", "statistics"],
    "certifications": [
        {"id": "cfa-level-1", "status": "completed"},
        {"id": "cfa-level-2", "status": "completed"},
        {"id": "cfa-level-3", "status": "in_progress"},
        {"id": None, "name": "Investment Management Certificate (IMC)", "status": "completed"},
    ],
    "languages": [
        {"language": "en", "level": "native"},
        {"language": "hi", "level": "fluent"},
        {"language": "ta", "level": "intermediate"},
        {"language": "fr", "level": "B2"},
    ],
    "verdict": "does_not_meet",
    "notes": "Finance, not ML: BSc Economics only and no Java; three-part tab line (title, centred "
             "employer + city, right-aligned dates): \"Mar 2019 – Present\" (93) + \"Sep 2015 – Feb 2019\" (42) "
             "= 135; \"Summer 2012 and 2013\" summer analyst = 2 x Jun–Aug = 6 internship months; "
             "\"more than a decade\" is not an N+ claim; CFA Levels I and II passed, Level III sitting "
             "in 2027 = in_progress; ISC (Class XII) = secondary; Tamil \"conversational\" = intermediate.",
}

R = 170
C = 85


def section(w, title):
    w.p(title, bold=True, size=11, caps=True, color=META["accent"], before=10, after=3,
        border_bottom="A6A6A6", keep_next=True)


def write(w):
    w.p("PRIYA RAGHUNATHAN", bold=True, size=20, align="center", color=META["accent"], after=2)
    w.p("Flat 4, 27 Elgin Crescent, London W11 2JD  •  +44 7700 900418  •  "
        "priya.raghunathan@example.com", align="center", size=9.5, after=0)
    w.p("linkedin.example.org/in/priyaraghunathan", align="center", size=9.5, after=6)

    section(w, "Summary")
    w.p("Multi-asset investment analyst with more than a decade across valuation advisory and "
        "asset management. I build the quantitative evidence behind allocation calls – factor "
        "backtests, scenario analysis, drawdown studies – and turn it into a one-page story for "
        "the investment committee. CFA Level III candidate.", align="justify")

    section(w, "Professional Experience")
    jobs = [
        ("Senior Analyst", "Schroders, London", "Mar 2019 – Present", [
            "Cover global equities and credit for the £14bn multi-asset fund range; write the monthly "
            "“house view” pack and present to the investment committee.",
            "Built the team’s factor-backtesting library in Python (pandas, statsmodels) replacing "
            "a tangle of Excel workbooks; now used by eleven analysts.",
            "Query holdings and risk data directly in SQL Server; automated the weekly exposure "
            "report that used to take a full day.",
        ]),
        ("Analyst, Valuation Services", "Deloitte LLP, London", "Sep 2015 – Feb 2019", [
            "Valued private companies and intangible assets for purchase-price allocations and "
            "impairment tests (DCF, comparables, option pricing).",
            "Led the analyst workstream on a £600m infrastructure carve-out; trained two intakes "
            "of graduates on modelling standards.",
        ]),
        ("Summer Analyst", "HSBC, Mumbai", "Summer 2012 and 2013", [
            "Ten-week placements in Global Research (2012) and Debt Capital Markets (2013).",
        ]),
    ]
    for title, org, dates, bullets in jobs:
        w.p(f"**{title}**\t{org}\t{dates}", tabs=[(C, "center"), (R, "right")], before=6, after=2,
            keep_next=True)
        for b in bullets:
            w.bullet(b)

    section(w, "Education")
    w.p("**BSc Economics**\tLondon School of Economics\t2012 – 2015",
        tabs=[(C, "center"), (R, "right")], after=0)
    w.p("First Class Honours; dissertation on sovereign spreads and fiscal rules.", italic=True,
        size=9.5, after=4)
    w.p("**Indian School Certificate (Class XII)**\t2012", tabs=[(R, "right")], after=0)
    w.p("Cathedral & John Connon School, Mumbai", italic=True, size=9.5, after=0)

    section(w, "Professional Qualifications")
    for name, when in (("CFA Program – Level III candidate", "exam Aug 2027"),
                       ("CFA Program – Level II", "passed Jun 2018"),
                       ("CFA Program – Level I", "passed Dec 2016"),
                       ("Investment Management Certificate (IMC), CFA Society UK", "2016")):
        w.p(f"{name}\t{when}", tabs=[(R, "right")], after=1)

    section(w, "Skills")
    w.p("**Quantitative:** Statistics (regression, time-series), factor models, scenario analysis, "
        "DCF and comparables", after=1)
    w.p("**Tools:** Python (pandas, statsmodels), SQL, Excel/VBA, Bloomberg, FactSet, Power BI", after=1)

    section(w, "Languages")
    w.p("English – native\tHindi – fluent\tTamil – conversational\tFrench – B2",
        tabs=[(45, "left"), (92, "left"), (140, "left")])
