"""Offline geocoding on the real street names and house numbers of the İnegöl extract."""

from __future__ import annotations

import pytest

from domain.lang import tr_lower, tr_upper
from geodata.geocode import (
    CONFIDENCE_AMBIGUOUS_STREET,
    CONFIDENCE_HOUSE_NUMBER,
    CONFIDENCE_STREET,
    MatchMethod,
    StreetIndex,
    normalise_street,
    split_house_number,
)
from geodata.turkish import fold


def test_turkish_casing() -> None:
    assert tr_lower("DİYABETİK IŞIK") == "diyabetik ışık"
    assert "DİYABETİK".lower() != "diyabetik"  # why tr_lower exists
    assert tr_upper("glütensiz ılık") == "GLÜTENSİZ ILIK"
    assert fold("İSMAİL Efendi") == fold("Ismaıl  EFENDİ") == "ismail efendi"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("İsmail Efendi Cad.", "ismail efendi caddesi"),
        ("ISMAIL EFENDI CD", "ismail efendi caddesi"),
        ("Mustafa Kemal Blv.", "mustafa kemal bulvari"),
        ("Mutlu Sk.", "mutlu sokak"),
        ("Mutlu Sokağı", "mutlu sokak"),
        ("Osmaniye Mah. Şebboy Cad. No: 3", "sebboy caddesi"),
        ("1. Bahar Sokak", "1 bahar sokak"),
    ],
)
def test_spelling_variants_normalise_to_one_key(written: str, key: str) -> None:
    assert normalise_street(written) == key


def test_house_number_inside_the_street_field() -> None:
    assert split_house_number("Şebboy Cad. No: 3/A") == ("Şebboy Cad.", "3/A")
    assert split_house_number("Lale Sk., No.5") == ("Lale Sk.", "5")
    assert split_house_number("Lale Sokak") == ("Lale Sokak", "")


def test_extract_has_the_streets_and_numbers_the_issue_counts(inegol_streets: StreetIndex) -> None:
    assert len(inegol_streets.streets) > 290  # 305 named streets, some spellings merged
    assert inegol_streets.house_number_count == 16


def test_house_number_match_is_at_the_door(inegol_streets: StreetIndex) -> None:
    match = inegol_streets.geocode("İsmail Efendi Cad.", "34")
    assert match is not None
    assert (match.method, match.confidence) == (MatchMethod.HOUSE_NUMBER, CONFIDENCE_HOUSE_NUMBER)
    assert (round(match.lat, 5), round(match.lon, 5)) == (40.07754, 29.50977)
    assert inegol_streets.geocode("Mustafa Kemal Bulvarı", "34 / a") is not None


@pytest.mark.parametrize(
    ("written", "street"),
    [
        ("ismail efendi caddesi", "İsmail Efendi Caddesi"),
        ("Atatürk Blv.", "Atatürk Bulvarı"),
        ("ATATURK BULVARI", "Atatürk Bulvarı"),
        ("Kemalettin Sami Pasa Cad.", "Kemalettin Sami Paşa Caddesi"),
        ("Hastane Cd.", "Hastane Caddesi"),
        ("Şebboy Caddesi", "Şebboy Caddesi"),
        ("sebboy cad", "Şebboy Caddesi"),
        ("Osmaniye Mah. Şebboy Cad.", "Şebboy Caddesi"),
        ("Yağcı İbrahim Sk.", "Yağcı İbrahim Sokak"),
    ],
)
def test_street_level_match_on_real_names(
    inegol_streets: StreetIndex, written: str, street: str
) -> None:
    match = inegol_streets.geocode(written, "12")
    assert match is not None
    assert (match.method, match.street, match.confidence) == (
        MatchMethod.STREET,
        street,
        CONFIDENCE_STREET,
    )
    assert 40.05 < match.lat < 40.10 and 29.48 < match.lon < 29.54


def test_street_point_lies_on_the_named_street(inegol_streets: StreetIndex) -> None:
    street = next(s for s in inegol_streets.streets if s.name == "Hastane Caddesi")
    match = inegol_streets.geocode("Hastane Caddesi")
    assert match is not None and (match.lat, match.lon) == (street.lat, street.lon)
    assert street.length_m > 100


def test_fuzzy_and_ambiguous_matches_score_below_street_level(inegol_streets: StreetIndex) -> None:
    typo = inegol_streets.geocode("Kemalettin Sami Paşa Cadesi")
    wrong_type = inegol_streets.geocode("Atatürk Cad.")
    namesake = inegol_streets.geocode("Fatih Sokak")  # two different Fatih Sokaks, 1.2 km apart
    assert typo is not None and typo.method is MatchMethod.FUZZY_STREET
    assert typo.street == "Kemalettin Sami Paşa Caddesi" and typo.confidence < CONFIDENCE_STREET
    assert wrong_type is not None and wrong_type.street == "Atatürk Bulvarı"
    assert wrong_type.confidence < CONFIDENCE_STREET
    assert namesake is not None and namesake.confidence == CONFIDENCE_AMBIGUOUS_STREET


def test_unknown_street_gives_no_match(inegol_streets: StreetIndex) -> None:
    assert inegol_streets.geocode("Olmayan Sokak") is None
    assert inegol_streets.geocode("") is None
