<?php
$ch = new go\Chan(1);
select(['default', function () {}], [1, $ch, function () {}]);
