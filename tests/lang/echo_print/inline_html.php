Header line
<?php echo "php output\n"; ?>
Middle line
<?php $x = 5 ?>
x is <?= $x ?> and doubled <?= $x * 2, "!" ?>

<?php if ($x > 3) { ?>
  conditional html
<?php } ?>
Footer
