"""Every built-in stage, by versioned name. The one place stages are registered;
``tests/test_registrations.py`` snapshots this table so renames are deliberate."""

BUILTIN_STAGES: dict[str, str] = {
    "rasd.text.v1": "rasd.stages.text:TextStage",
    "rasd.layout.v1": "rasd.stages.layout:LayoutStage",
    "rasd.mentions.crf.v1": "rasd.stages.mentions:MentionStage",
    "rasd.entities.v1": "rasd.stages.entities:EntitiesStage",
    "rasd.time.v1": "rasd.stages.time:TimeStage",
    "rasd.events.v1": "rasd.stages.events:EventsStage",
    "rasd.claims.v1": "rasd.stages.claims:ClaimsStage",
    "rasd.checks.v1": "rasd.stages.checks:ChecksStage",
}
