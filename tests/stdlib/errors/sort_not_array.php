<?php
$s = "str";
sort($s);
