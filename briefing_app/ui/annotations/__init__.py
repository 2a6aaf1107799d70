"""The analyst's annotations: the annotate actions, the dialog, the panel and the Problems panel."""
