"""eventx: Arabic news to structured security-incident records."""
__version__ = "0.1.0"
