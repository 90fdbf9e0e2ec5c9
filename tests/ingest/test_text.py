from __future__ import annotations

import codecs

import pytest

from screener.errors import UnsupportedFormat
from screener.ingest.text import decode_bytes

RESUME = "José Müller — Universität München, Café Zürich; résumé: Python, Java"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RESUME.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RESUME.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + RESUME.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + RESUME.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + RESUME.encode("utf-32-le"), "utf-32-le"),
        (RESUME.encode("utf-16-le"), "utf-16-le"),
        (RESUME.encode("utf-16-be"), "utf-16-be"),
        (RESUME.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_unicode_and_cp1252(data: bytes, encoding: str) -> None:
    assert decode_bytes(data) == (RESUME, encoding)


@pytest.mark.parametrize(
    "text",
    [
        "José García, Ingeniero de software, Málaga, España",
        "François Lefèvre, Ingénieur logiciel, Société Générale, Paris",
        "Jürgen Weiß, Softwareentwickler, Universität Köln, Düsseldorf",
        "Sigríður Þórsdóttir, gagnafræðingur, Háskóli Íslands, Reykjavík",
    ],
)
def test_decodes_latin1_text(text: str) -> None:
    decoded, encoding = decode_bytes(text.encode("latin-1"))
    assert decoded == text
    assert encoding in ("cp1252", "latin_1", "iso8859_1")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Paweł Żółć, Kraków, inżynier oprogramowania, doświadczenie", "cp1250"),
        ("Иван Петров, инженер-программист, Москва, опыт работы 5 лет", "cp1251"),
        ("Ahmet Yılmaz, yazılım mühendisi, İstanbul, Boğaziçi Üniversitesi", "cp1254"),
        ("Γιώργος Παπαδόπουλος, μηχανικός λογισμικού, Αθήνα", "cp1253"),
    ],
)
def test_decodes_other_legacy_code_pages(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding))[0] == text


@pytest.mark.parametrize(
    "text",
    [
        # Portuguese reads a hair less chaotic as cp1250 ("Săo", "experięncia"): a tie
        "Engenheira de software com 8 anos de experiência em São Paulo; prevenção a fraudes, "
        "produção e documentação.",
        "Formação: Licenciatura em Matemática, Universidade do Porto. Idiomas: português, inglês.",
    ],
)
def test_portuguese_in_cp1252_is_not_read_as_cp1250(text: str) -> None:
    assert decode_bytes(text.encode("cp1252"))[0] == text


def test_turkish_in_cp1254_is_not_read_as_cp1252() -> None:
    """cp1252 turns ı ş ğ into Icelandic letters ("Öðrenmesi"), which charset measures alone
    may prefer; Icelandic itself (with á and æ) stays cp1252."""
    turkish = (
        "Makine Öğrenmesi Mühendisi, Kadıköy, İstanbul. Doğal dil işleme ve derin öğrenme "
        "alanında 8 yıllık deneyim; Araştırma Görevlisi, Orta Doğu Teknik Üniversitesi."
    )
    assert decode_bytes(turkish.encode("cp1254")) == (turkish, "cp1254")
    icelandic = "Sigríður Þórsdóttir, gagnafræðingur, Háskóli Íslands, Reykjavík; þýðingar."
    assert decode_bytes(icelandic.encode("cp1252"))[0] == icelandic


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x00\x01\x02\x03" * 100,
        b"MZ" + b"\x00\x90\x03" * 200,
        b"Resume\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07text" * 20,
    ],
)
def test_refuses_binary(data: bytes) -> None:
    with pytest.raises(UnsupportedFormat):
        decode_bytes(data)


def test_keeps_a_few_stray_control_bytes_for_normalisation() -> None:
    text, _ = decode_bytes(b"Python developer\x07 with ten years" + b" of Java" * 20)
    assert "\x07" in text  # removed and counted by normalise_text, not here
