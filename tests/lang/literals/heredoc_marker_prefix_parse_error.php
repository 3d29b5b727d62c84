<?php
$s = <<<END
END is not the end here
  ENDING is not a marker either
this line mentions END
END;
var_dump($s);
$t = <<<END
a
END . "concat after";
var_dump($t);
