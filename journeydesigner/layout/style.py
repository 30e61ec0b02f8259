"""Sizes and colours of the map, in points (1 scene unit = 1 pt): one source for canvas and exports."""

from msgspec import Struct

from journeydesigner.model.kinds import Channel, Kind

LANE_HEADER_W = 176.0
STAGE_HEADER_H = 68.0
CELL_PAD = 10.0
CARD_GAP = 8.0
CARD_PAD = 9.0
CARD_ACCENT = 4.0
CARD_RADIUS = 6.0
MIN_LANE_H = 86.0
EMOTION_PLOT_H = 200.0
EMOTION_DOT_R = 6.0
MAX_BODY_LINES = 0  # no limit: a long body makes the card grow, so every word prints

TITLE = ("bold", 10.5, 13.5)  # font key, size, leading
QUOTE = ("italic", 10.5, 13.5)
BODY = ("regular", 9.0, 12.0)
META = ("regular", 8.0, 11.0)
CHIP = ("bold", 8.5, 11.0)
STAGE_NAME = ("bold", 14.0, 17.0)
STAGE_DESC = ("regular", 8.5, 11.0)
LANE_NAME = ("bold", 11.0, 14.0)
LANE_KIND = ("regular", 8.0, 10.5)

INK = "#212529"
MUTED = "#6C757D"
GRID = "#DEE2E6"
PAPER = "#FFFFFF"
HEADER_BG = "#F8F9FA"
STAGE_BG = "#343A40"
STAGE_INK = "#FFFFFF"


class KindStyle(Struct, frozen=True):
    accent: str
    fill: str


KIND_STYLES: dict[Kind, KindStyle] = {
    Kind.ACTION: KindStyle("#495057", "#FFFFFF"),
    Kind.TOUCHPOINT: KindStyle("#1C7ED6", "#E7F5FF"),
    Kind.CHANNEL: KindStyle("#1098AD", "#E3FAFC"),
    Kind.THOUGHT: KindStyle("#7048E8", "#F3F0FF"),
    Kind.EMOTION: KindStyle("#F08C00", "#FFF4E6"),
    Kind.PAIN_POINT: KindStyle("#E03131", "#FFF5F5"),
    Kind.OPPORTUNITY: KindStyle("#2F9E44", "#EBFBEE"),
    Kind.KPI: KindStyle("#3B5BDB", "#EDF2FF"),
    Kind.BACKSTAGE: KindStyle("#868E96", "#F1F3F5"),
    Kind.TEXT: KindStyle("#E67700", "#FFF9DB"),
}

# Glyphs present in DejaVu Sans, so the icon prints exactly as it shows.
CHANNEL_GLYPHS: dict[Channel, str] = {
    Channel.WEB: "◎",
    Channel.MOBILE_APP: "▣",
    Channel.STORE: "⌂",
    Channel.EMAIL: "✉",
    Channel.SOCIAL: "♥",
    Channel.PHONE_CHAT: "☎",
    Channel.ADVERTISING: "⚑",
    Channel.EVENT: "★",
    Channel.WORD_OF_MOUTH: "☺",
    Channel.OTHER: "◆",
}


def tint(hex_color: str, amount: float = 0.88) -> str:
    """Mix a colour with white: a card's fill from a user-chosen accent."""
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def kind_style(kind: Kind, color: str | None) -> KindStyle:
    if color:
        return KindStyle(color, tint(color))
    return KIND_STYLES[kind]

# The jobs panel's colour: a job's drag chip, and the badge it leaves on a card that serves it.
JOB_COLOR = "#7048E8"
