"""Entry script for the PyInstaller bundle: the same as the `journeydesigner` command."""


from journeydesigner.launch import entry

entry()
