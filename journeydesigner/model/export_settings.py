"""Export settings: what the user last chose in the export dialog, saved with the project."""

from typing import Annotated, Literal

from pydantic import Field

from journeydesigner.model.base import Id, JDModel, empty_list

MM = 72.0 / 25.4
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210, 297), "A3": (297, 420), "A2": (420, 594), "A1": (594, 841),
    "Letter": (215.9, 279.4), "Tabloid": (279.4, 431.8),
}
Section = Literal["cover", "maps", "personas", "jobs", "legend"]
ALL_SECTIONS: tuple[Section, ...] = ("cover", "maps", "personas", "jobs", "legend")
LEGIBLE_PT = 6.0


class ExportOptions(JDModel):
    paper: Literal["A4", "A3", "A2", "A1", "Letter", "Tabloid", "custom"] = "A3"
    custom_mm: tuple[Annotated[float, Field(ge=50, le=5000)], Annotated[float, Field(ge=50, le=5000)]] = (420, 297)
    orientation: Literal["auto", "landscape", "portrait"] = "auto"
    margin_mm: float = Field(12, ge=0, le=100)
    layout: Literal["auto", "fit", "tile"] = Field(
        "auto", description="auto: one page when its text stays legible, else the fewest tiles that keep it so.")
    tiles: tuple[Annotated[int, Field(ge=1, le=20)], Annotated[int, Field(ge=1, le=20)]] = (2, 1)
    overlap_mm: float = Field(8, ge=0, le=50)
    crop_marks: bool = True
    bleed_mm: float = Field(0, ge=0, le=10, description="Tiles: backgrounds extended this far past the trim.")
    sections: list[Section] = Field(default_factory=lambda: list(ALL_SECTIONS))
    map_ids: list[Id] = Field(default_factory=empty_list, description="Maps to export; empty means all.")
    omit_lane_ids: list[Id] = Field(default_factory=empty_list)
    omit_notes: bool = False
    anonymise_personas: bool = False
    analysis_markers: bool = Field(False, description="Job badges and missing-touchpoint flags on stage headers: "
                                   "internal analysis, left out of client deliverables unless asked for.")
    png_scale: float = Field(2.0, gt=0, le=8)
    transparent: bool = False
    table_shape: Literal["cards", "grid"] = Field("cards", description="CSV/XLSX: one card per row, or the grid.")

    def page_size(self, orientation: str | None = None) -> tuple[float, float]:
        """Width and height in points; "auto" pages are landscape unless a map fits better upright."""
        w, h = self.custom_mm if self.paper == "custom" else PAPER_SIZES_MM[self.paper]
        w, h = w * MM, h * MM
        if ((orientation or self.orientation) != "portrait") != (w > h):
            w, h = h, w
        return w, h

    @property
    def margin(self) -> float:
        return self.margin_mm * MM
