"""orbat: documents about armed forces in, sourced and queryable facts out."""
from orbat.errors import InvalidInput, NotFound, OrbatError
from orbat.kb import KnowledgeBase
from orbat.records import Document, Fact, Mention
from orbat.settings import Settings, load_settings

__version__ = "0.1.0"
__all__ = ["KnowledgeBase", "Document", "Fact", "Mention", "Settings", "load_settings",
           "OrbatError", "NotFound", "InvalidInput", "__version__"]
