<?php
// join() with no routine alive returns true at once.
var_dump(go\Scheduler::join(), go\Scheduler::join(3));
