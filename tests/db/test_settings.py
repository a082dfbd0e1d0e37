"""The user's profile: saved whole or not at all."""

import pytest

from db.errors import ValidationError
from db.services.settings import Profile, get_profile, save_profile


def test_a_profile_is_saved_and_read_back(store) -> None:
    with store.session() as session:
        saved = save_profile(session, Profile("  Nimali   Perera ", "iom", "lka"))
    assert saved == Profile("Nimali Perera", "iom", "LKA")
    with store.session() as session:
        assert get_profile(session) == saved


def test_a_bad_value_saves_nothing_and_names_every_problem(store) -> None:
    with store.session() as session:
        save_profile(session, Profile("Ana Quispe", "undp", "PER"))
    with pytest.raises(ValidationError) as caught, store.session() as session:
        save_profile(session, Profile("x" * 201, "unicef", "XXX"))
    assert {p.field for p in caught.value.problems} == {"user_name", "agency", "default_country"}
    with store.session() as session:
        assert get_profile(session) == Profile("Ana Quispe", "undp", "PER")


def test_names_in_any_script_are_kept(store) -> None:
    name = "ශ්‍රී ප්‍රනාන්දු — Фатима Алиева 🌍"
    with store.session() as session:
        save_profile(session, Profile(name, "government", ""))
    with store.session() as session:
        assert get_profile(session).user_name == name
