package com.lcnews.trends.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * Small files beside Parquet folders (properties, model files) on whatever file system a path names: a local folder,
 * HDFS, or an object store Hadoop can reach.
 */
final class HadoopFiles {

	private final Configuration conf;

	HadoopFiles(SparkSession spark) {
		this.conf = spark.sparkContext().hadoopConfiguration();
	}

	private FileSystem fs(String path) throws IOException {
		return new org.apache.hadoop.fs.Path(path).getFileSystem(conf);
	}

	boolean exists(String path) throws IOException {
		return fs(path).exists(new org.apache.hadoop.fs.Path(path));
	}

	void writeString(String path, String text) throws IOException {
		try (OutputStream out = fs(path).create(new org.apache.hadoop.fs.Path(path), true)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
	}

	String readString(String path) throws IOException {
		try (InputStream in = fs(path).open(new org.apache.hadoop.fs.Path(path))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Copies a local file to a path. */
	void upload(Path local, String path) throws IOException {
		fs(path).copyFromLocalFile(new org.apache.hadoop.fs.Path(local.toUri()), new org.apache.hadoop.fs.Path(path));
	}

	/** Copies a file to a local path. */
	void download(String path, Path local) throws IOException {
		try (InputStream in = fs(path).open(new org.apache.hadoop.fs.Path(path))) {
			Files.copy(in, local);
		}
	}

	/** The names of the files in a folder whose names end with {@code suffix}. */
	List<String> list(String dir, String suffix) throws IOException {
		List<String> names = new ArrayList<>();
		if (!exists(dir)) {
			return names;
		}
		for (FileStatus s : fs(dir).listStatus(new org.apache.hadoop.fs.Path(dir))) {
			if (s.isFile() && s.getPath().getName().endsWith(suffix)) {
				names.add(s.getPath().getName());
			}
		}
		return names;
	}

}
