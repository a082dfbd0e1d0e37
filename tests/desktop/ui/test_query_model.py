"""The SQL-backed list: search, sort and country filters, on demo and scale data."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from db.services import Actor, update
from db.store import Store
from desktop.demo import load_demo
from desktop.ui import lists
from desktop.ui.query_model import PAGE, QueryModel
from desktop.ui.tasks import TaskRunner


@pytest.fixture(scope="module")
def scale_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "scale.db"
    with Store.open(path) as store, store.session() as session:
        load_demo(session, Actor("tester", store.device_id()), size=2_000)
    return path


@pytest.fixture
def model(qtbot, scale_db: Path):
    store = Store.open(scale_db)
    runner = TaskRunner(store)
    model = QueryModel(runner, lists.activities())
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    yield model
    runner.wait()
    store.close()


def _titles(model: QueryModel) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_all_live_activities_are_listed(model: QueryModel) -> None:
    assert model.rowCount() == 2_000 + 10  # synthetic plus the illustrative ones
    assert model.index(0, 1).data()  # a title is shown
    assert model.index(model.rowCount() - 1, 1).data()  # rows far down are read when asked


def test_search_matches_part_of_a_title_or_a_code(qtbot, model: QueryModel) -> None:
    with qtbot.waitSignal(model.loaded) as found:
        model.set_search("#001234")
    assert found.args == [1]
    assert _titles(model)[0].endswith("#001234")
    with qtbot.waitSignal(model.loaded):
        model.set_search("A-00123")
    assert model.rowCount() == 11  # A-001230 ... A-001239, and A-000123: the number 123, zeros aside
    with qtbot.waitSignal(model.loaded):
        model.set_search("Perfil Migratorio")
    assert _titles(model) == ["Perfil Migratorio del Perú"]


def test_search_text_with_like_wildcards_is_taken_literally(qtbot, model: QueryModel) -> None:
    with qtbot.waitSignal(model.loaded) as found:
        model.set_search("%")
    assert found.args == [0]


def test_sorting_is_done_by_the_database_both_ways(qtbot, model: QueryModel) -> None:
    with qtbot.waitSignal(model.loaded):
        model.sort(1, Qt.SortOrder.AscendingOrder)
    ascending = _titles(model)
    assert ascending == sorted(ascending)
    with qtbot.waitSignal(model.loaded):
        model.sort(3, Qt.SortOrder.DescendingOrder)  # progress
    progress = [model.index(row, 3).data() for row in range(PAGE)]
    numbers = [float(text.split()[0]) for text in progress if text]
    assert numbers == sorted(numbers, reverse=True)


def test_country_filter(qtbot, model: QueryModel) -> None:
    with qtbot.waitSignal(model.loaded) as found:
        model.set_country("LKA")
    assert found.args == [100 + 2]  # its share of the synthetic ones plus two illustrative
    assert {model.index(row, 10).data() for row in range(model.rowCount())} == {"LKA"}


def test_a_stale_answer_never_replaces_a_newer_one(qtbot, model: QueryModel) -> None:
    model.set_search("Perfil")
    with qtbot.waitSignal(model.loaded):
        model.set_search("#000007 ")  # finished: that number alone
    qtbot.wait(200)
    assert _titles(model) == [title for title in _titles(model) if title.endswith("#000007")]
    assert model.rowCount() == 1


def test_model_passes_the_model_tester(qtmodeltester, model: QueryModel) -> None:
    qtmodeltester.check(model)


def test_search_ignores_case_in_any_script(qtbot, model: QueryModel) -> None:
    """SQLite's LIKE ignores the case of ASCII letters only; the model folds every script."""
    with qtbot.waitSignal(model.loaded):
        model.set_search("ПРОГРАММА РЕИНТЕГРАЦИИ")
    assert [title.startswith("Программа реинтеграции") for title in _titles(model)] == [True]
    with qtbot.waitSignal(model.loaded):
        model.set_search("PERÚ")
    assert _titles(model) == ["Perfil Migratorio del Perú"]


def test_once_prepared_each_key_filters_at_once_and_in_the_current_order(qtbot, model: QueryModel) -> None:
    with qtbot.waitSignal(model.loaded):
        model.prepare_search()  # what showing the list does
    qtbot.waitUntil(lambda: not model._runner.busy)
    with qtbot.waitSignal(model.loaded, timeout=0) as found:  # emitted before returning: no background read
        model.set_search("a-0012")
    # A-001200 ... A-001299 whatever the case; A-000012 and A-000120 ... A-000129 (zeros aside, the
    # number still being typed)
    assert found.args == [111]
    assert not model._runner.busy
    with qtbot.waitSignal(model.loaded, timeout=0):
        model.set_search("A-00123")  # narrows the rows shown
    assert model.rowCount() == 11
    with qtbot.waitSignal(model.loaded, timeout=0):
        model.set_search("A-0012")  # and widens again
    assert model.rowCount() == 111
    codes = [model.index(row, 0).data() for row in range(model.rowCount())]
    # the model's order: by code
    assert codes == ["A-000012", *(f"A-{n:06d}" for n in (*range(120, 130), *range(1200, 1300)))]


