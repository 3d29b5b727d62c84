<?php
// error_prepend_string and error_append_string surround a displayed warning, as for any warning.
$ch = new go\Chan();
$ch->close();
$ch->close();
