"""The one layout computation: model to rectangles, wrapped lines and curve points, shared by the canvas and
every exporter. No Qt."""
