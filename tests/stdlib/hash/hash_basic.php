<?php
$data = "The quick brown fox jumped over the lazy dog.";
foreach (hash_algos() as $a) {
    if (!in_array($a, ['md2', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512/224', 'sha512/256', 'sha512', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'adler32', 'crc32', 'crc32b', 'crc32c', 'fnv132', 'fnv1a32', 'fnv164', 'fnv1a64', 'joaat'])) continue;
    echo $a, " ", hash($a, $data), " ", hash($a, ""), " ", bin2hex(hash($a, "abc", true)), "\n";
    if (in_array($a, hash_hmac_algos())) echo "  hmac ", hash_hmac($a, $data, "secret"), " ", hash_hmac($a, "", ""), " ", hash_hmac($a, "x", str_repeat("k", 200)), "\n";
}
var_dump(hash('MD5', 'a'), hash('sha256', 'abc', false, []), strlen(hash('sha1', 'x', true)));
var_dump(hash_equals("abc", "abc"), hash_equals("abc", "abd"), hash_equals("abc", "ab"), hash_equals("", ""));
try { hash_equals(1, "a"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { hash_equals("a", null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { hash("nope", "x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_hmac("crc32", "x", "k"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_hmac("nope", "x", "k"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
// incremental
$c = hash_init("sha256"); hash_update($c, "The quick "); $d = hash_copy($c); hash_update($c, "brown fox");
var_dump(hash_final($c), hash("sha256", "The quick brown fox"), hash_final($d) === hash("sha256", "The quick "));
$c = hash_init("md5", HASH_HMAC, "key"); hash_update($c, "da"); hash_update($c, "ta"); $e = clone $c;
var_dump(hash_final($c), hash_hmac("md5", "data", "key"), bin2hex(hash_final($e, true)));
foreach (['crc32', 'crc32b', 'adler32', 'fnv1a64', 'joaat'] as $a) { $c = hash_init($a); hash_update($c, "ab"); $k = hash_copy($c); hash_update($c, "c"); hash_update($k, "c"); var_dump(hash_final($c) === hash($a, "abc"), hash_final($k)); }
var_dump(hash_init("md5") instanceof HashContext, get_class(hash_init("sha1")), HASH_HMAC);
$c = hash_init("md5"); hash_final($c);
try { hash_update($c, "x"); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { hash_final($c); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { hash_copy($c); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new HashContext; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { hash_init("crc32", HASH_HMAC, "k"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_init("md5", HASH_HMAC); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_init("nope"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_update("x", "y"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
// key derivation
var_dump(hash_pbkdf2("sha256", "password", "salt", 1), hash_pbkdf2("sha256", "password", "salt", 2, 20), hash_pbkdf2("sha1", "password", "salt", 4096, 0, true) === hex2bin("4b007901b765489abead49d926f721d065a429c1"));
var_dump(hash_pbkdf2("md5", "p", "s", 3, 7), bin2hex(hash_pbkdf2("sha512", "p", "s", 2, 70, true)), hash_pbkdf2("sha1", "", "", 1, 45));
try { hash_pbkdf2("md5", "p", "s", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_pbkdf2("md5", "p", "s", 1, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_pbkdf2("crc32", "p", "s", 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(bin2hex(hash_hkdf("sha256", "key")), bin2hex(hash_hkdf("sha256", "key", 42, "info", "salt")), bin2hex(hash_hkdf("md5", "k", 100)), strlen(hash_hkdf("sha512", "k")));
try { hash_hkdf("crc32", "k"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_hkdf("md5", ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_hkdf("md5", "k", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_hkdf("md5", "k", 16 * 255 + 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$f = 'hash'; var_dump($f('crc32b', 'x'), function_exists('hash_hkdf'), extension_loaded('hash'), in_array('hash_init', get_extension_funcs('hash')));
