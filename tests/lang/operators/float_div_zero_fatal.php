<?php
var_dump(1.5 / 0.5);
var_dump(1.5 / 0.0);
