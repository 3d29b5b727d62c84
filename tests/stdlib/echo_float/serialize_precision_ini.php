<?php
var_dump(0.1 + 0.2);
var_export(0.1); echo "\n";
echo json_encode(0.1 + 0.2), "\n";
echo 0.1 + 0.2, "\n";
