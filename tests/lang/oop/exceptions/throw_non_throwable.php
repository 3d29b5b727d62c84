<?php
try { throw new stdClass; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { throw null; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class MyThrow implements Throwable {}
