<?php echo "A" ?>
B
<?php echo "C" ?>

D
<?php echo "E"; ?>  trailing spaces
<?php echo "F" ?>
