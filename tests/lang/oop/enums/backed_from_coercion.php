<?php
enum I: int { case One = 1; case Two = 2; }
enum S: string { case One = '1'; }
var_dump(I::from('2'), I::tryFrom('1'), I::tryFrom(2.0), S::from(1), S::tryFrom(1));
try { I::from(1.5); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { I::tryFrom('abc'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { I::from(null); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
