<?php
try { new ReflectionFunction('no_such_function'); } catch (ReflectionException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new ReflectionParameter('no_such_function', 0); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
function one($a) {}
try { new ReflectionParameter('one', 1); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionParameter('one', 'b'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
echo (new ReflectionParameter('one', 'a'))->getName(), "\n";
new ReflectionFunction('still_missing');
