"""Tables of ads (JSON Lines, CSV, Parquet): each row linted as one document."""
