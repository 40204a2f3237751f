package com.lcnews.trends.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lcnews.trends.shared.Actors;

/**
 * Watches the drop folder: a page file (with its metadata sidecar) that has stopped growing is imported as an import
 * run of origin {@value #ORIGIN}, then moved with its sidecar to {@code done/<date>/}, or to {@code failed/<date>/}
 * with {@code <name>.reason.txt} beside it. A file imported but not yet moved when the process dies is imported
 * again after the restart: its articles are then known (same content hash) and nothing is stored twice.
 */
public final class InboxWatcher implements AutoCloseable {

	/** The import runs' origin. */
	public static final String ORIGIN = Actors.INBOX;

	private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

	private final Path inbox;

	private final IngestService ingest;

	private final Map<Path, Seen> seen = new HashMap<>();

	private ScheduledExecutorService scheduler;

	private record Seen(long size, FileTime modified) {
	}

	public InboxWatcher(Path inbox, IngestService ingest) {
		this.inbox = inbox.toAbsolutePath().normalize();
		this.ingest = ingest;
	}

	/** Creates the folder and looks at it every {@code interval} on a thread of its own. */
	public synchronized void start(java.time.Duration interval) throws IOException {
		Files.createDirectories(inbox);
		scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "inbox");
			t.setDaemon(true);
			return t;
		});
		scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
		log.info("Watching the drop folder {}", inbox);
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Drop folder {}: {}", inbox, ex.getMessage());
		}
	}

	/**
	 * One look at the folder: imports the page files that, with their sidecars, have not changed since the last look.
	 * @return how many files were imported (moved to {@code done/} or {@code failed/})
	 */
	public synchronized int poll() throws IOException {
		if (!Files.isDirectory(inbox)) {
			return 0;
		}
		Map<Path, Seen> now = new HashMap<>();
		try (Stream<Path> files = Files.list(inbox)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				now.put(file, new Seen(Files.size(file), Files.getLastModifiedTime(file)));
			}
		}
		int handled = 0;
		for (Path page : now.keySet().stream().filter(InboxWatcher::isPage).sorted().toList()) {
			Path sidecar = PageMetadata.sidecarOf(page);
			if (unchanged(page, now) && (!now.containsKey(sidecar) || unchanged(sidecar, now))) {
				handle(page);
				now.remove(page);
				now.remove(sidecar);
				handled++;
			}
		}
		seen.clear();
		seen.putAll(now);
		return handled;
	}

	private boolean unchanged(Path file, Map<Path, Seen> now) {
		return now.get(file).equals(seen.get(file));
	}

	private static boolean isPage(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && !name.endsWith(PageMetadata.SIDECAR_SUFFIX) && !name.endsWith(".part")
				&& !name.endsWith(".tmp") && !name.endsWith("~") && !name.endsWith(".reason.txt");
	}

	private void handle(Path file) throws IOException {
		ImportReport report = ingest.importPaths(List.of(file), PageMetadata.NONE, ORIGIN, ORIGIN);
		ImportReport.FileResult result = report.files().get(0);
		String day = LocalDate.now().toString();
		if (result.failed()) {
			Path target = move(file, inbox.resolve("failed").resolve(day));
			Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), result.error() + "\n",
					StandardCharsets.UTF_8);
			log.warn("Drop folder: {} failed ({}); moved to {}", file.getFileName(), result.error(), target.getParent());
		}
		else {
			Path target = move(file, inbox.resolve("done").resolve(day));
			log.info("Drop folder: imported {} ({} new articles, {} known); moved to {}", file.getFileName(),
					result.articlesNew(), result.articlesKnown(), target.getParent());
		}
	}

	/** Moves the page and its sidecar into {@code folder}, never over an earlier file of the same name. */
	private static Path move(Path file, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path target = free(folder.resolve(file.getFileName()));
		Path sidecar = PageMetadata.sidecarOf(file);
		if (Files.exists(sidecar)) {
			Files.move(sidecar, PageMetadata.sidecarOf(target), StandardCopyOption.REPLACE_EXISTING);
		}
		return Files.move(file, target);
	}

	private static Path free(Path target) {
		Path candidate = target;
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		for (int i = 1; Files.exists(candidate); i++) {
			candidate = target.resolveSibling(dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot)
					: name + "-" + i);
		}
		return candidate;
	}

	@Override
	public synchronized void close() {
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
	}

}
