"""The drag-and-drop and clipboard types the program's own widgets exchange: named once, below every view,
so a panel and the canvas agree on them without importing each other."""

KIND_MIME = "application/x-journeydesigner-card-kind"
JOB_MIME = "application/x-journeydesigner-job"
