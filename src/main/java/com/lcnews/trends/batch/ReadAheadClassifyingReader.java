package com.lcnews.trends.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongFunction;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamReader;


/**
 * Reads the articles to classify page by page in id order (keyset paging) on a thread of its own, a few pages ahead
 * of the step, and starts the classification of every article of a page as soon as the page is read: while the step
 * writes one page, the articles of the next ones are already being read and classified. The step's item is a whole
 * page (its chunk is one page, one transaction), so that the step's per-item work (listeners, metrics, the step
 * scope's proxy) is paid once per page, not once per article.
 * <p>
 * Restart state: the id of the last article handed to the step, saved in the step's execution context with each
 * chunk (so committed with the chunk's writes), and beside it the number of articles this execution has handed out
 * ({@link #articlesWritten}, what progress counts: the step's own write count counts pages). Pages read ahead but not
 * yet handed out are not part of that state; after a failure or a {@code kill -9} they are simply read again. Memory
 * holds at most the page being written, {@code pagesAhead} pages waiting and the one being read.
 */
class ReadAheadClassifyingReader implements ItemStreamReader<ClassifiedPage> {

	static final String LAST_ID = "lastArticleId";

	/** Articles handed out, and so written once the chunk commits, by the step execution. */
	static final String ARTICLES = "articlesWritten";

	/** One article of a page, with its classification under way. */
	private record Pending(long articleId, Future<TopicAssignment> assignment) {
	}

	/** A page read (the last one is empty), or the reason reading failed. */
	private record Page(List<Pending> items, Exception failure) {
	}

	private final LongFunction<List<ArticleToClassify>> pageAfter;

	private final int pageSize;

	private final ArticleClassificationProcessor processor;

	private final ExecutorService classifiers;

	private final int pagesAhead;

	private BlockingQueue<Page> pages;

	private Thread pageReader;

	private boolean finished;

	private long handedOut;

	private long articles;

	/**
	 * @param pageAfter the next page of articles to classify with ids above the given one, in id order
	 * @param pageSize the size of a full page (a shorter page is the last)
	 * @param processor turns an article into its assignment; called on the classification threads
	 * @param classifiers the classification threads
	 * @param pagesAhead how many pages may wait, read and under classification, before the step takes them
	 */
	ReadAheadClassifyingReader(LongFunction<List<ArticleToClassify>> pageAfter, int pageSize,
			ArticleClassificationProcessor processor, ExecutorService classifiers, int pagesAhead) {
		if (pagesAhead < 1) {
			throw new IllegalArgumentException("pagesAhead must be at least 1, not " + pagesAhead);
		}
		this.pageAfter = pageAfter;
		this.pageSize = pageSize;
		this.processor = processor;
		this.classifiers = classifiers;
		this.pagesAhead = pagesAhead;
	}

	@Override
	public void open(ExecutionContext context) {
		handedOut = context.containsKey(LAST_ID) ? context.getLong(LAST_ID) : Long.MIN_VALUE;
		articles = 0;
		finished = false;
		pages = new ArrayBlockingQueue<>(pagesAhead);
		long after = handedOut;
		pageReader = new Thread(() -> readPages(after), "classify-reader");
		pageReader.setDaemon(true);
		pageReader.start();
	}

	@Override
	public ClassifiedPage read() throws Exception {
		if (finished) {
			return null;
		}
		Page page = pages.take();
		if (page.failure() != null) {
			finished = true;
			throw new ItemStreamException("Cannot read the next page of articles after id " + handedOut + ": "
					+ page.failure().getMessage(), page.failure());
		}
		finished = page.items().size() < pageSize;
		if (page.items().isEmpty()) {
			return null;
		}
		handedOut = page.items().get(page.items().size() - 1).articleId();
		articles += page.items().size();
		return new ClassifiedPage(page.items().stream().map(Pending::assignment).toList());
	}

	@Override
	public void update(ExecutionContext context) {
		if (handedOut != Long.MIN_VALUE) {
			context.putLong(LAST_ID, handedOut);
		}
		context.putLong(ARTICLES, articles);
	}

	/** The articles a step execution of this reader has written, as of its last committed chunk. */
	static long articlesWritten(StepExecution execution) {
		return execution.getExecutionContext().getLong(ARTICLES, 0L);
	}

	@Override
	public void close() {
		if (pageReader != null) {
			pageReader.interrupt();
			pageReader = null;
		}
		if (pages != null) {
			pages.forEach(page -> page.items().forEach(p -> p.assignment().cancel(false)));
			pages.clear();
		}
	}

	/** The page reader's loop: reads and submits pages until a short page, a failure or an interrupt. */
	private void readPages(long after) {
		try {
			while (true) {
				List<ArticleToClassify> articles;
				try {
					articles = pageAfter.apply(after);
				}
				catch (RuntimeException ex) {
					pages.put(new Page(List.of(), ex));
					return;
				}
				List<Pending> items = new ArrayList<>(articles.size());
				for (ArticleToClassify article : articles) {
					items.add(new Pending(article.article().id(), classifiers.submit(() -> processor.process(article))));
				}
				pages.put(new Page(items, null));
				if (articles.size() < pageSize) {
					return;
				}
				after = articles.get(articles.size() - 1).article().id();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
