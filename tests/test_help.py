"""Small things people expect: --version, --help with examples on every command, completion."""
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from wirecli import __version__
from wirecli.cli import cli


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


@pytest.mark.parametrize("command", [[], *[[name] for name in sorted(cli.commands)]])
def test_every_command_has_help_with_examples(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and "wirecli" in result.stdout


def test_parse_help_lists_the_formats():
    out = CliRunner().invoke(cli, ["parse", "--help"]).stdout
    for word in ("ninjs", "csv", "tsv", "--ninjs-version", "--places", "--validate"):
        assert word in out


def test_shell_completion_script_and_answers():
    env = {**os.environ, "_WIRECLI_COMPLETE": "bash_source"}
    run = [sys.executable, "-c", "from wirecli.cli import main; main()"]
    script = subprocess.run(run, env=env, capture_output=True, text=True).stdout
    assert "_wirecli_completion" in script
    env.update(_WIRECLI_COMPLETE="bash_complete", COMP_WORDS="wirecli parse --format ",
               COMP_CWORD="3")
    answers = subprocess.run(run, env=env, capture_output=True, text=True).stdout.split()
    assert {"plain,ninjs", "plain,csv", "plain,tsv"} <= set(answers)
