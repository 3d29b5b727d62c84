<?php
// implode(array, string) was removed in PHP 8.0
echo implode(["a", "b"], ","), "\n";
