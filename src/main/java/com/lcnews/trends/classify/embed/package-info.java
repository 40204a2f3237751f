/**
 * The sentence-embedding engine behind the classify API: bge-small-zh-v1.5 as ONNX run by ONNX Runtime with its
 * Hugging Face tokenizer (DJL), loaded from jars on the classpath. The only package that imports {@code ai.onnxruntime}
 * or {@code ai.djl}; its public type {@link com.lcnews.trends.classify.embed.Encoders} hands out
 * {@link com.lcnews.trends.classify.TextEncoder}s. Plain Java, no Spring: a Spark job can run it as it is.
 */
package com.lcnews.trends.classify.embed;
