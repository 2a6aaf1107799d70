"""The source texts: the source view and its highlighter, the sources panel, find bar and
the evidence tooltip."""
