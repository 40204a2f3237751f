package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The committed short forms are what the generator writes from the packaged division table. */
class PlaceShortFormsTest {

	@Test
	void committedShortFormsAreUpToDate() throws IOException {
		assertThat(Files.readString(PlaceShortFormsGenerator.TARGET, StandardCharsets.UTF_8))
			.isEqualTo(PlaceShortFormsGenerator.generate());
	}

	@Test
	void shortFormsDropTheUnitWordAndTheNamesOfPeoples() {
		String csv = PlaceShortFormsGenerator.generate();
		assertThat(csv).contains("\n菏泽,3717,y\n", "\n郓城,371725,", "\n延边,2224,", "\n黔东南,5226,", "\n内蒙古,15,")
			.doesNotContain("\n阳谷,", "\n牡丹,");
	}

}
