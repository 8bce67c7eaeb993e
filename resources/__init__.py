"""Runtime assets: samples, wording templates, the house-style template and icons."""
