package com.lcnews.trends.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page file into text: UTF-8 with or without BOM, UTF-16 with BOM, otherwise the charset
 * juniversalchardet detects (GB2312 and GBK are read as their superset GB18030), with GB18030 as the last try.
 * Empty, oversized, binary and undecodable files are rejected with a reason.
 */
public final class PageDecoder {

	/** Decoded text and the charset it was read with. */
	public record DecodedPage(String text, Charset charset) {
	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final long maxBytes;

	public PageDecoder(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** Decodes a page; the exception message is the reason for a rejection. */
	public DecodedPage decode(byte[] bytes) throws BadPageException {
		if (bytes.length == 0) {
			throw new BadPageException("empty file");
		}
		if (bytes.length > maxBytes) {
			throw new BadPageException("file has " + bytes.length + " bytes, over the limit of " + maxBytes);
		}
		DecodedPage page = decodeBytes(bytes);
		checkText(page.text());
		return page;
	}

	private DecodedPage decodeBytes(byte[] bytes) throws BadPageException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		if (hasNul(bytes)) {
			return utf16WithoutBom(bytes);
		}
		try {
			return strictOrThrow(bytes, 0, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException notUtf8) {
			Charset detected = detect(bytes);
			try {
				return strictOrThrow(bytes, 0, detected);
			}
			catch (CharacterCodingException ex) {
				throw new BadPageException("cannot decode: neither valid UTF-8 nor " + detected.name());
			}
		}
	}

	/** Text with NUL bytes is UTF-16 without BOM when it decodes to mostly Chinese text; else the file is binary. */
	private static DecodedPage utf16WithoutBom(byte[] bytes) throws BadPageException {
		for (Charset charset : new Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
			try {
				DecodedPage page = strictOrThrow(bytes, 0, charset);
				if (bytes.length % 2 == 0 && mostlyText(page.text())) {
					return page;
				}
			}
			catch (CharacterCodingException ex) {
				// not this byte order
			}
		}
		throw new BadPageException("binary file (contains NUL bytes), not page text");
	}

	private static boolean mostlyText(String text) {
		int han = 0;
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (TextNormalizer.isHan(c)) {
				han++;
			}
			else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
				control++;
			}
		}
		boolean punctuated = text.indexOf('\n') >= 0 || text.indexOf('，') >= 0 || text.indexOf('。') >= 0;
		return han * 5 >= text.length() * 2 && control == 0 && punctuated;
	}

	private static Charset detect(byte[] bytes) {
		UniversalDetector detector = new UniversalDetector();
		detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
		detector.dataEnd();
		String name = detector.getDetectedCharset();
		if (name == null || name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK")
				|| name.equalsIgnoreCase("HZ-GB-2312") || !Charset.isSupported(name)) {
			return GB18030;
		}
		return Charset.forName(name);
	}

	private static DecodedPage strict(byte[] bytes, int offset, Charset charset) throws BadPageException {
		try {
			return strictOrThrow(bytes, offset, charset);
		}
		catch (CharacterCodingException ex) {
			throw new BadPageException("cannot decode as " + charset.name() + " although the file starts with its BOM");
		}
	}

	private static DecodedPage strictOrThrow(byte[] bytes, int offset, Charset charset)
			throws CharacterCodingException {
		String text = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
			.toString();
		return new DecodedPage(text, charset);
	}

	private static void checkText(String text) throws BadPageException {
		int control = 0;
		boolean content = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u4E00' && c <= '\u9FFF') {
				content = true;
				continue;
			}
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
				control++;
			}
			else if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '\u3000') {
				content = true;
			}
		}
		if (control > Math.max(2, text.length() / 100)) {
			throw new BadPageException("binary file (" + control + " control characters), not page text");
		}
		if (!content) {
			throw new BadPageException("empty file (whitespace only)");
		}
		if (text.chars().noneMatch(c -> TextNormalizer.isHan((char) c))) {
			throw new BadPageException("no Chinese characters: not the text of a Chinese newspaper page");
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasNul(byte[] bytes) {
		int limit = Math.min(bytes.length, 64 * 1024);
		for (int i = 0; i < limit; i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

}
