"""The brief composer (Ctrl+E) and the list of earlier briefs."""
