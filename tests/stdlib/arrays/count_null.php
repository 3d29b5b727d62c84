<?php
var_dump(count(null));
