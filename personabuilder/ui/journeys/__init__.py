"""Journey map editor: the studio page, the map grid and its canvas, emotion curves."""
