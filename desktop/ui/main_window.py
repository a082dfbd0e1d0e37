"""The main window: a sidebar of pages, a country selector shared by all of
them, the Edit menu's undo history, and a status bar naming the open database.

The pages are not wired to one another: each follows ``TaskRunner.changed``
(``desktop.ui.operations``) and reads again what a write changed. The window
itself follows it only for what it shows around the pages (the countries held).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import StoreError
from db.services import Actor
from db.services.changes import Changes
from db.services.settings import Profile, get_profile
from db.services.summary import Counts
from db.store import Store
from desktop import APP_NAME, version
from desktop.logs import active_log_file
from desktop.paths import log_file, remember_database
from desktop.session import current_actor
from desktop.ui import lists
from desktop.ui.backup_settings import start_daily_backup
from desktop.ui.child_dialog import ChildDialog
from desktop.ui.conflicts_page import ConflictsPage
from desktop.ui.countries import country_name, country_options
from desktop.ui.dashboard_page import DashboardPage
from desktop.ui.exchange_page import ExchangePage
from desktop.ui.history_page import HistoryPage
from desktop.ui.labels import kind_label
from desktop.ui.logframe_dialog import LogframeImport
from desktop.ui.overview_page import OverviewPage
from desktop.ui.plain_text import literal
from desktop.ui.query_model import ListQuery
from desktop.ui.record_editor import RecordEditor
from desktop.ui.records_page import RecordsPage
from desktop.ui.reports_page import ReportsPage
from desktop.ui.settings_page import SettingsPage, login_name
from desktop.ui.tasks import TaskRunner, describe_error, describe_open_error
from desktop.ui.trash_page import TrashPage
from desktop.ui.undo import UndoHistory
from desktop.ui.workbooks import Workbooks

ALL_COUNTRIES = ""

#: Windows replaced by "open another database" must outlive the method that made them.
_OPEN_WINDOWS: list[MainWindow] = []


def tabs(*pages: tuple[str, QWidget]) -> QTabWidget:
    widget = QTabWidget()
    for title, page in pages:
        widget.addTab(page, title)
    return widget


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self.runner = TaskRunner(store, self)
        self.setWindowTitle(f"{APP_NAME} — {store.path.name}")
        self.setMinimumSize(720, 480)

        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country"))
        self.country_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country_box.setMinimumContentsLength(24)  # "Sri Lanka (LKA)" whole; the longest names elide
        self.country_box.addItem(self.tr("All countries"), ALL_COUNTRIES)
        country_label = QLabel(self.tr("&Country:"))
        country_label.setBuddy(self.country_box)

        #: The undo history: operations are recorded here as they commit (``UndoHistory.run``).
        self.undo_stack = UndoHistory(self.runner, self)
        with store.session() as session:
            self._profile = get_profile(session)
        self._start_country: str | None = self._profile.default_country or str(
            QSettings().value("main_window/country", ALL_COUNTRIES) or ""
        )
        self._replaced = False
        self._keep_store = False
        self.overview = OverviewPage(self.runner)
        self.dashboard = DashboardPage(self.runner)
        self.trash = TrashPage(self.runner)
        self.history = HistoryPage(self.runner)
        self.reports = ReportsPage(self.runner)
        self.reports.set_country(self._start_country or None)
        self.exchange = ExchangePage(self.runner, self.undo_stack)
        self.conflicts = ConflictsPage(self.runner, self.undo_stack)
        self.settings = SettingsPage(self.runner)

        def records(kind: str, query: ListQuery, title: str) -> RecordsPage:
            page = RecordsPage(self.runner, kind, query, title, self.undo_stack)
            self.record_pages[kind] = page
            return page

        self.record_pages: dict[str, RecordsPage] = {}
        self.pages: list[tuple[str, QWidget]] = [
            (
                self.tr("Overview"),
                tabs(
                    (self.tr("Dashboard"), self.dashboard),
                    (self.tr("Records held"), self.overview),
                ),
            ),
            (self.tr("Committees"), records("committee", lists.committees(), self.tr("Committees"))),
            (self.tr("Policies"), records("policy", lists.policies(), self.tr("Policies and frameworks"))),
            (
                self.tr("Work plans"),
                tabs(
                    (self.tr("Activities"), records("activity", lists.activities(), self.tr("Work-plan activities"))),
                    (self.tr("Work plans"), records("work_plan", lists.work_plans(), self.tr("Work plans"))),
                ),
            ),
            (
                self.tr("Capacity building"),
                records("capacity_activity", lists.capacity_activities(), self.tr("Capacity building")),
            ),
            (
                self.tr("Knowledge & practices"),
                tabs(
                    (
                        self.tr("Knowledge products"),
                        records("knowledge_product", lists.knowledge_products(), self.tr("Knowledge products")),
                    ),
                    (
                        self.tr("Good practices"),
                        records("good_practice", lists.good_practices(), self.tr("Good practices")),
                    ),
                ),
            ),
            (
                self.tr("Stakeholders"),
                tabs(
                    (self.tr("Institutions"), records("institution", lists.institutions(), self.tr("Institutions"))),
                    (self.tr("Contacts"), records("contact", lists.contacts(), self.tr("Contacts"))),
                ),
            ),
            (self.tr("Reports"), self.reports),
            (
                self.tr("Exchange"),
                tabs(
                    (self.tr("Send and receive"), self.exchange),
                    (self.tr("Conflicts"), self.conflicts),
                ),
            ),
            (self.tr("History"), self.history),
            (self.tr("Trash"), self.trash),
            (self.tr("Settings"), self.settings),
        ]
        self.activities = self.record_pages["activity"]
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        for title, page in self.pages:
            self.sidebar.addItem(title)
            self.stack.addWidget(page)

        self.welcome = QLabel(
            self.tr(
                "<b>This database is empty.</b> To look around first, <a href='demo'>load the illustrative demo "
                "data</a> (Help &gt; Load Demo Data; five countries, nothing real about the people or figures). "
                "To start your own records, choose your country above (and make it the default in "
                "<a href='settings'>Settings</a>), then a page on the left."
            )
        )
        self.welcome.setWordWrap(True)
        self.welcome.setObjectName("welcome")
        self.welcome.setStyleSheet("#welcome { background: #fff8e1; border: 1px solid #f0d68a; padding: 8px; }")
        self.welcome.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{APP_NAME}</b>"))
        top.addStretch(1)
        top.addWidget(country_label)
        top.addWidget(self.country_box)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        sidebar_width = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 12
        self.sidebar.setMinimumWidth(sidebar_width)  # "Fortalecimiento de capacidades" is never cut
        self.splitter.setSizes([sidebar_width, 1000])
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.welcome)
        layout.addWidget(self.splitter, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=store.path))

        self.workbooks = Workbooks(self, self.runner, self.undo_stack)
        self.logframes = LogframeImport(self, self.runner, self.undo_stack)
        self._make_menus()
        self._connect_signals()
        self._restore_settings()
        self.refresh()

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open Database…"), self)
        self.open_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Open))
        file_menu.addAction(self.open_action)
        self.new_database_action = QAction(self.tr("&New Empty Database…"), self)
        file_menu.addAction(self.new_database_action)
        self.backup_action = QAction(self.tr("&Back Up Database…"), self)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        self.export_excel_action = QAction(self.tr("&Export to Excel…"), self)
        file_menu.addAction(self.export_excel_action)
        self.import_excel_action = QAction(self.tr("&Import from Excel…"), self)
        file_menu.addAction(self.import_excel_action)
        self.import_logframe_action = QAction(self.tr("Import a &Logframe…"), self)
        file_menu.addAction(self.import_logframe_action)
        file_menu.addSeparator()
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh) or [QKeySequence("F5")]
        )
        file_menu.addAction(self.refresh_action)
        self.settings_action = QAction(self.tr("&Settings"), self)
        self.settings_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
        )
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action, self.redo_action = self.undo_stack.make_actions(self)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, (title, _page) in enumerate(self.pages, start=1):
            action = QAction(title, self)
            if number <= 10:  # Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.sidebar.setCurrentRow(row))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.demo_action = QAction(self.tr("Load &Demo Data"), self)
        help_menu.addAction(self.demo_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("&About Mainstream"), self)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.refresh_action.triggered.connect(self.refresh)
        self.export_excel_action.triggered.connect(lambda: self.workbooks.export(self.current_country()))
        self.import_excel_action.triggered.connect(self.workbooks.import_)
        self.import_logframe_action.triggered.connect(lambda: self.logframes.start(self.current_country()))
        self.quit_action.triggered.connect(self.close)
        self.open_action.triggered.connect(self.settings.choose_database)
        self.new_database_action.triggered.connect(self.settings.choose_new_database)
        self.backup_action.triggered.connect(self.settings.back_up)
        self.settings.backed_up.connect(
            lambda path: self.statusBar().showMessage(self.tr("Database backed up to {path}").format(path=path), 10000)
        )
        self.settings_action.triggered.connect(lambda: self.sidebar.setCurrentRow(self.stack.indexOf(self.settings)))
        self.settings.open_database_requested.connect(self.open_database)
        self.settings.profile_saved.connect(self.on_profile_saved)
        self.about_action.triggered.connect(self.on_about)
        self.demo_action.triggered.connect(self.load_demo_data)
        self.welcome.linkActivated.connect(self.on_welcome_link)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.country_box.currentIndexChanged.connect(self.on_country_changed)
        self.overview.counts_loaded.connect(self.on_counts_loaded)
        self.runner.failed.connect(self.on_work_failed)
        self.runner.changed.connect(self.on_changed)
        start_daily_backup(self.runner, self.on_daily_backup_failed)
        self.undo_stack.refused.connect(self.on_undo_refused)
        for page in self.record_pages.values():
            page.history_requested.connect(self.on_history_requested)
        self.conflicts.count_changed.connect(self.on_conflicts_counted)
        self.conflicts.record_requested.connect(self.open_record)
        self.dashboard.record_requested.connect(self.open_record)
        self.reports.saved.connect(self.on_report_saved)

    def current_country(self) -> str | None:
        return self.country_box.currentData() or None

    def open_record(self, kind: str, record_id: str) -> None:
        """Show a record: on its page if it has one, else (a decision, a period) in a dialog."""
        page = self.record_pages.get(kind)
        if page is not None:
            self.go_to(page)
            page.show_record(record_id)
            return
        editor = RecordEditor(self.runner, kind, self.undo_stack)
        editor.history_requested.connect(self.on_history_requested)
        self.record_dialog = ChildDialog(editor, kind_label(kind), self)
        editor.open_record(record_id)
        self.record_dialog.open()

    def go_to(self, page: QWidget) -> None:
        """Bring ``page`` to the front: its entry in the sidebar, then its tab."""
        container = self._container_of(page)
        self.sidebar.setCurrentRow(self.stack.indexOf(container))
        if isinstance(container, QTabWidget):
            container.setCurrentWidget(page)

    def on_history_requested(self, kind: str, record_id: str) -> None:
        """A record's own history, from its editor."""
        self.sidebar.setCurrentRow(self.stack.indexOf(self.history))
        self.history.show_record(kind, record_id)

    def on_changed(self, changes: Changes) -> None:
        """A write changed records: the counts behind the country list and the welcome read again
        (the pages follow ``runner.changed`` themselves)."""
        if changes.kinds:
            self.overview.refresh()

    def on_undo_refused(self, title: str, message: str) -> None:
        """An undo or redo the services refused: the history stays where it was."""
        QMessageBox.warning(self, title, literal(message))

    def on_conflicts_counted(self, count: int) -> None:
        """The conflicts waiting show on the Exchange entry and tab, so they are not missed."""
        container = self._container_of(self.conflicts)
        row = self.stack.indexOf(container)
        title = self.pages[row][0]
        self.sidebar.item(row).setText(self.tr("{page} ({count})").format(page=title, count=count) if count else title)
        if isinstance(container, QTabWidget):
            tab = container.indexOf(self.conflicts)
            container.setTabText(
                tab, self.tr("Conflicts ({count})").format(count=count) if count else self.tr("Conflicts")
            )

    def _container_of(self, page: QWidget) -> QWidget:
        return next(
            widget
            for _title, widget in self.pages
            if widget is page or (isinstance(widget, QTabWidget) and widget.indexOf(page) >= 0)
        )

    def refresh(self) -> None:
        self.overview.refresh()
        self.dashboard.refresh()
        self.trash.refresh()
        self.history.refresh()
        self.settings.refresh()
        self.conflicts.refresh()
        for page in self.record_pages.values():
            page.set_country(self.current_country())

    def on_counts_loaded(self, counts: Counts) -> None:
        """Offer the countries the database holds first, then every other one (a
        focal point starting an empty database picks theirs); keep the choice."""
        held = sorted(
            {c for by_country in counts.values() for c in by_country if c} | ({self._profile.default_country} - {""}),
            key=country_name,
        )
        current = self.country_box.currentData() or self._start_country or ALL_COUNTRIES
        self._start_country = None
        self.welcome.setVisible(not any(n for by_country in counts.values() for n in by_country.values()))
        self.country_box.blockSignals(True)
        self.country_box.clear()
        self.country_box.addItem(self.tr("All countries"), ALL_COUNTRIES)
        for code in held:
            self.country_box.addItem(country_name(code), code)
        self.country_box.insertSeparator(self.country_box.count())
        for code, name in country_options():
            if code not in held:
                self.country_box.addItem(name, code)
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(current)))
        self.country_box.blockSignals(False)
        self.reports.set_countries(held)
        self.exchange.set_countries(held)
        if not self.reports.country():
            self.reports.set_country(self.current_country() or self._profile.default_country or None)
        self.overview.set_country(self.current_country())
        if self.dashboard.country != self.current_country():  # else it would be computed twice at start
            self.dashboard.set_country(self.current_country())
        for page in self.record_pages.values():
            if page.list.model.country != self.current_country():
                page.set_country(self.current_country())

    def on_country_changed(self, _index: int) -> None:
        country = self.current_country()
        self.overview.set_country(country)
        self.dashboard.set_country(country)
        self.trash.set_country(country)
        self.history.set_country(country)
        self.reports.set_country(country or self._profile.default_country or None)
        for page in self.record_pages.values():
            page.set_country(country)

    def on_report_saved(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Report saved as {path}").format(path=path), 10000)

    def on_work_failed(self, label: str, error: BaseException) -> None:
        QMessageBox.warning(self, label or APP_NAME, literal(describe_error(error)))

    def on_welcome_link(self, link: str) -> None:
        if link == "demo":
            self.load_demo_data()
        elif link == "settings":
            self.settings_action.trigger()

    def load_demo_data(self) -> None:
        """The illustrative demo data, added beside whatever is there (never overwriting)."""
        from desktop.demo import load_demo

        store = self._store
        why = self.tr("Nothing to undo (history cleared by loading the demo data)")

        def done(summary: Any) -> None:
            added = sum(summary.created.values())
            self.statusBar().showMessage(self.tr("Demo data loaded: %Ln record(s) added.", "", added), 8000)

        self.undo_stack.run_clearing(
            lambda session, _p: load_demo(session, current_actor(store)),
            done,
            why=lambda _summary: why,
            label=self.tr("Loading the demo data"),
            parent_widget=self,
        )

    def about_text(self) -> str:
        """Help > About: the name, the version, what it is for, the database open and the log file."""
        log = active_log_file() or log_file()
        release = self.tr("version {version}").format(version=version())
        return (
            f"<p><b>{APP_NAME}</b> {release}</p>"
            + self.tr(
                "<p><b>Mainstream</b> keeps the records of the IOM–UNDP joint programme <i>Mainstreaming "
                "Migration into National Development Strategies</i>, offline.</p><p>Database: {path}</p>"
            ).format(path=html.escape(str(self._store.path)))
            + self.tr("<p>Log file (what went wrong unexpectedly): {path}</p>").format(path=html.escape(str(log)))
        )

    def on_about(self) -> None:
        QMessageBox.about(self, self.tr("About Mainstream"), self.about_text())

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        page = int(str(settings.value("main_window/page", 0) or 0))
        self.sidebar.setCurrentRow(page if 0 <= page < len(self.pages) else 0)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue("main_window/page", self.sidebar.currentRow())
        settings.setValue("main_window/country", self.country_box.currentData() or ALL_COUNTRIES)

    def confirm_leaving(self) -> bool:
        """True if nothing is unsaved, or the user agrees to lose it."""
        if not (self.settings.dirty or any(page.dirty for page in self.record_pages.values())):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Some changes are not saved yet. Leave them and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def on_daily_backup_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("The daily copy of the database could not be made: {reason}").format(reason=describe_error(error))
        )

    def open_database(self, path: Path) -> None:
        """Open another database file (made if it does not exist) in place of this one."""
        if path.exists() and path.resolve() == self._store.path.resolve():
            self.statusBar().showMessage(self.tr("{path} is already open.").format(path=path), 5000)
            return
        if not self.confirm_leaving():
            return
        try:
            store = Store.open(path)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), literal(describe_open_error(exc, path)))
            return
        remember_database(store.path)
        self.replace_with(
            store, self.tr("Nothing to undo (history cleared on opening {file})").format(file=store.path.name)
        )

    def replace_with(self, store: Store, why: str = "") -> MainWindow:
        """A new window on ``store`` where this one was; this one closes without asking again.
        ``why``: what its Undo says, the history of this one being left behind."""
        self._save_settings()
        window = MainWindow(store)
        if why:
            window.undo_stack.clear_because(why)
        _OPEN_WINDOWS.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: _OPEN_WINDOWS.remove(w) if w in _OPEN_WINDOWS else None)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self._replaced = True
        self._keep_store = store is self._store
        self.close()
        return window

    def on_profile_saved(self, profile: Profile) -> None:
        """A new name reaches every change from now on, undos included: whatever writes asks who
        is at the keyboard when it acts. The window, its pages and the undo history stay."""
        name_changed = profile.user_name != self._profile.user_name
        self._profile = profile
        if profile.default_country and self.country_box.findData(profile.default_country) < 0:
            self.country_box.addItem(country_name(profile.default_country), profile.default_country)
        if not self.reports.country():
            self.reports.set_country(profile.default_country or None)
        if name_changed:
            self.exchange.user_changed()
            self.statusBar().showMessage(
                self.tr("Settings saved. Your changes are now recorded as {name}.").format(
                    name=profile.user_name or login_name()
                ),
                8000,
            )

    @property
    def actor(self) -> Actor:
        """Who the changes made in this window are recorded as, now."""
        return current_actor(self._store)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if not self._replaced:
            self._save_settings()
            if not self.confirm_leaving():
                event.ignore()
                return
        self.reports.cancel()
        self.runner.shutdown()
        if not self._keep_store:
            self._store.close()
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
