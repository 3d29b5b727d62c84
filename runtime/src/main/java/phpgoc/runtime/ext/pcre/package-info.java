/**
 * PHP's pcre extension (preg_*) on java.util.regex: {@link phpgoc.runtime.ext.pcre.PatternTranslator}
 * turns a delimited PCRE pattern into a Java {@link java.util.regex.Pattern}; without the u modifier
 * the pattern and subject are byte strings (chars 0..255), so char offsets are byte offsets.
 */
package phpgoc.runtime.ext.pcre;
