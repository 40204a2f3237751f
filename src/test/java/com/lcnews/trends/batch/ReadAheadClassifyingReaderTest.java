package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.testing.KeywordTopicClassifier;

class ReadAheadClassifyingReaderTest {

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	private final ArticleClassificationProcessor processor = new ArticleClassificationProcessor(
			new KeywordTopicClassifier("kw-1"));

	/** Article ids 1..34 without the multiples of 3 (gaps, as after deletions), in pages of 4 in id order. */
	private final List<Long> stored = LongStream.rangeClosed(1, 34).filter(id -> id % 3 != 0).boxed().toList();

	private final List<Long> askedAfter = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopPool() {
		pool.shutdownNow();
	}

	@Test
	void handsOutEveryArticleOnceInIdOrderWithItsClassification() throws Exception {
		ReadAheadClassifyingReader reader = reader(pages(stored), 4, 2);
		reader.open(new ExecutionContext());

		List<Long> read = readAll(reader);
		reader.close();

		assertThat(read).isEqualTo(stored);
		assertThat(askedAfter).startsWith(Long.MIN_VALUE, 5L, 11L);
	}

	@Test
	void restartsAfterTheLastArticleHandedOutBeforeTheSavedChunk() throws Exception {
		ReadAheadClassifyingReader first = reader(pages(stored), 4, 2);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		for (int i = 0; i < 2; i++) {
			assertThat(first.read().assignments()).hasSize(4);
		}
		first.update(context);
		ExecutionContext saved = new ExecutionContext(context);
		first.read(); // handed out but never committed: a crash here loses it from the state
		first.close();

		ReadAheadClassifyingReader again = reader(pages(stored), 4, 2);
		again.open(saved);
		List<Long> rest = readAll(again);
		again.update(saved);
		again.close();

		assertThat(context.getLong(ReadAheadClassifyingReader.LAST_ID)).isEqualTo(stored.get(7));
		assertThat(context.getLong(ReadAheadClassifyingReader.ARTICLES)).as("articles written by the first execution")
			.isEqualTo(8);
		assertThat(rest).isEqualTo(stored.subList(8, stored.size()));
		assertThat(saved.getLong(ReadAheadClassifyingReader.ARTICLES)).as("articles written by the second one")
			.isEqualTo(stored.size() - 8);
	}

	@Test
	void aFullLastPageEndsWithAnEmptyPage() throws Exception {
		List<Long> eight = stored.subList(0, 8);
		ReadAheadClassifyingReader reader = reader(pages(eight), 4, 1);
		reader.open(new ExecutionContext());

		assertThat(readAll(reader)).isEqualTo(eight);
		assertThat(reader.read()).isNull();
		reader.close();
	}

	@Test
	void aPageThatCannotBeReadFailsTheReadNamingWhere() throws Exception {
		LongFunction<List<Article>> failing = after -> {
			if (after >= 5) {
				throw new IllegalStateException("database went away");
			}
			return pages(stored).apply(after);
		};
		ReadAheadClassifyingReader reader = reader(failing, 4, 2);
		reader.open(new ExecutionContext());
		assertThat(reader.read().assignments()).hasSize(4);

		assertThatThrownBy(reader::read).isInstanceOf(ItemStreamException.class)
			.hasMessageContaining("after id 5")
			.hasMessageContaining("database went away");
		reader.close();
	}

	private ReadAheadClassifyingReader reader(LongFunction<List<Article>> pageAfter, int pageSize, int ahead) {
		return new ReadAheadClassifyingReader(
				after -> pageAfter.apply(after).stream().map(ArticleToClassify::of).toList(), pageSize, processor, pool,
				ahead);
	}

	private LongFunction<List<Article>> pages(List<Long> ids) {
		return after -> {
			askedAfter.add(after);
			return ids.stream().filter(id -> id > after).limit(4).map(ReadAheadClassifyingReaderTest::article).toList();
		};
	}

	private static List<Long> readAll(ReadAheadClassifyingReader reader) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (ClassifiedPage page = reader.read(); page != null; page = reader.read()) {
			for (Future<TopicAssignment> next : page.assignments()) {
				TopicAssignment assignment = next.get();
				assertThat(assignment.topic()).isEqualTo("education");
				ids.add(assignment.articleId());
			}
		}
		return ids;
	}

	private static Article article(long id) {
		return new Article(id, "test.txt", (int) id, "学校 " + id, null, "学生和教师在学校", null, ArticleKind.ARTICLE,
				null, DatePrecision.UNKNOWN, null, null, null);
	}

}
