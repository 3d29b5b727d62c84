<?php
$h = password_hash("rasmuslerdorf", PASSWORD_DEFAULT);
var_dump(strlen($h), substr($h, 0, 7), password_verify("rasmuslerdorf", $h), password_verify("rasmuslerdorF", $h));
var_dump(password_get_info($h), password_needs_rehash($h, PASSWORD_DEFAULT), password_needs_rehash($h, PASSWORD_BCRYPT, ["cost" => 11]));
$h5 = password_hash("pw", PASSWORD_BCRYPT, ["cost" => 4]);
var_dump(substr($h5, 0, 7), password_verify("pw", $h5), password_get_info($h5), password_needs_rehash($h5, PASSWORD_BCRYPT), password_needs_rehash($h5, PASSWORD_BCRYPT, ["cost" => 4]));
// known vectors
var_dump(password_verify("rasmuslerdorf", '$2y$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq'));
var_dump(password_verify("rasmuslerdorf", '$2y$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOr'));
var_dump(password_verify("U*U", '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW'));
var_dump(password_verify("", '$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy'));
var_dump(password_verify("\xa3", '$2y$05$/OK.fbVrR/bpIqNJ5ianF.CE5elHaaO4EbggVDjb8P19RukzXSM3e'));
var_dump(password_verify("\xff\xa3345", '$2y$05$/OK.fbVrR/bpIqNJ5ianF.nRht2l/HRhr6zmCp9vYUvvsqynflf9e'));
var_dump(password_verify(str_repeat("0123456789", 8), '$2b$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui'));
var_dump(password_verify(str_repeat("0123456789", 8) . "extra", '$2b$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui'));
var_dump(password_verify("x", "nope"), password_verify("", ""), password_verify("x", '$2y$04$short'));
var_dump(password_get_info("nope"), password_get_info('$2y$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq'));
var_dump(password_needs_rehash("abc", PASSWORD_BCRYPT), password_needs_rehash("abc", null), password_needs_rehash("abc", "nope"), password_needs_rehash('$2y$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq', "2y", ["cost" => "7"]));
try { password_hash("x", PASSWORD_BCRYPT, ["cost" => 3]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { password_hash("x", PASSWORD_BCRYPT, ["cost" => 32]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { password_hash("x", "nope"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(strlen(password_hash("x", null, ["cost" => 4])), strlen(password_hash("x", 1, ["cost" => 4])));
var_dump(strlen(password_hash("x", PASSWORD_BCRYPT, ["salt" => "abcdefghijklmnopqrstuv", "cost" => 4])));
var_dump(PASSWORD_DEFAULT, PASSWORD_BCRYPT, PASSWORD_BCRYPT_DEFAULT_COST, in_array("2y", password_algos()));
