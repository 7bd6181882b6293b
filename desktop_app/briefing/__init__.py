"""The briefing note: a ReportLab builder following shared/design/BRIEF-FORMAT.md (no Qt)."""
