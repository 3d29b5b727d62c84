<?php
mt_srand(3);
foreach (['md4', 'murmur3a', 'xxh32', 'xxh64'] as $a) {
    echo $a, " ", hash($a, ""), " ", hash($a, "abc"), " ", hash($a, "The quick brown fox jumps over the lazy dog"), "\n";
    $acc = "";
    for ($n = 0; $n < 140; $n++) {
        $s = ""; for ($i = 0; $i < $n; $i++) $s .= chr(mt_rand(0, 255));
        $acc .= hash($a, $s);
        $c = hash_init($a); hash_update($c, substr($s, 0, $n >> 1)); $d = hash_copy($c); hash_update($c, substr($s, $n >> 1)); $acc .= hash_final($c) . hash_final($d);
    }
    echo "  ", md5($acc), "\n";
}
echo hash_hmac('md4', 'data', 'key'), " ", hash_pbkdf2('md4', 'p', 's', 2, 20), "\n";
var_dump(in_array('md4', hash_hmac_algos()), in_array('xxh32', hash_hmac_algos()), array_slice(hash_algos(), 0, 3));
try { hash_hmac('xxh64', 'x', 'k'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
