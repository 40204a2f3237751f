-- The labelling queue reads a model's least confident classifications first.
CREATE INDEX ix_classification_model_confidence ON classification (model_version, confidence);
