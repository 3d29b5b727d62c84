<?php
$s = "\u{48}\u{49}";
var_dump($s);
var_dump(strlen("\u{e9}"));
var_dump(strlen("\u{20AC}"));
var_dump(strlen("\u{1F600}"));
var_dump("\u{0000041}");
var_dump('\u{41}');
var_dump("\u{00e9}" === "\xC3\xA9");
