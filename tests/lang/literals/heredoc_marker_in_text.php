<?php
$s = <<<END
  ENDING is not a marker (identifier continues)
this line mentions END
END_X neither
END;
var_dump($s);
$t = <<<END
a
END . " concat after";
var_dump($t);
$u = [<<<END
in array
END, 'next'];
var_dump($u);
