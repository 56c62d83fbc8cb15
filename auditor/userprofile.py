"""The auditor's own name and nickname: the user's, kept in the platform's config folder.

A workspace is the agency's (its name and logo stay in it); the person at the keyboard is the
same in every workspace they open, so who they are lives beside them, in
`platformdirs.user_config_dir("audit-desk")/user.json` ($AUDIT_DESK_CONFIG_DIR redirects it). The
history's actor and new audits' auditor and nickname come from here. Workspaces of earlier
versions kept these in their profile: the first workspace opened hands its values over when the
user file has none.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.errors import AuditorError, file_reason
from auditor.i18n import user_translator

if TYPE_CHECKING:
    from auditor.storage import Store

log = logging.getLogger(__name__)

ENV_VAR = "AUDIT_DESK_CONFIG_DIR"
FILE_NAME = "user.json"
MAX_NAME = 200

_cache: dict[Path, tuple[int, UserProfile]] = {}


@dataclass(frozen=True)
class UserProfile:
    """Who uses this computer's account: their name and the nickname client reports show."""

    name: str = ""
    nickname: str = ""

    @property
    def empty(self) -> bool:
        """Return True when neither the name nor the nickname is set."""
        return not (self.name or self.nickname)


def config_dir() -> Path:
    """Return the folder of the user's settings ($AUDIT_DESK_CONFIG_DIR, else the platform's)."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("audit-desk", appauthor=False))


def profile_path() -> Path:
    """Return the path of the user profile file."""
    return config_dir() / FILE_NAME


def _clean(text: object) -> str:
    return " ".join(str(text or "").split())[:MAX_NAME]


def user_profile() -> UserProfile:
    """Return the user's profile (empty when there is none, or it cannot be read)."""
    path = profile_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return UserProfile()
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("user profile %s left unread: %s", path, exc)
        return UserProfile()
    if not isinstance(data, dict):
        return UserProfile()
    profile = UserProfile(_clean(data.get("name")), _clean(data.get("nickname")))
    _cache[path] = (stamp, profile)
    return profile


def save_user_profile(profile: UserProfile) -> UserProfile:
    """Save the user's name and nickname (written whole, then renamed into place)."""
    clean = UserProfile(_clean(profile.name), _clean(profile.nickname))
    path = profile_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".user-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"name": clean.name, "nickname": clean.nickname}, out, ensure_ascii=False)
        os.replace(temp, path)
    except OSError as exc:
        _ = user_translator()
        raise AuditorError(
            _("cannot save your profile in {path} ({reason})").format(
                path=path, reason=file_reason(exc, _)
            )
        ) from None
    _cache.pop(path, None)
    return clean


def adopt_workspace_profile(store: Store) -> UserProfile:
    """Return the user's profile, first taking the workspace's old values when the user has none.

    Earlier versions kept the auditor's name and nickname in the workspace profile; they become
    the user's the first time a workspace holding them is opened. A file that cannot be written
    leaves the values where they were (the user profile stays empty).
    """
    profile = user_profile()
    if not profile.empty:
        return profile
    found = UserProfile(
        _clean(store.profile.value("auditor_name")), _clean(store.profile.value("auditor_nickname"))
    )
    if found.empty:
        return profile
    try:
        return save_user_profile(found)
    except AuditorError as exc:
        log.warning("%s", exc)
        return found
