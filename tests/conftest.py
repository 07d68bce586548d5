import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIRECLI_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
EXAMPLES = ROOT / "examples"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")


def load_script(path: str):
    """A script of the repository ("benchmarks/synthetic.py", "fuzz/fuzz_parse.py") as a
    module: the benchmarks and the fuzz target are scripts, not a package."""
    spec = importlib.util.spec_from_file_location(f"wirecli_{Path(path).stem}", ROOT / path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """The CLI keeps caches (compiled patterns, the places index) in WIRECLI_CACHE_DIR:
    tests use their own folder, never the user's ~/.cache."""
    old = os.environ.get("WIRECLI_CACHE_DIR")
    os.environ["WIRECLI_CACHE_DIR"] = str(tmp_path_factory.mktemp("wirecli-cache"))
    yield
    if old is None:
        os.environ.pop("WIRECLI_CACHE_DIR", None)
    else:
        os.environ["WIRECLI_CACHE_DIR"] = old
