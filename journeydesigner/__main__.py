"""`python -m journeydesigner` is the same as the `journeydesigner` command."""


from journeydesigner.cli import entry

entry()
