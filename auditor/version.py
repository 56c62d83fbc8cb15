"""Return the application's one version: the installed package's, else the source checkout's."""

from __future__ import annotations

from functools import cache

DISTRIBUTION = (
    "audit-desk"  # the package name on PyPI-style metadata, in the .deb and the installers
)


@cache
def app_version() -> str:
    """Return the version of the installed application (the package metadata, else auditor.__version__)."""
    # importlib.metadata is imported here, not at module level: the window's first paint does not wait for it.
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a checkout run without `pip install`
        from auditor import __version__

        return __version__
