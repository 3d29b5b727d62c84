<?php
$ch = new go\Chan(1);
select(['case', $ch, '=>', function () {}]);
