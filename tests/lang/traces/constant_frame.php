<?php
function q($n) { return constant($n); }
q("NOPE");
