package com.lcnews.trends.ingest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shape tests on folded lines: sentence ends, bylines, captions, page furniture, headlines, datelines. */
final class LineShapes {

	/** Longest line still taken for a headline. */
	static final int HEADLINE_MAX = 40;

	private static final Pattern PAREN_BYLINE = Pattern
		.compile("\\(([\\p{IsHan}·A-Za-z/ ]{2,30})\\)$");

	private static final Pattern TEXT_BYLINE = Pattern.compile(
			"^[□■◇◆●]?\\s*(?:[\\p{IsHan}·]{2,12}\\s+)?(?:文/图|图/文|文图|文|图|摄影|本报记者|本报通讯员|融媒体记者|记者|通讯员|实习生)[\\s:]*[\\p{IsHan}·]{2,4}"
					+ "(?:\\s+[\\p{IsHan}·]{2,4}|\\s+(?:记者|通讯员|摄影|摄)(?=\\s|$))*(?:\\s*摄)?$");

	private static final Pattern TRAILING_TEXT_BYLINE = Pattern.compile(
			"(?<=[。!?”])\\s*((?:文/图|图/文|文|图|本报记者|记者|通讯员)[\\s:]*[\\p{IsHan}·]{2,4}(?:\\s+[\\p{IsHan}·]{2,4})*(?:\\s*摄)?)$");

	private static final Pattern CAPTION = Pattern
		.compile("^[▲△▼■□●◆◇※]|[(](?:左|右|中|前排|后排)[一二三四五六七八九十0-9]*[)]|^图为|^图[:片]");

	private static final Pattern FURNITURE = Pattern.compile(
			"星期[一二三四五六日天]|^(?:责任编辑|责编|编辑|美编|校对|版式|组版|审读|审校|排版)[:\\s]|^第?[A-Z]?\\d{1,2}版|^[A-Z]\\d{1,2}$"
					+ "|^\\(?责任编辑[:\\s]|\\s(?:责任编辑|编辑|来源)[:\\s]*[\\p{IsHan}·]{2,4}$");

