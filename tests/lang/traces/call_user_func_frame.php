<?php
function k($n) { return str_repeat("ab", $n); }
call_user_func('k', -1);
