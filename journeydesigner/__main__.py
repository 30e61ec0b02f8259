"""`python -m journeydesigner` is the same as the `journeydesigner` command."""


from journeydesigner.launch import entry

entry()
