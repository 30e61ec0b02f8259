"""Client deliverables: PDF (reportlab, Qt-free), PNG and SVG (Qt), all drawn from the shared layout."""
