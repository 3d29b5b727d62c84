/**
 * ext/date's classes: DateTimeInterface, DateTime, DateTimeImmutable, DateTimeZone, DateInterval,
 * DatePeriod, the strtotime parser they share with {@code strtotime()}, and the procedural aliases
 * (date_create, date_diff, ...). Calendar math and zone rules come from java.time.
 */
package phpgoc.runtime.ext.date;
