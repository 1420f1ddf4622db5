"""Every Python sample of docs/python.md runs (samples that need a remote scheduler are
compiled only)."""

import pathlib
import re

import pytest

DOC = pathlib.Path(__file__).resolve().parents[2] / "docs" / "python.md"
SAMPLES = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.S)


def test_the_page_has_samples():
    assert len(SAMPLES) >= 5


@pytest.mark.parametrize("index", range(len(SAMPLES)))
def test_sample_runs(index):
    code = compile(SAMPLES[index], f"docs/python.md sample {index}", "exec")
    if "tcp://" in SAMPLES[index]:
        return  # needs a multi-machine cluster
    exec(code, {"__name__": f"docs_sample_{index}"})
