<?php
class D { public function __destruct() { echo "destructor\n"; } }
$d = new D;
try {
    throw new Exception("uncaught after finally");
} finally {
    echo "finally runs\n";
}
