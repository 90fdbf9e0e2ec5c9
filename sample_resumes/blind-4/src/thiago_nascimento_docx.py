"""Thiago Nascimento: Portuguese DOCX; dates right-aligned on a tab stop, skills on left tabs."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from _docxkit import bullet, label_line, new_document, section_heading, tab_line

GREEN = RGBColor(0x0B, 0x6E, 0x4F)


def build(path):
    doc = new_document(font="Calibri", size=10.5, author="Thiago Nascimento")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("THIAGO NASCIMENTO")
    r.bold, r.font.size, r.font.color.rgb = True, Pt(22), GREEN
    p = doc.add_paragraph("Engenheiro de Dados | Desenvolvedor Backend Java")
    p.runs[0].font.size = Pt(12)
    doc.add_paragraph(
        "São Paulo – SP  •  +55 11 5550-0173  •  thiago.nascimento@example.com  •  "
        "example.org/in/thiagonascimento"
    )

    section_heading(doc, "Resumo profissional", color=GREEN)
    doc.add_paragraph(
        "Desenvolvedor com 8+ anos de experiência em sistemas backend e pipelines de dados, "
        "dos primeiros anos em Java/Spring à engenharia de dados em larga escala no setor "
        "financeiro. Concluindo a graduação em Ciência da Computação à noite."
    )

    section_heading(doc, "Experiência profissional", color=GREEN)
    tab_line(doc, "Engenheiro de Dados Pleno – Nubank, São Paulo", "março de 2020 – atualmente")
    bullet(doc, "Desenvolvimento e manutenção de pipelines em Spark (Scala e PySpark) que processam "
                "mais de 2 TB/dia de transações para os times de crédito e prevenção a fraudes.")
    bullet(doc, "Migração de jobs legados para Databricks e Airflow, com redução de 35% no custo de "
                "cluster na AWS (EMR, S3, Glue).")
    bullet(doc, "Serviços de ingestão em Kotlin e Java rodando em Kubernetes; observabilidade com "
                "Prometheus e Grafana.")
    tab_line(doc, "Desenvolvedor Java Júnior – Stefanini, Jundiaí", "fevereiro de 2018 – fevereiro de 2020")
    bullet(doc, "APIs REST em Java 8/Spring Boot para um cliente do varejo; testes com JUnit e "
                "integração contínua no Jenkins; consultas e procedures em SQL (Oracle).")
    tab_line(doc, "Estagiário de Desenvolvimento – TOTVS, Jundiaí", "julho de 2016 – janeiro de 2018")
    bullet(doc, "Correções e pequenas funcionalidades no ERP (AdvPL e Java); scripts de automação em Python.")

    section_heading(doc, "Formação acadêmica", color=GREEN)
    tab_line(doc, "Bacharelado em Ciência da Computação – Universidade Presbiteriana Mackenzie",
             "em andamento")
    doc.add_paragraph("Curso noturno, 7º de 8 semestres; conclusão prevista em dezembro de 2027.")
    tab_line(doc, "Ensino Médio integrado ao Técnico em Informática – ETEC Jundiaí",
             "2013 – 2015", bold_left=False)

    section_heading(doc, "Competências técnicas", color=GREEN)
    label_line(doc, "Linguagens:", "Java, Python, Kotlin, Scala, SQL")
    label_line(doc, "Dados:", "Apache Spark, Databricks, Airflow, Kafka, dbt, Delta Lake")
    label_line(doc, "Cloud e DevOps:", "AWS (EMR, Glue, S3, Lambda), Docker, Kubernetes, Terraform, GitHub Actions")

    section_heading(doc, "Certificações", color=GREEN)
    tab_line(doc, "Oracle Certified Professional: Java SE 17 Developer", "2023", bold_left=False)
    tab_line(doc, "Databricks Certified Data Engineer Associate", "2024", bold_left=False)
    tab_line(doc, "AWS Certified Data Engineer – Associate (em preparação)", "prova em 2027", bold_left=False)

    section_heading(doc, "Idiomas", color=GREEN)
    label_line(doc, "Português:", "nativo")
    label_line(doc, "Inglês:", "fluente")
    label_line(doc, "Espanhol:", "intermediário")
    doc.save(path)
