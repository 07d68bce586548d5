"""Every docstring example in the package runs."""
import doctest
import importlib
import pkgutil

import pytest

import wirecli

MODULES = sorted(m.name for m in pkgutil.walk_packages(wirecli.__path__, "wirecli.")
                 if not m.name.endswith(("__main__", ".dask")))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra that is not installed
        pytest.skip(str(exc))
    failed, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0
