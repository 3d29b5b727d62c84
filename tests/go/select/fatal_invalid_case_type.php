<?php
$ch = new go\Chan(1);
select(['when', $ch, function () {}]);
