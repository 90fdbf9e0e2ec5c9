"""Ifeoma Nwachukwu – infrastructure/cloud operations lead, London. Contact details in a text box."""

META = {
    "name": "Ifeoma Nwachukwu",
    "layout": "docx-textbox",
    "font": "Liberation Sans",
    "size": 10,
    "accent": "6B2C91",
    "margins_mm": (16, 18, 16, 18),
}

LABEL = {
    "degrees": [
        {"level": "bachelor", "field": "computer-science", "status": "completed"},
        {"level": "associate", "field": "computer-science", "status": "completed"},
    ],
    "experience": {"total_months": 171, "internship_months": 0, "claimed_years": 14},
    "skills": ["python", "aws", "docker", "kubernetes"],
    "certifications": [
        {"id": "azure-administrator", "status": "completed"},
        {"id": "terraform-associate", "status": "completed"},
        {"id": None, "name": "VMware Certified Professional – Data Center Virtualization (VCP-DCV)", "status": "completed"},
        {"id": "comptia-security-plus", "status": "completed"},
        {"id": "itil-foundation", "status": "completed"},
        {"id": None, "name": "MCSA: Windows Server 2016", "status": "expired"},
        {"id": "ccna", "status": "expired"},
    ],
    "languages": [
        {"language": "en", "level": "native"},
        {"language": "ig", "level": "native"},
        {"language": "yo", "level": "intermediate"},
        {"language": "fr", "level": "basic"},
    ],
    "verdict": "does_not_meet",
    "notes": "IT operations, not ML: Python for automation but no Java; name/address/phone/e-mail only "
             "in a floating DrawingML text box (VML fallback); \"Jan. 2019 — Present\" (em dash, 95) + "
             "\"Sept ’15 – Dec ’18\" (40) + year-only apostrophe range \"’12 – ’15\" = Jan 2012..Dec 2014 "
             "(36) = 171; \"14+ years\" claim; BSc (Hons) Computing top-up + HND Computer Science "
             "(associate); CCNA \"expired 2016\" and MCSA \"retired\" = expired; Yoruba \"conversational\" "
             "= intermediate.",
}

R = 174


def section(w, title):
    w.p(title, bold=True, size=11, color=META["accent"], before=10, after=3, keep_next=True,
        border_bottom=META["accent"])


def job(w, title, org, dates, bullets):
    w.p(f"**{title}**  |  {org}\t{dates}", tabs=[(R, "right")], before=6, after=2, keep_next=True)
    for b in bullets:
        w.p(f"▪\t{b}", left=6, hanging=5, tabs=[(6, "left")], after=1)


def write(w):
    name = w.p("Ifeoma Nwachukwu", bold=True, size=24, color=META["accent"], after=0)
    box = w.textbox(122, 12, 72, 33, rel_h="page", rel_v="page", fill="F3EEF7", line="6B2C91",
                    anchor_par=name, ident=1)
    w.into(box)
    w.p("CONTACT", bold=True, size=8.5, color=META["accent"], after=2)
    for line in ("Flat 12, Harcourt House, 58 Peckham Road, London SE5 8PX",
                 "+44 7700 900263", "ifeoma.nwachukwu@example.com", "example.org/ifeoma-n",
                 "Indefinite leave to remain (UK)"):
        w.p(line, size=8.5, after=1)
    w.end_textbox(box)

    w.p("Infrastructure & Cloud Operations Lead", size=12.5, color="404040", after=2)
    w.p("Hybrid cloud · Windows & Linux estates · automation · ITIL service management", size=9,
        italic=True, color="595959", after=14)

    section(w, "Profile")
    w.p("Infrastructure lead with 14+ years in IT, from a Lagos help desk to running a 900-server hybrid "
        "estate. I like boring, well-documented platforms: everything in code, patching on a calendar, "
        "incidents with real post-mortems. Currently leading the move of our last two data centres to "
        "Azure and AWS.", align="justify")

    section(w, "Experience")
    job(w, "Infrastructure & Cloud Operations Lead", "Ocado Group, Hatfield", "Jan. 2019 — Present", [
        "Lead a team of seven engineers running 900+ Windows and Linux servers across two data centres, "
        "Azure and AWS; availability of tier-1 services 99.97% over 2025.",
        "Wrote the Terraform and Ansible modules for landing zones; Python and PowerShell tooling for "
        "patch orchestration cut the monthly patch window from 14 to 5 hours.",
        "Introduced Docker-based build agents and a small AKS (Kubernetes) cluster for internal tools.",
    ])
    job(w, "Systems Administrator", "London Borough of Lambeth", "Sept ’15 – Dec ’18", [
        "Administered VMware vSphere 6.x (220 VMs), Active Directory and Exchange for 3,000 staff.",
        "Led the Windows Server 2008 retirement project, on time and under budget.",
    ])
    job(w, "IT Support Technician", "MTN Nigeria, Lagos", "’12 – ’15", [
        "First- and second-line support for 600 users; LAN/WAN troubleshooting on Cisco kit.",
    ])

    section(w, "Certificates")
    certs = [
        ("Microsoft Certified: Azure Administrator Associate (AZ-104)", "2023"),
        ("HashiCorp Certified: Terraform Associate (003)", "2024"),
        ("VMware Certified Professional – Data Center Virtualization (VCP-DCV 2019)", "2019"),
        ("CompTIA Security+", "2017, renewed 2023"),
        ("ITIL 4 Foundation", "2020"),
        ("MCSA: Windows Server 2016", "2017 (retired)"),
        ("Cisco CCNA Routing & Switching", "2013 (expired 2016)"),
    ]
    for n, d in certs:
        w.p(f"{n}\t{d}", tabs=[(R, "right")], after=1)

    section(w, "Education")
    w.p("**BSc (Hons) Computing** (top-up), University of Greenwich\t2014 – 2015", tabs=[(R, "right")], after=1)
    w.p("**HND Computer Science**, Yaba College of Technology, Lagos\t2009 – 2011", tabs=[(R, "right")], after=1)

    section(w, "Technical skills")
    w.p("**Automation:** PowerShell, Python, Bash, Ansible, Terraform", after=1)
    w.p("**Platforms:** Azure, AWS (EC2, S3, IAM), VMware vSphere, Windows Server, RHEL", after=1)
    w.p("**Containers & tooling:** Docker, Kubernetes (AKS, basic), ServiceNow, Grafana", after=1)

    section(w, "Languages")
    w.p("English (native) · Igbo (native) · Yoruba (conversational) · French – basic")
