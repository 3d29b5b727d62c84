<?php
// Main blocked in a select.
$a = new go\Chan();
$b = new go\Chan();
select(['case', $a, function () {}], ['case', $b, '<-', 1, function () {}]);
