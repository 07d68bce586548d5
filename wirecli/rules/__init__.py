"""One pure module per field.  Each takes text (and offsets) and returns values with spans."""
