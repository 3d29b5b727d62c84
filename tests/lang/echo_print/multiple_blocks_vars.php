<ul>
<?php foreach ([1, 2, 3] as $i): ?>
  <li><?= $i ?></li>
<?php endforeach ?>
</ul>
<?php $after = "kept"; ?>
<p><?= $after ?></p>
