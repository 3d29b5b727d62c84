<?php
function hex($s) { $o = ''; for ($i = 0; $i < strlen($s); $i++) $o .= sprintf('%02x', ord($s[$i])); return $o; }
$latin = "caf\xE9";
$u = utf8_encode($latin);
echo hex($u), "\n";
echo hex(utf8_decode($u)), "\n";
echo utf8_decode("\xE2\x82\xAC and \xC3"), "\n";
