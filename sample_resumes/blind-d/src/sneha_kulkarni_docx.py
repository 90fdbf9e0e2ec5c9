"""Sneha Kulkarni - Indian CV in Word: label/value lines with hanging indents, dates as
Jul'18 and till date, skills written in prose."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

import _kit as k


def build(path):
    doc = k.document(font="Arial", size=10, margins=(1.8, 1.8, 1.5, 1.5), author="Sneha")
    p = k.line(doc, "SNEHA KULKARNI", bold=True, size=17, after=0)
    k.line(doc, "Senior Data Scientist / ML Engineer", size=11, color="2E74B5", after=1)
    k.line(doc, "Pune, Maharashtra  |  +91-555-0163  |  sneha.kulkarni@example.com", size=9)

    k.heading(doc, "Profile Summary", color="2E74B5", size=11)
    k.line(doc, "Machine learning engineer with 8+ years of experience building computer-vision and NLP "
           "systems for manufacturing and insurance clients. I write production code in Python and Java, "
           "train deep learning models in PyTorch and TensorFlow, and have led teams of up to seven.")

    k.heading(doc, "Work Experience", color="2E74B5", size=11)
    k.hanging(doc, "Apr'21 – till date", "Lead Data Scientist, Vedanta Analytics Pvt. Ltd., Pune")
    for b in [
        "Lead a 7-member team delivering claims-document understanding for two general insurers: OCR + transformer NLP models, 1.2 lakh documents/day.",
        "Designed the model-serving layer in Java (Spring Boot + ONNX Runtime) and Python (FastAPI) on Kubernetes (AKS).",
        "Set up MLOps: MLflow tracking, data-drift monitors and monthly model reviews with the client's actuarial team.",
    ]:
        k.bullet(doc, b)
    k.hanging(doc, "Jul'18 – Mar'21", "Data Scientist, Sahyadri Precision Components Ltd., Chakan")
    for b in [
        "Built CNN-based surface-defect detection for machined parts; false rejects down 31% on three lines.",
        "Predictive-maintenance models on spindle vibration data using scikit-learn and pandas; statistics for SPC charts.",
    ]:
        k.bullet(doc, b)

    k.heading(doc, "Education", color="2E74B5", size=11)
    k.hanging(doc, "2016 – 2018", "M.Tech. in Computer Science and Engineering, Indian Institute of Technology Bombay — CPI 8.9/10")
    k.hanging(doc, "2012 – 2016", "B.E. in Electronics and Telecommunication Engineering, Savitribai Phule Pune University — First Class with Distinction")
    k.hanging(doc, "May – Jul 2015", "Summer Intern, Bharat Electronics Ltd., Pune — FPGA signal-processing test bench (C, MATLAB)")

    k.heading(doc, "Certifications", color="2E74B5", size=11)
    k.hanging(doc, "2022", "NVIDIA DLI — Fundamentals of Deep Learning (certificate of competency)")
    k.hanging(doc, "2020", "TensorFlow Developer Certificate — expired 2023")

    k.heading(doc, "Technical Skills", color="2E74B5", size=11)
    k.line(doc, "Most of my work is in Python (PyTorch, TensorFlow, scikit-learn, pandas, NumPy, OpenCV) with "
           "services in Java. Comfortable with SQL on PostgreSQL and Azure Synapse, Docker and Kubernetes, "
           "Azure ML and a little AWS. Strong on statistics and experiment design.")

    k.heading(doc, "Languages Known", color="2E74B5", size=11)
    k.line(doc, "English (fluent), Hindi (fluent), Marathi (native), German (A2)")

    k.heading(doc, "Personal Details", color="2E74B5", size=11)
    k.hanging(doc, "Date of Birth", "02/09/1994")
    k.hanging(doc, "Notice Period", "60 days")
    doc.save(path)
