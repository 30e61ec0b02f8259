"""The .journey container: read, validate, migrate, write atomically."""

from journeydesigner.projectfile.errors import ProjectFileError
from journeydesigner.projectfile.reader import read_project, read_project_bytes
from journeydesigner.projectfile.writer import project_bytes, write_project

__all__ = ["ProjectFileError", "project_bytes", "read_project", "read_project_bytes", "write_project"]
