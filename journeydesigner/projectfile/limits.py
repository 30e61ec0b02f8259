"""Hard limits on what a project file may contain: a hostile or broken file is refused, never obeyed."""

MIMETYPE = "application/vnd.journeydesigner+zip"
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_ASSET_BYTES = 40 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# A ratio real JSON never reaches; zip bombs do (42.zip is ~10^6).
MAX_COMPRESSION_RATIO = 200
MAX_JSON_DEPTH = 64
MAX_IMAGE_PIXELS = 50_000_000
