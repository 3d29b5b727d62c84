<?php
var_dump(NAN);
var_dump(INF);
var_dump(-INF);
var_dump(INF - INF);
var_dump(is_nan(NAN), is_infinite(-INF), is_finite(1.0));
var_dump([NAN, INF, -INF]);
var_dump(NAN == NAN);
