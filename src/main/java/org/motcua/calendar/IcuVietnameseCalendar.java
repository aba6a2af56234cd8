package org.motcua.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * ICU's Chinese calendar with its astronomy done at UTC+7, the meridian the Vietnamese lunar
 * calendar uses, instead of China's UTC+8. Fields are read in GMT so that a civil date maps to
 * midnight GMT of the same date. Not thread-safe, like every ICU calendar: create one per use.
 */
final class IcuVietnameseCalendar extends ChineseCalendar {

	private static final long serialVersionUID = 1L;

	private static final TimeZone VIETNAM_MERIDIAN = new SimpleTimeZone(7 * 3_600_000, "UTC+07:00").freeze();

	IcuVietnameseCalendar() {
		super(TimeZone.GMT_ZONE, ULocale.ROOT, VIETNAM_MERIDIAN);
	}
}
