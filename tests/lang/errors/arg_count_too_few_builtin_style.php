<?php
function three($a, $b, $c) { return 0; }
three(1, 2);
