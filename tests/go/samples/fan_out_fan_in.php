<?php
// The sample samples/go/fan_out_fan_in.php, run as a golden case.
require __DIR__ . '/../../../samples/go/fan_out_fan_in.php';
