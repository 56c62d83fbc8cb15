"""What the location and wave commands share: an edit of some fields, deleting an unused one.

Locations and waves belong to no audit, so these leave no entry in an audit's history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from auditor.commands.base import Tx
from auditor.errors import ValidationError


def edit_record(
    tx: Tx,
    repo: Any,
    item_id: str,
    values: dict[str, Any],
    known: Sequence[str],
    no_field: str,
    clean: Callable[[Tx, Any], Any],
    topic: str,
) -> Any:
    """Change some fields of a stored location or wave, checked by `clean`; return it as it was.

    `no_field` is the translated refusal for fields the item does not have ({fields}).
    """
    unknown = set(values) - set(known)
    if unknown:
        raise ValidationError(no_field.format(fields=", ".join(sorted(unknown))))
    before = repo.get(item_id)
    after = clean(tx, replace(before, **values))
    repo.update(after)
    tx.touch(topic)
    tx.result = after
    return before


def delete_unaudited(
    tx: Tx, repo: Any, item_id: str, refusal: Callable[[Any, int], str], topic: str
) -> Any:
    """Delete a stored location or wave no audit refers to; return it as it was.

    With audits, nothing is deleted and `refusal(item, count)` is the translated reason.
    """
    before = repo.get(item_id)
    count = repo.audit_count(item_id)
    if count:
        raise ValidationError(refusal(before, count))
    repo.delete(item_id)
    tx.touch(topic)
    return before


__all__ = ["delete_unaudited", "edit_record"]
