<?php
$s = "café <b>\"naïve\"</b> & 'apos' © ® ™ € … — ½ ß Ω π ∞ ♥ \t\n!#\$%";
var_dump(htmlentities($s), htmlentities($s, ENT_NOQUOTES), htmlentities($s, ENT_COMPAT), htmlentities($s, ENT_QUOTES | ENT_HTML5));
var_dump(htmlentities($s, ENT_QUOTES | ENT_XML1), htmlentities($s, ENT_QUOTES | ENT_XHTML), htmlentities("\xe9t\xe9", ENT_QUOTES, "ISO-8859-1"));
var_dump(htmlentities("bad \xff utf8"), htmlentities("bad \xff utf8", ENT_QUOTES), htmlentities("bad \xff utf8", ENT_IGNORE), htmlentities("bad \xc3 x", ENT_SUBSTITUTE));
var_dump(htmlentities("&amp; &copy; &#169; &#xA9; &bogus; &", ENT_QUOTES, "UTF-8", false), htmlentities("&apos; &hellip;", ENT_QUOTES | ENT_XHTML, "UTF-8", false));
var_dump(html_entity_decode("&lt;p&gt; &amp;amp; &quot;q&quot; &#039;s&#039; &#39; &apos; &copy; &eacute; &hellip; &euro; &nbsp;|"));
var_dump(html_entity_decode("&#65;&#x42;&#X43; &#0; &#x110000; &#xD800; &#128; &#1; &#x7F; &#9; &#13; &bogus; &amp &#65 & end &"));
var_dump(html_entity_decode("&quot;&#34;&#039;&apos;", ENT_NOQUOTES), html_entity_decode("&quot;&#039;", ENT_COMPAT), html_entity_decode("&apos;", ENT_QUOTES | ENT_HTML5));
var_dump(html_entity_decode("&apos; &copy;", ENT_QUOTES | ENT_XHTML), html_entity_decode("&apos; &copy; &lt;", ENT_QUOTES | ENT_XML1), html_entity_decode("&NewLine;&Tab;&excl;&copy;&#13;", ENT_QUOTES | ENT_HTML5));
var_dump(html_entity_decode("&eacute;&copy;&euro;", ENT_QUOTES, "ISO-8859-1"), bin2hex(html_entity_decode("&eacute;", ENT_QUOTES, "ISO-8859-1")));
$t = get_html_translation_table(); var_dump($t);
var_dump(get_html_translation_table(HTML_SPECIALCHARS, ENT_NOQUOTES), get_html_translation_table(HTML_SPECIALCHARS, ENT_QUOTES | ENT_HTML5));
$t = get_html_translation_table(HTML_ENTITIES); var_dump(count($t), array_slice($t, 0, 8), array_slice($t, -3));
$t = get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_HTML5); var_dump(count($t), array_slice($t, 0, 6), array_slice($t, 100, 4), array_slice($t, -3));
var_dump(count(get_html_translation_table(HTML_ENTITIES, ENT_COMPAT)), count(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_XML1)), get_html_translation_table(HTML_ENTITIES, ENT_NOQUOTES | ENT_XHTML)["'"] ?? "none");
foreach (get_html_translation_table(HTML_ENTITIES) as $ch => $ent) if (html_entity_decode($ent) !== $ch) echo "mismatch $ent\n";
echo "round trip done\n";
var_dump(get_html_translation_table(HTML_SPECIALCHARS, ENT_QUOTES | ENT_XHTML), htmlspecialchars("'", ENT_QUOTES | ENT_XHTML), htmlentities("'", ENT_QUOTES | ENT_XHTML));
foreach ([ENT_QUOTES, ENT_QUOTES | ENT_HTML5, ENT_COMPAT | ENT_XHTML] as $f) {
    $t = get_html_translation_table(HTML_ENTITIES, $f, "ISO-8859-1"); echo count($t), " ";
    foreach (array_slice($t, 0, 40) as $k => $v) echo bin2hex($k), "=", $v, " ";
    echo "\n";
}
