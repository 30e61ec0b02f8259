"""Hand-built .journey containers, for feeding the reader every kind of bad input."""

import io
import json
import zipfile

from journeydesigner.projectfile import project_bytes
from journeydesigner.projectfile.limits import MIMETYPE
from tests.helpers.factories import small_project


def container(entries: dict[str, bytes | str], mimetype: str | None = MIMETYPE,
              method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype is not None:
            archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def project_dict() -> dict:
    return small_project().model_dump(mode="json")


def with_json(data: object, **assets: bytes) -> bytes:
    project = small_project()
    entries: dict[str, bytes | str] = {"project.json": json.dumps(data)}
    entries.update(project.assets)
    entries.update(assets)
    return container(entries)


def valid_bytes() -> bytes:
    return project_bytes(small_project())