	/** A publication time as web and e-paper pages print it: 2023-03-21 16:05, with a label or source around it. */
	static final Pattern DATE_TIME = Pattern
		.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)(?!\\d)");

	private static final Pattern SIGNATURE_DATE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

	private static final Pattern NOTICE_TITLE = Pattern
		.compile("(?:公告|声明|启事|通告|通知|寻亲|遗失|注销|招聘|拍卖|挂失|讣告|招标)");

	private static final Pattern AD_MARK = Pattern.compile("公益广告|广告热线|^广告$");

	static final Pattern DATELINE = Pattern.compile("^(?:本报)?([\\p{IsHan}]{0,8}?)(?:(\\d{4})年)?(?:(\\d{1,2})月)?(?:(\\d{1,2})日)?(?:讯(?![员息号录问])|(?<=日)电)\\s*(?:\\(([^()]{1,40})\\))?");

	private static final String OPENERS = "为|据|在|随着|近日|日前|近期|今年|目前|截至|截止|自|经|由于|通过|根据|按照|为了|围绕|针对|当前|连日来"
			+ "|昨日|昨天|今日|今天|前不久|近年来|去年|本学期|暑假|寒假|上午|下午";

	private static final Pattern LEAD_OPENER = Pattern.compile("^(?:" + OPENERS + ")");

	private LineShapes() {
	}

	/** Whether a line ends a sentence (or a salutation): then a following blank line is a real paragraph break. */
	static boolean endsSentence(CharSequence line) {
		int i = line.length() - 1;
		while (i >= 0 && Character.isWhitespace(TextNormalizer.fold(line.charAt(i)))) {
			i--;
		}
		if (i < 0) {
			return true;
		}
		char c = TextNormalizer.fold(line.charAt(i));
		if ("。!?…;:".indexOf(c) >= 0) {
			return true;
		}
		if ("”’」』\"".indexOf(c) >= 0 && i > 0) {
			return "。!?…".indexOf(TextNormalizer.fold(line.charAt(i - 1))) >= 0;
		}
		return false;
	}

	/** A whole line that is a byline: "(融媒体 裴崇旭)", "记者 李璇 通讯员 张蕾", "文/图 记者 黄啟峰". */
	static boolean isByline(String line) {
		String s = line.strip();
		if (s.length() > 40) {
			return false;
		}
		if (s.startsWith("(") && PAREN_BYLINE.matcher(s).matches()) {
			return true;
		}
		boolean candidate = s.indexOf('记') >= 0 || s.indexOf('通') >= 0 || s.indexOf('文') >= 0 || s.indexOf('图') >= 0
				|| s.indexOf('摄') >= 0 || s.indexOf('实') >= 0;
		return candidate && TEXT_BYLINE.matcher(s).matches();
	}

	/** Start of a byline at the end of a paragraph line (as printed or folded), or -1. */
	static int trailingByline(String line) {
		String s = stripEnd(line);
		int offset = Math.max(0, s.length() - 48);
		String tail = TextNormalizer.fold(s.substring(offset));
		if (tail.isEmpty()) {
			return -1;
		}
		if (tail.endsWith(")")) {
			Matcher m = PAREN_BYLINE.matcher(tail);
			if (m.find()) {
				int start = offset + m.start();
				if (start == 0 || endsSentence(s.subSequence(0, start))) {
					return start;
				}
			}
			return -1;
		}
		if (tail.indexOf('记') < 0 && tail.indexOf('通') < 0 && tail.indexOf('文') < 0 && tail.indexOf('图') < 0) {
			return -1;
		}
		Matcher m = TRAILING_TEXT_BYLINE.matcher(tail);
		return m.find() ? offset + m.start(1) : -1;
	}

	static boolean isCaption(String line) {
		if (line.length() > 80 || line.isEmpty()) {
			return false;
		}
		boolean candidate = "▲△▼■□●◆◇※图 ".indexOf(line.charAt(0)) >= 0 || line.indexOf('(') >= 0;
		return candidate && CAPTION.matcher(line.strip()).find() && !endsSentence(line);
	}

	static boolean isFurniture(String line) {
		String s = line.strip();
		if (!s.isEmpty() && s.length() <= 40 && mayBeFurniture(s) && FURNITURE.matcher(s).find()) {
			return true;
		}
		return s.length() <= 100 && s.indexOf(':') > 0 && s.indexOf('-') > 0 && DATE_TIME.matcher(s).find();
	}

	/** Cheap test before the furniture pattern: a weekday, a page label, or an editor's or source's name. */
	private static boolean mayBeFurniture(String s) {
		char first = s.charAt(0);
		return first == '第' || first >= 'A' && first <= 'Z' || first == '(' || s.indexOf('期') > 0 || s.indexOf('编') >= 0
				|| s.indexOf('版') >= 0
				|| s.indexOf('校') >= 0 || s.indexOf('审') >= 0 || s.indexOf('排') >= 0 || s.indexOf('源') > 0
				|| s.indexOf('组') >= 0;
	}

	static boolean isSignatureDate(String line) {
		String s = line.strip();
		return SIGNATURE_DATE.matcher(s).matches() || SIGNATURE_DATE.matcher(arabicDate(s)).matches();
	}

	private static final Pattern HAN_DATE = Pattern
		.compile("^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$");

	/** A date line in Chinese numerals (二〇二一年六月十日) in Arabic digits (2021年6月10日); other text unchanged. */
	static String arabicDate(String line) {
		Matcher m = HAN_DATE.matcher(line);
		if (!m.matches()) {
			return line;
		}
		StringBuilder year = new StringBuilder();
		for (char c : m.group(1).toCharArray()) {
			year.append("〇一二三四五六七八九".indexOf(c == '○' || c == '零' ? '〇' : c));
		}
		return year + "年" + hanNumber(m.group(2)) + "月" + hanNumber(m.group(3)) + "日";
	}

	private static int hanNumber(String s) {
		String digits = "〇一二三四五六七八九";
		int ten = s.indexOf('十');
		if (ten < 0) {
			return digits.indexOf(s.charAt(0));
		}
		int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
		int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
		return tens * 10 + units;
	}

	static boolean isNoticeTitle(String headline) {
		return headline != null && headline.length() <= 16 && NOTICE_TITLE.matcher(headline).find();
	}

	static boolean isAdMark(String line) {
		return line.contains("广告") && AD_MARK.matcher(line.strip()).find();
	}

	/** A short line without sentence punctuation that does not end a sentence. */
	static boolean isHeadlineShaped(String line) {
		String s = line.strip();
		if (s.isEmpty() || s.length() > HEADLINE_MAX || endsSentence(s)) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (",。;!?".indexOf(s.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** A short line that does not end a sentence, commas allowed (a sub-headline can have them). */
	static boolean isShortOpen(String line) {
		String s = line.strip();
		return !s.isEmpty() && s.length() <= HEADLINE_MAX + 5 && !endsSentence(s);
	}

	private static final Pattern DATE_START = Pattern.compile("^\\d{1,4}[年月]");

	/** Whether a paragraph opens like the lead of a news item: a dateline, a date, or an opener such as 近日 or 为. */
	static boolean opensNewsItem(String line) {
		String s = line.strip();
		return startsWithDateline(s) || startsLikeLead(s) || DATE_START.matcher(s).find();
	}

	static boolean startsLikeLead(String line) {
		return LEAD_OPENER.matcher(line.strip()).find();
	}

	static boolean startsWithDateline(String line) {
		return mayHaveDateline(line) && DATELINE.matcher(line.strip()).find();
	}

	/** Cheap test before the dateline pattern: a dateline has 讯 or 电 within its first characters. */
	static boolean mayHaveDateline(CharSequence text) {
		int end = Math.min(text.length(), 24);
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == '讯' || c == '电') {
				return true;
			}
		}
		return false;
	}

	static String stripEnd(String s) {
		int end = s.length();
		while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(0, end);
	}

}
