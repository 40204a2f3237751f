package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.lcnews.trends.testing.PostgresServer;

/**
 * A store whose rollups were written before abstentions counted as low confidence is recounted by its migration:
 * on H2 and on a real PostgreSQL, a schema at version 31 with rollup rows is migrated to the newest version.
 */
class AbstentionRecountMigrationIT {

	@Test
	void h2StoreIsRecounted() {
		check(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void postgresStoreIsRecounted() {
		PostgresServer pg = PostgresServer.shared();
		check(new DriverManagerDataSource(pg.newDatabase(), pg.user(), pg.password()));
	}

	private void check(DriverManagerDataSource ds) {
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("31").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(ds);
		for (String table : List.of("topic_rollup", "topic_rollup_month")) {
			String insert = "INSERT INTO " + table + " (model_version, date_precision, bucket_start, district_code, topic, "
					+ "article_count, labelled_count, low_confidence) VALUES ('m1', 'day', DATE '2021-06-01', '371502', ?, ?, ?, ?)";
			jdbc.update(insert, "_unclassified", 7, 0, 0);
			jdbc.update(insert, "education", 5, 2, 1);
		}

		Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

		for (String table : List.of("topic_rollup", "topic_rollup_month")) {
			assertThat(jdbc.queryForList("SELECT topic || ':' || low_confidence FROM " + table + " ORDER BY topic",
					String.class)).as(table).containsExactly("_unclassified:7", "education:1");
		}
	}

}
