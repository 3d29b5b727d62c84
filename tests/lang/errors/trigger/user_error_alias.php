<?php
user_error("via alias");
user_error("via alias warning", E_USER_WARNING);
var_dump(user_error("dep", E_USER_DEPRECATED));
