<?php $items = ['a', 'b']; $n = 2; ?>
<?php if ($n > 1): ?>
many
<?php elseif ($n == 1): ?>
one
<?php else: ?>
none
<?php endif; ?>
<?php foreach ($items as $i => $item): ?>
- <?= $i ?>: <?= $item ?>

<?php endforeach; ?>
<?php for ($i = 0; $i < 2; $i++): echo $i; endfor; ?>

<?php while ($n > 0): echo $n--; endwhile; ?>

<?php switch ($n): ?>
<?php case 0: ?>
zero
<?php break; ?>
<?php default: ?>
other
<?php endswitch; ?>
