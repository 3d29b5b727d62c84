<?php
echo str_repeat("x", "three"), "\n";
