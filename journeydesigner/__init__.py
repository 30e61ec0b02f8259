"""Journey Designer: customer journey maps, designed offline."""

__version__ = "0.1.0"
