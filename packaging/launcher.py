"""Entry script for the PyInstaller bundle: the same as the `journeydesigner` command."""

import sys

from journeydesigner.cli import main

sys.exit(main())
