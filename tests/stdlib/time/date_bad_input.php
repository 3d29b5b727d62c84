<?php
// Bad input never crashes: numbers too large for their fields, years beyond range, malformed durations.
foreach (['P1Y1Y', 'P99999999999999999999Y', 'P1M1DT1M', 'PT1M1M', 'P1W3D', 'P', 'PT', 'P1', 'P1YT'] as $s) {
    try { $i = new DateInterval($s); echo $s, ' => ', $i->format('%y %m %d %h %i %s'), "\n"; } catch (Exception $e) { echo $s, ' => ', get_class($e), ': ', $e->getMessage(), "\n"; }
}
foreach (['@99999999999999999999', '@', '99:99', '10/99/2024', '0am', '13pm'] as $s) {
    echo json_encode($s), ' ', var_export(strtotime($s, 1700000000), true), ' ';
    try { new DateTime($s); echo "ok\n"; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
}
