"""The password policy: 12+ characters, not common, not predictable, not the username."""

from __future__ import annotations

import pytest

from domain.password_policy import (
    MIN_LENGTH,
    WeakPasswordError,
    check_password,
    common_passwords,
    password_message,
    password_problem,
)
from store.passwords import random_password


@pytest.mark.parametrize("password", ["12345678", "kısa-parola", "a" * (MIN_LENGTH - 1)])
def test_short_passwords_are_refused(password: str) -> None:
    problem = password_problem(password)
    assert problem is not None and problem.key == "password_too_short"
    assert "12" in password_message(problem, "tr") and "12" in password_message(problem, "en")


@pytest.mark.parametrize(
    "password",
    [
        "123456789012",
        "password1234",
        "qwertyuiopas",
        "QWERTYUIOPAS",
        "1q2w3e4r5t6y",
        "Galatasaray1905",
        "ŞifreŞifre12",
        "iloveyou2024",
        "abcabcabcabc",
        "aaaaaaaaaaaaaaaa",
        "098765432109",
        "sofra2026sofra",
    ],
)
def test_common_and_predictable_passwords_are_refused(password: str) -> None:
    problem = password_problem(password)
    assert problem is not None, password
    assert problem.key in {"password_common", "password_predictable"}


def test_the_username_may_not_be_in_the_password() -> None:
    problem = password_problem("xx-Dispatcher-42-yy", "dispatcher")
    assert problem is not None and problem.key == "password_has_username"
    assert password_problem("xx-Dispatcher-42-yy", "planner") is None


@pytest.mark.parametrize(
    "password",
    [
        "mavi-kapi-sokak",
        "Kırmızı Elma 42",
        "yedi-kat-mutfak-7",
        "xK9#mQ2$pL7z",
        "çorba sıcak, ekmek taze",
    ],
)
def test_good_passwords_pass(password: str) -> None:
    assert password_problem(password, "ayse") is None


def test_messages_in_turkish_and_english() -> None:
    with pytest.raises(WeakPasswordError) as tr:
        check_password("123456789012", lang="tr")
    with pytest.raises(WeakPasswordError) as en:
        check_password("123456789012", lang="en")
    assert "parola" in str(tr.value).lower() and "password" in str(en.value).lower()
    assert str(tr.value) != str(en.value)


def test_the_shipped_list_is_there() -> None:
    common = common_passwords()
    assert len(common) > 1000
    assert {"123456", "password", "qwerty", "sifre", "galatasaray"} <= common


def test_random_passwords_pass_the_policy() -> None:
    made = {random_password("d1") for _ in range(50)}
    assert len(made) == 50
    assert all(password_problem(p, "d1") is None for p in made)
