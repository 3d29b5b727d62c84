<?php
$ch = new go\Chan(1);
select(['default', function () {}], 'case');
echo "not reached\n";
