<?= "short echo at start\n" ?>
<?= 1 + 2 ?>

<?= "a", "b" ?>
<?php
echo "\n";
