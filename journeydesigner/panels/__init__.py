"""Dock panels: personas, jobs to be done, and the inspector. Every edit is a command on the shared stack."""
