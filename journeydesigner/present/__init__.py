"""Presentation mode: the map full-screen, stage by stage, read-only."""
