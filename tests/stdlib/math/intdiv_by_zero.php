<?php
var_dump(intdiv(1, 0));
