<?php
$cases = [
    '<p>Hello <b>World</b></p>',
    'a < b and c > d',
    '<a href="x>y">link</a> text',
    "<a href='it''s'>q</a>",
    '<!-- comment <b>x</b> -->after',
    '<!DOCTYPE html><html><body>hi</body></html>',
    '<?php echo "x"; ?>plain',
    '<?xml version="1.0"?><r>data</r>',
    '<script>alert("x")</script>text',
    "null\0byte<br/>",
    '<<b>>nested<</b>>',
    '<p>unclosed',
    'tail <',
    '< notatag>',
    '1 <2 3>4',
    '<br /><BR/><Br>',
    '<p class="a">p</p><i>i</i><u>u</u>',
    '<!-- a -- b --> c',
    '<a title="1>2">x</a><b title=\'<c>\'>y</b>',
    '<?= $x ?>after<? if (a > b) { } ?>end',
    '<! x > y',
];
foreach ($cases as $c) {
    var_dump(strip_tags($c), strip_tags($c, '<b><br>'), strip_tags($c, ['p', 'a']), strip_tags($c, '<P>'));
}
var_dump(strip_tags(""), strip_tags("<b>x</b>", null), strip_tags("<b>x</b><i>y</i>", "b"), strip_tags("<b>x</b>", ""), strip_tags(123));
try { strip_tags("x", new stdClass); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$f = 'strip_tags'; var_dump($f('<i>z</i>'));
