package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PageDecoderTest {

	private static final String PAGE = "东昌府区道口铺街道中心学校代屯小学举行国学经典诵读比赛\r\n\r\n为弘扬中华优秀传统文化，日前，学校举办了比赛。";

	private final PageDecoder decoder = new PageDecoder(1024 * 1024);

	@Test
	void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
		byte[] plain = PAGE.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[plain.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(plain, 0, bom, 3, plain.length);
		assertThat(decoder.decode(plain).text()).isEqualTo(PAGE);
		assertThat(decoder.decode(bom).text()).isEqualTo(PAGE);
	}

	@Test
	void detectsGb18030AndGbkPages() throws Exception {
		String seed = Files.readString(Path.of("seeds/pages/001_135848705475fdba.txt"));
		for (String charset : new String[] { "GB18030", "GBK" }) {
			PageDecoder.DecodedPage page = decoder.decode(seed.getBytes(Charset.forName(charset)));
			assertThat(page.text()).as(charset).isEqualTo(seed);
		}
	}

	@Test
	void rejectsAnEmptyOrBlankFile() {
		assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(BadPageException.class).hasMessage("empty file");
		assertThatThrownBy(() -> decoder.decode(" \r\n\t\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("whitespace only");
	}

	@Test
	void rejectsABinaryFile() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> decoder.decode(png)).isInstanceOf(BadPageException.class).hasMessageContaining("binary");
	}

	@Test
	void rejectsAFileOverTheSizeLimit() {
		byte[] big = new byte[2048];
		java.util.Arrays.fill(big, (byte) 'a');
		assertThatThrownBy(() -> new PageDecoder(1000).decode(big)).hasMessageContaining("over the limit of 1000");
	}

	@Test
	void rejectsBytesThatAreNeitherUtf8NorAChineseEncoding() {
		byte[] junk = new byte[600];
		for (int i = 0; i < junk.length; i++) {
			junk[i] = (byte) (i % 2 == 0 ? 0xFF : 0x81 + i % 7);
		}
		assertThatThrownBy(() -> decoder.decode(junk)).isInstanceOf(BadPageException.class).hasMessageContaining("cannot decode");
	}

	@Test
	void readsUtf16WithoutByteOrderMarkButStillRejectsBinaryWithNulBytes() throws Exception {
		assertThat(decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(PAGE);
		assertThat(decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(PAGE);
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0xB7, 0x5A };
		assertThatThrownBy(() -> decoder.decode(zip)).hasMessageContaining("binary");
	}

	@Test
	void aPageWithoutChineseIsRejectedWithTheReason() {
		assertThatThrownBy(() -> decoder.decode("City council meets on Monday.\nThe budget was approved.".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(BadPageException.class)
			.hasMessageContaining("no Chinese characters");
	}

	@Test
	void aTraditionalCharacterPageInBig5IsDecodedAsPrinted() throws Exception {
		String page = "東昌府區開展志願服務活動\n\n本報訊 近日，東昌府區組織志願者開展服務活動，受到群眾歡迎。";
		assertThat(decoder.decode(page.getBytes(java.nio.charset.Charset.forName("Big5"))).text()).isEqualTo(page);
	}

}
