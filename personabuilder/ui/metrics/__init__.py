"""Stage metrics: the table, the charts beside it and CSV import."""
