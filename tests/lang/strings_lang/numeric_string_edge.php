<?php
foreach (["1", " 1", "1 ", "1.", ".1", "1e", "1e5", "-1", "+1", "0x1", "1_000", "", " ", "١"] as $s) {
    echo var_export($s, true), ": ", var_export(is_numeric($s), true), "\n";
}
var_dump("1." + 1, ".5" + 1, "1e5" + 0, "+1" + 0);
