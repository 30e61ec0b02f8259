"""Hard limits on what a project file may contain: a hostile or broken file is refused, never obeyed."""

MIMETYPE = "application/vnd.journeydesigner+zip"
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 10_000
# The writer refuses to save beyond these, so whatever is saved opens again (docs/reliability.md has the sizes).
MAX_JSON_BYTES = 256 * 1024 * 1024
MAX_ASSET_BYTES = 40 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_IMAGE_PIXELS = 50_000_000
# Decoded pixels across all of a project's images (4 bytes each: 1 GB). Beyond it, images are reduced on reading.
MAX_PROJECT_PIXELS = 250_000_000
# An image beyond the project's allowance is reduced to fit what is left, but never below this.
MIN_REDUCED_PIXELS = 250_000
