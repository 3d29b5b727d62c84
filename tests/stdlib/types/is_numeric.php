<?php
foreach (["1e3", " 12", "12 ", "0x1A", ".5", "-", "5.", "-.5", "+1", "1e", "1e+5", " ", "", "12abc", "0b11", "0o17",
          "017", "1_000", "\t\n 3", "3\n", "INF", "NAN", "-0", "1.5e-3", "  -1.2E+4  ", "--1", "+.1", ".", "0.", "1 2"] as $s) {
    echo str_pad(json_encode($s), 16), " => ", var_export(is_numeric($s), true), "\n";
}
var_dump(is_numeric(12), is_numeric(1.5), is_numeric(NAN), is_numeric(INF), is_numeric(null), is_numeric(true));
