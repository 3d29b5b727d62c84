<?php
function show(Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { show($e); }
try { 1 % 0; } catch (DivisionByZeroError $e) { show($e); }
try { intdiv(PHP_INT_MIN, -1); } catch (ArithmeticError $e) { show($e); }
try { echo match (5) { 1 => 'a' }; } catch (UnhandledMatchError $e) { show($e); }
try { echo match ("str") { 1 => 'a' }; } catch (UnhandledMatchError $e) { show($e); }
class A {}
try { (new A)->foo(); } catch (Error $e) { show($e); }
try { A::bar(); } catch (Error $e) { show($e); }
try { new Undefined; } catch (Error $e) { show($e); }
try { Undefined::f(); } catch (Error $e) { show($e); }
try { undefined_fn(); } catch (Error $e) { show($e); }
try { strlen(); } catch (ArgumentCountError $e) { show($e); }
try { json_decode("{", false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { show($e); echo $e->getCode(), "\n"; }
try { array_combine([1], [1, 2]); } catch (ValueError $e) { show($e); }
try { str_repeat("x", -1); } catch (ValueError $e) { show($e); }
try { [] > new A; echo "cmp ok\n"; } catch (Error $e) { show($e); }
