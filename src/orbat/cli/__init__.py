"""The `orbat` command: a click group; each command module parses, calls the library, prints.

Command modules live beside this file and expose `register(group)`; they are imported
here in one place, not as a side effect elsewhere.
"""
from __future__ import annotations

import importlib
import sys

import click

from orbat.errors import OrbatError

COMMAND_MODULES = (
    "orbat.cli.ingest",
    "orbat.cli.documents",
    "orbat.cli.mentions",
    "orbat.cli.facts",
    "orbat.cli.knowledge",
    "orbat.cli.export",
)

kb_option = click.option(
    "--kb", "kb_path", envvar="ORBAT_KB", default="orbat.db", show_default=True,
    help="Knowledge base file (or $ORBAT_KB).",
)


@click.group()
@click.version_option(package_name="orbat")
def cli() -> None:
    """orbat: turn documents about armed forces into sourced, queryable facts."""


for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as _error:
        if _error.name != _name:
            raise
        continue
    _module.register(cli)


def main() -> None:
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except OrbatError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(error.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)
