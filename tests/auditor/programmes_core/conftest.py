"""Fixtures of the programme tests: a real workspace file with a client and an editor."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from auditor.commands import AddClient, Editor
from auditor.model import Client
from auditor.storage import Store


@dataclass
class Programme:
    """A workspace with one client and an editor acting as Marta on laptop-1."""

    store: Store
    editor: Editor
    client: Client


@pytest.fixture
def prog(store: Store) -> Programme:
    """Return a workspace holding the client "Ottica Bellavista"."""
    editor = Editor(store, actor="Marta", device="laptop-1")
    client = editor.run(AddClient(Client(name="Ottica Bellavista"))).result
    return Programme(store, editor, client)
