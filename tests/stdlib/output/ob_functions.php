<?php
var_dump(ob_get_clean(), ob_get_contents(), ob_end_clean(), ob_end_flush(), ob_get_flush(), ob_get_level(), ob_get_length(), ob_flush(), ob_clean());
ob_start(); echo "abc"; $l = ob_get_length(); ob_start(); echo "x"; $lv = ob_get_level(); ob_end_flush(); $c = ob_get_contents(); ob_clean(); echo "y"; $f = ob_get_flush();
var_dump($l, $lv, $c, $f);
ob_start(); echo "zz"; ob_flush(); echo "q"; var_dump(ob_get_clean());
ob_start(); echo "unflushed at end";
