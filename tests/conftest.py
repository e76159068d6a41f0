from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# "ci" is derandomised so a run is reproducible; "nightly" explores.
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True)
settings.register_profile("nightly", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never write the user's real cache folder."""
    os.environ.setdefault("EVENTX_CACHE_DIR", str(tmp_path_factory.mktemp("eventx-cache")))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "examples" / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def extractor():
    import eventx

    return eventx.default_extractor()


@pytest.fixture()
def cdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty compile cache for one test (eventx.cache honours it)."""
    import eventx.cache as cache

    d = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_DIR, str(d))
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    return d
