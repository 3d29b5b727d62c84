<?php
var_dump(array_keys(42));
