package phpgoc.runtime.ext.date;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;

/** strftime()/gmstrftime() (deprecated in php 8.1) in the C locale, as glibc formats. */
public final class Strftime {
    private Strftime() {}

    public static Object strftime(Context ctx, Object format) { return strftime(ctx, format, null); }

    public static Object strftime(Context ctx, Object format, Object timestamp) {
        ctx.deprecated("Function strftime() is deprecated");
        Tz tz = DateTimes.defaultTz(ctx);
        return format(Args.str(format, "strftime", 1, "format"), at(timestamp, "strftime", tz));
    }

    public static Object gmstrftime(Context ctx, Object format) { return gmstrftime(ctx, format, null); }

    public static Object gmstrftime(Context ctx, Object format, Object timestamp) {
        ctx.deprecated("Function gmstrftime() is deprecated");
        return format(Args.str(format, "gmstrftime", 1, "format"), at(timestamp, "gmstrftime", Tz.offset(0))); // %Z is GMT
    }

    private static ZonedDateTime at(Object timestamp, String fn, Tz tz) {
        long t = Decl.absent(timestamp) ? System.currentTimeMillis() / 1000 : Args.toInt(timestamp, fn, 2, "timestamp");
        return (ZonedDateTime) Decl.guard(() -> Instant.ofEpochSecond(t).atZone(tz.id()));
    }

    static String format(String f, ZonedDateTime d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= f.length()) { sb.append(c); continue; }
            char x = f.charAt(++i);
            int h = d.getHour(), h12 = h % 12 == 0 ? 12 : h % 12;
            switch (x) {
                case 'a' -> sb.append(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'A' -> sb.append(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'd' -> pad(sb, d.getDayOfMonth(), 2, '0');
                case 'e' -> pad(sb, d.getDayOfMonth(), 2, ' ');
                case 'j' -> pad(sb, d.getDayOfYear(), 3, '0');
                case 'u' -> sb.append(d.getDayOfWeek().getValue());
                case 'w' -> sb.append(d.getDayOfWeek().getValue() % 7);
                case 'U' -> pad(sb, (d.getDayOfYear() + 6 - d.getDayOfWeek().getValue() % 7) / 7, 2, '0');
                case 'W' -> pad(sb, (d.getDayOfYear() + 6 - (d.getDayOfWeek().getValue() + 6) % 7) / 7, 2, '0');
                case 'V' -> pad(sb, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0');
                case 'G' -> sb.append(d.get(IsoFields.WEEK_BASED_YEAR));
                case 'g' -> pad(sb, Math.floorMod(d.get(IsoFields.WEEK_BASED_YEAR), 100), 2, '0');
                case 'b', 'h' -> sb.append(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'B' -> sb.append(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'm' -> pad(sb, d.getMonthValue(), 2, '0');
                case 'y' -> pad(sb, Math.floorMod(d.getYear(), 100), 2, '0');
                case 'Y' -> sb.append(d.getYear());
                case 'C' -> pad(sb, Math.floorDiv(d.getYear(), 100), 2, '0');
                case 'H' -> pad(sb, h, 2, '0');
                case 'k' -> pad(sb, h, 2, ' ');
                case 'I' -> pad(sb, h12, 2, '0');
                case 'l' -> pad(sb, h12, 2, ' ');
                case 'M' -> pad(sb, d.getMinute(), 2, '0');
                case 'S' -> pad(sb, d.getSecond(), 2, '0');
                case 'p' -> sb.append(h < 12 ? "AM" : "PM");
                case 'P' -> sb.append(h < 12 ? "am" : "pm");
                case 'r' -> sb.append(format("%I:%M:%S %p", d));
                case 'R' -> sb.append(format("%H:%M", d));
                case 'T', 'X' -> sb.append(format("%H:%M:%S", d));
                case 'D', 'x' -> sb.append(format("%m/%d/%y", d));
                case 'F' -> sb.append(format("%Y-%m-%d", d));
                case 'c' -> sb.append(format("%a %b %e %H:%M:%S %Y", d));
                case 's' -> sb.append(d.toEpochSecond());
                case 'z' -> {
                    int o = d.getOffset().getTotalSeconds();
                    sb.append(o < 0 ? '-' : '+');
                    pad(sb, Math.abs(o) / 3600 * 100 + Math.abs(o) / 60 % 60, 4, '0');
                }
                case 'Z' -> sb.append(d.getZone().equals(ZoneOffset.UTC) ? "GMT" : d.getZone().getId().equals("UTC") ? "UTC"
                        : phpgoc.runtime.ext.standard.Dates.abbreviation(d));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '%' -> sb.append('%');
                default -> sb.append('%').append(x);
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, long v, int w, char with) {
        String s = Long.toString(v);
        for (int k = s.length(); k < w; k++) sb.append(with);
        sb.append(s);
    }

}
