"""Plain data shared by every package: no Qt, no files, no NLP."""

from briefing_app.model.analysis import (
    ACTOR_TYPES,
    ORGANIZATION,
    PERSON,
    PLACE,
    Actor,
    Analysis,
    Citation,
    DateMention,
    EntitySpan,
    KeyPoint,
)
from briefing_app.model.annotation import Annotation
from briefing_app.model.briefing import (
    AUTO,
    BULLET,
    EDITED,
    FIGURE,
    PARAGRAPH,
    QUOTE,
    TABLE_ROW,
    USER,
    Block,
    Briefing,
    Run,
    Section,
    Template,
    TemplateSection,
)
from briefing_app.model.dates import readable_date
from briefing_app.model.errors import BriefingError
from briefing_app.model.evidence import Evidence
from briefing_app.model.source import (
    LoadError,
    Paragraph,
    Source,
    SourceTable,
    source_id_for,
    word_count,
)

__all__ = [
    "ACTOR_TYPES",
    "AUTO",
    "BULLET",
    "EDITED",
    "FIGURE",
    "ORGANIZATION",
    "PARAGRAPH",
    "PERSON",
    "PLACE",
    "QUOTE",
    "TABLE_ROW",
    "USER",
    "Actor",
    "Analysis",
    "Annotation",
    "Block",
    "Briefing",
    "BriefingError",
    "Citation",
    "DateMention",
    "EntitySpan",
    "Evidence",
    "KeyPoint",
    "LoadError",
    "Paragraph",
    "Run",
    "Section",
    "Source",
    "SourceTable",
    "Template",
    "TemplateSection",
    "readable_date",
    "source_id_for",
    "word_count",
]
