"""File names and format of a "customers" version directory (light: no heavy imports).

A version directory holds ``engagement.txt`` + ``engagement.json`` (LightGBM model),
``segments.json`` (K-means), ``serving_features.parquet`` (every customer's features at the
serving date), ``customers.json`` (dates, format), ``segments.png``, ``calibration.png`` and
the registry's ``metadata.json``.
"""

KIND = "customers"
PRIMARY = "roc_auc"
SEGMENTS_FILE = "segments.json"
SERVING_FILE = "serving_features.parquet"
INFO_FILE = "customers.json"
ARTIFACT_FORMAT = 1