def test_sorting_keeps_the_search_and_searching_keeps_the_order(qtbot, model: QueryModel) -> None:
    with qtbot.waitSignal(model.loaded):
        model.set_search("A-0012 ")
    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.DescendingOrder)  # code
    codes = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert codes == [*(f"A-{n:06d}" for n in range(1299, 1199, -1)), "A-000012"]
    with qtbot.waitSignal(model.loaded):
        model.set_search("")
    assert model.rowCount() == 2_000 + 10
    codes = [model.index(row, 0).data() or "" for row in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)


def test_the_view_asking_twice_for_the_same_order_reads_once(qtbot, model: QueryModel) -> None:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    qtbot.waitUntil(lambda: not model._runner.busy)
    emitted: list[int] = []
    model.loaded.connect(emitted.append)
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # sets the indicator (a sort) and sorts again
    qtbot.waitUntil(lambda: not model._runner.busy)
    qtbot.wait(20)
    assert emitted == [2_000 + 10]


def test_a_refresh_reads_changed_titles_for_the_search(qtbot, store: Store, actor: Actor) -> None:
    with store.session() as session:
        load_demo(session, actor)
    runner = TaskRunner(store)
    model = QueryModel(runner, lists.activities())
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    with qtbot.waitSignal(model.loaded):
        model.set_search("perfil migratorio")
    assert model.rowCount() == 1
    with store.session() as session:
        update(session, actor, "activity", model.id_at(0), {"title": "Зимняя школа по миграции"})
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.loaded):
        model.set_search("ЗИМНЯЯ ШКОЛА")
    assert _titles(model) == ["Зимняя школа по миграции"]
    runner.wait()


def test_each_word_is_found_on_its_own_in_any_order(qtbot, model: QueryModel) -> None:
    """ "coastal 0584" finds "… in coastal regions #000584" (when that one is coastal)."""
    with qtbot.waitSignal(model.loaded):
        model.set_search("coastal")
    coastal = _titles(model)
    assert coastal and all("coastal" in title for title in coastal)
    chosen = next(title for title in coastal if 100 <= int(title.rsplit("#", 1)[1]) < 1000)
    number = chosen.rsplit("#", 1)[1]  # "000584"
    short = number.lstrip("0")  # "584"
    with qtbot.waitSignal(model.loaded):
        model.set_search(f"0{short} COASTAL")
    assert chosen in _titles(model)
    assert all("coastal" in title and f"0{short}" in title for title in _titles(model))
    with qtbot.waitSignal(model.loaded):
        model.set_search(f"#{short} ")  # no zeros typed at all, and finished: the same number, not #005840
    assert _titles(model) == [chosen]
    with qtbot.waitSignal(model.loaded):
        model.set_search(f"coastal nationwide #{number}")  # every word must be there
    assert _titles(model) == []


def test_accents_and_case_are_ignored_both_ways(qtbot, model: QueryModel) -> None:
    with qtbot.waitSignal(model.loaded):
        model.set_search("migratorio del peru")
    assert _titles(model) == ["Perfil Migratorio del Perú"]
    with qtbot.waitSignal(model.loaded):
        model.set_search("PERÚ perfil")
    assert _titles(model) == ["Perfil Migratorio del Perú"]


def test_a_whole_code_typed_finds_that_code_not_its_neighbours(qtbot, model: QueryModel) -> None:
    """A code is whole once something follows it (a space, another word); until then more digits
    may come, and the rows they would find stay shown."""
    with qtbot.waitSignal(model.loaded):
        model.set_search("#000158 ")
    assert len(_titles(model)) == 1 and _titles(model)[0].endswith("#000158")
    with qtbot.waitSignal(model.loaded):
        model.set_search("#0158 ")  # fewer zeros, and finished: the same number, not #001580 … #001589
    assert len(_titles(model)) == 1 and _titles(model)[0].endswith("#000158")
    with qtbot.waitSignal(model.loaded):
        model.set_search("#0158")  # still being typed: #01580 may follow
    assert len(_titles(model)) == 11


def test_a_row_whose_number_is_being_typed_stays_shown_at_every_key(qtbot, model: QueryModel) -> None:
    """Typing "coastal #0584" one key at a time never hides "… coastal regions #000584" on the way."""
    with qtbot.waitSignal(model.loaded):
        model.set_search("coastal")
    chosen = next(title for title in _titles(model) if 100 <= int(title.rsplit("#", 1)[1]) < 1000)
    query = f"coastal #0{chosen.rsplit('#', 1)[1].lstrip('0')}"  # "coastal #0584"
    for end in range(len("coastal #"), len(query) + 1):
        with qtbot.waitSignal(model.loaded):
            model.set_search(query[:end])
        assert chosen in _titles(model), f"{query[:end]!r} hides {chosen!r}"
    assert all("coastal" in title for title in _titles(model))
