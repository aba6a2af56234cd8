package org.motcua.calendar;

/**
 * Instants of true new moons, after J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49,
 * with ΔT from the Espenak–Meeus polynomials. Accurate to well under a minute for the years
 * supported, which is enough to tell on which side of local midnight a new moon falls in all but
 * a handful of far-future months.
 *
 * <p>ICU's astronomy is accurate only to several minutes, so a new moon close to midnight at
 * UTC+7 can land on the wrong day (for example 24 September 1995, the first day of the leap
 * eighth month). {@link LunarYear} uses this class to check each month's first day.
 */
final class NewMoon {

	private static final double JD_UNIX_EPOCH = 2_440_587.5;

	private static final double SYNODIC_MONTH = 29.530588861;

	/** Julian Ephemeris Day of the first new moon of 2000 (k = 0). */
	private static final double JDE_K0 = 2_451_550.09766;

	private NewMoon() {
	}

	/**
	 * The local date (as an epoch day) of the new moon nearest to noon of {@code approxEpochDay}.
	 *
	 * @param utcOffsetHours the offset of the local meridian
	 */
	static long localEpochDayNear(long approxEpochDay, double utcOffsetHours) {
		double target = approxEpochDay + 0.5;
		long k = Math.round((target + JD_UNIX_EPOCH - JDE_K0) / SYNODIC_MONTH);
		double best = Double.NaN;
		for (long candidate = k - 1; candidate <= k + 1; candidate++) {
			double local = localEpochDays(candidate, utcOffsetHours);
			if (Double.isNaN(best) || Math.abs(local - target) < Math.abs(best - target)) {
				best = local;
			}
		}
		return (long) Math.floor(best);
	}

	/** The new moon number {@code k} as fractional days since 1970-01-01T00:00 local time. */
	static double localEpochDays(long k, double utcOffsetHours) {
		double jde = julianEphemerisDay(k);
		double year = 2000 + (jde - 2_451_545.0) / 365.25;
		double jdUt = jde - deltaTSeconds(year) / 86_400.0;
		return jdUt - JD_UNIX_EPOCH + utcOffsetHours / 24.0;
	}

	private static double julianEphemerisDay(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double t4 = t3 * t;
		double jde = JDE_K0 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
		double e = 1 - 0.002516 * t - 0.0000074 * t2;
		double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
		double mp = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
		double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
		double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
		double correction = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
				+ 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
				+ 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
				+ 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
				+ 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(omega)
				- 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
				+ 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
				- 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
				- 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
		double[] arguments = { 299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
				349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
				154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
				161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k };
		double[] coefficients = { 0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056,
				0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023 };
		double planetary = 0;
		for (int i = 0; i < arguments.length; i++) {
			planetary += coefficients[i] * Math.sin(Math.toRadians(arguments[i]));
		}
		return jde + correction + planetary;
	}

	/** ΔT = TT − UT in seconds (Espenak and Meeus, NASA Five Millennium Canon). */
	static double deltaTSeconds(double year) {
		double t;
		if (year < 1900) {
			t = year - 1860;
			return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t - 0.0004473624 * t * t * t * t
					+ t * t * t * t * t / 233_174;
		}
		if (year < 1920) {
			t = year - 1900;
			return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
		}
		if (year < 1941) {
			t = year - 1920;
			return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
		}
		if (year < 1961) {
			t = year - 1950;
			return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
		}
		if (year < 1986) {
			t = year - 1975;
			return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
		}
		if (year < 2005) {
			t = year - 2000;
			return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
					+ 0.00002373599 * t * t * t * t * t;
		}
		if (year < 2050) {
			t = year - 2000;
			return 62.92 + 0.32217 * t + 0.005589 * t * t;
		}
		double u = (year - 1820) / 100;
		if (year < 2150) {
			return -20 + 32 * u * u - 0.5628 * (2150 - year);
		}
		return -20 + 32 * u * u;
	}
}
