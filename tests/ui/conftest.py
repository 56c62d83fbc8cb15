"""Window test fixtures: a real workspace, the mini checklist as built-in one, a sync runner."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

import auditor.checklists as checklists
from auditor.checklists import parse_template
from auditor.model import Audit, Client, Visit
from auditor.resources import checklists_dir
from auditor.storage import Store
from tests.auditor.conftest import MINI_TEMPLATE
from ui.context import AppContext
from ui.settings import UiSettings
from ui.tasks import SyncTaskRunner


@pytest.fixture(autouse=True)
def builtin_mini(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Make the hand-made checklist the only built-in one: a real TOML file in a real folder."""
    folder = tmp_path_factory.mktemp("checklists")
    (folder / "mini.toml").write_text(MINI_TEMPLATE, "utf-8")
    monkeypatch.setattr(checklists, "checklists_dir", lambda: folder)
    checklists.builtin_templates.cache_clear()
    yield
    checklists.builtin_templates.cache_clear()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Return a fresh workspace file, closed after the test."""
    opened = Store.open(tmp_path / "ui.auditdesk")
    yield opened
    _dispose_widgets()  # no timer of a leftover widget may reach the store once it is closed
    opened.close()


def _dispose_widgets() -> None:
    """Close and delete every top-level widget a test left behind, then let Qt finish deleting."""
    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()  # collect Qt wrappers while the QApplication lives, not at interpreter exit


def make_ctx(store: Store, lang: str = "en") -> AppContext:
    """Return an app context with a synchronous task runner."""
    return AppContext(store=store, tasks=SyncTaskRunner(), lang=lang)


@pytest.fixture
def ctx(store: Store) -> AppContext:
    """Return the English app context on the test workspace."""
    return make_ctx(store)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    """Return UI settings kept in a temporary file."""
    return UiSettings(tmp_path / "ui.ini")


@pytest.fixture
def audit_id(store: Store) -> str:
    """Return the id of an audit with one visit run with the mini checklist."""
    client = store.clients.add(Client(name="Hotel Test", brands=["Hotel Test"]))
    audit = Audit(client_id=client.id, title="Test journey", auditor="Tester")
    template = parse_template(MINI_TEMPLATE, "mini.toml")
    visit = Visit(
        audit_id=audit.id,
        kind=template.touchpoint,
        template_id=template.id,
        template_version=template.version,
        title="Call to reception",
    )
    store.audits.create(audit, [(visit, template)])
    return audit.id


def audit_with_builtin(store: Store, filename: str, visit_title: str = "") -> str:
    """Return the id of an audit with one visit run with a real built-in checklist file."""
    template = parse_template((checklists_dir() / filename).read_text("utf-8"), filename)
    client = store.clients.add(Client(name="Hotel"))
    audit = Audit(client_id=client.id, title=template.title["en"])
    visit = Visit(
        audit_id=audit.id,
        kind=template.touchpoint,
        template_id=template.id,
        template_version=template.version,
        title=visit_title,
    )
    store.audits.create(audit, [(visit, template)])
    return audit.id


def visit_id_of(store: Store, audit_id: str) -> str:
    """Return the id of the audit's first visit."""
    return store.audits.visits(audit_id)[0].id
