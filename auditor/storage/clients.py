"""Clients: the companies being audited."""

from __future__ import annotations

import logging

from auditor.errors import ValidationError
from auditor.i18n import N_, user_says
from auditor.model import Client, now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)


def _validate(client: Client) -> None:
    if not client.name.strip():
        raise ValidationError(user_says(N_("a client needs a name")))
    if client.report_language not in ("it", "en"):
        raise ValidationError(user_says(N_("the report language must be it or en")))


class ClientRepository(Repository):
    """Create, read, update and list clients."""

    @writes
    def add(self, client: Client) -> Client:
        """Store a new client and return it."""
        _validate(client)
        stamp = codec.ts(now())
        with self.db.atomic():
            self.db["clients"].insert(
                {**codec.client_row(client), "created_at": stamp, "updated_at": stamp}
            )
        return client

    @writes
    def update(self, client: Client) -> Client:
        """Save the client's fields."""
        _validate(client)
        self._row("clients", client.id, "client")
        with self.db.atomic():
            self.db["clients"].update(
                client.id, {**codec.client_row(client), "updated_at": codec.ts(now())}
            )
        return client

    def get(self, client_id: str) -> Client:
        """Return the client with this id."""
        return codec.client_from(self._row("clients", client_id, "client"))

    def all(self) -> list[Client]:
        """Return every client, by name."""
        return [
            codec.client_from(r)
            for r in self._rows("SELECT * FROM clients ORDER BY name COLLATE NOCASE")
        ]

    @writes
    def delete(self, client_id: str) -> None:
        """Delete a client that has no audits."""
        self._row("clients", client_id, "client")
        if self.db.execute("SELECT 1 FROM audits WHERE client_id = ?", (client_id,)).fetchone():
            raise ValidationError(user_says(N_("this client still has audits; delete them first")))
        with self.db.atomic():
            self.db["clients"].delete(client_id)
