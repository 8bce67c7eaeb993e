"""amendtool: Schedule TO amendments and employee notices from a revised Offer to Exchange."""

__version__ = "0.1.0"
APP_NAME = "amendtool"
APP_DISPLAY_NAME = "Amendtool"
ORGANIZATION = "amendtool"
