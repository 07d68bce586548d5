import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIRECLI_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
EXAMPLES = ROOT / "examples"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
