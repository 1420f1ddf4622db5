"""Shared settings of the physique Python tests: the package must come from the build tree
(PYTHONPATH=<build>/site), never from a stale installation."""

import physique


def pytest_report_header(config):
    return f"physique {physique.__version__} from {physique.__file__}"
