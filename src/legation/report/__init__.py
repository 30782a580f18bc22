"""Reports of a dossier for people: the terminal view (:mod:`legation.report.terminal`) and the
value-to-words helpers (:mod:`legation.report.values`) every view shares."""
