"""The map editor's scene, view and items."""
