<?php
enum E: string { case A = 'a'; }
$vals = [E::A, 'k' => E::A];
echo count($vals), "\n";
$byValue = [E::A->value => 'ok'];
print_r($byValue);
try { $arr = [E::A => 1]; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$arr = [];
try { $arr[E::A] = 1; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $vals[E::A]; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$arr[E::A] = 2;
