<?php
// chunk_split
var_dump(chunk_split("abcdefg", 3, "|"), chunk_split("abc"), chunk_split("", 2, "-"), chunk_split("abcd", 2), chunk_split("ab", 5, "#"));
try { chunk_split("abc", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
// similar_text
var_dump(similar_text("World", "Word"), similar_text("Hello", "World", $p), $p);
var_dump(similar_text("", "", $p), $p, similar_text("abc", "", $p), $p);
var_dump(similar_text("bafoobar", "barfoo", $p), $p, similar_text("PHP IS GREAT", "WITH MYSQL", $p), $p);
// levenshtein
var_dump(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("abc", ""), levenshtein("abc", "abc"));
var_dump(levenshtein("kitten", "sitting", 2, 3, 4), levenshtein("a", "b", 1, 5, 1), levenshtein("", "ab", 3), levenshtein("ab", "", 1, 1, 7));
// soundex
foreach (["Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister", "", "123", "a", "Lloyd", "o'hara"] as $w) echo $w, "=", soundex($w), " ";
echo "\n";
// quotemeta, addcslashes, stripcslashes
var_dump(quotemeta("1+1=2? [a] (b) ^$ \\ * ."), quotemeta(""));
var_dump(addcslashes("foo[bar]", 'A..Z'), addcslashes("zoo['.']", 'z..A'), addcslashes("a\n\t\r\x07\x0b\x08\x0c\x00\xff b", "\0..\37\177..\377"));
var_dump(addcslashes("hello", ""), addcslashes('abc', 'a..'), addcslashes('abc', '..c'));
var_dump(stripcslashes('a\nb\tc\x41\x4a2\101\1010\\\\ \q \\'), stripcslashes('\xZ'), stripcslashes('\a\v\b\f\r'));
// substr_compare
var_dump(substr_compare("abcde", "bc", 1, 2), substr_compare("abcde", "de", -2, 2), substr_compare("abcde", "bcg", 1, 2));
var_dump(substr_compare("abcde", "BC", 1, 2, true), substr_compare("abcde", "bc", 1, 3), substr_compare("abcde", "cd", 1, 2));
var_dump(substr_compare("abcde", "abc", 5, 1), substr_compare("abcde", "", 0, 0), substr_compare("abcde", "abcdef", 0), substr_compare("abcde", "ab", -10));
try { substr_compare("abcde", "bc", 6); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { substr_compare("abcde", "bc", 1, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
// strripos
var_dump(strripos("ababAB", "ab"), strripos("ababAB", "AB", -3), strripos("abc", "x"), strripos("aXbx", "x", 2), strripos("abc", ""));
try { strripos("abc", "a", 4); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { strripos("abc", "a", -4); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
// strtok
$tok = strtok("This is\tan example\nstring", " \n\t");
while ($tok !== false) { echo "[$tok]"; $tok = strtok(" \n\t"); }
echo "\n";
var_dump(strtok("/something", "/"), strtok("/"), strtok("/"));
var_dump(strtok("a,,b,", ","), strtok(","), strtok(","), strtok(","));
var_dump(strtok(",,,", ","), strtok(""), strtok("abc", ""), strtok(""));
// count_chars
var_dump(count_chars("abracadabra", 1), count_chars("abracadabra", 3), strlen(count_chars("abc", 4)), count(count_chars("")), count(count_chars("ab", 2)));
try { count_chars("a", 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
// strcoll
var_dump(strcoll("a", "c"), strcoll("b", "a"), strcoll("abc", "ab"), strcoll("", ""), strcoll("A", "a"));
// str_shuffle (seeded: php's own sequence)
mt_srand(3); var_dump(str_shuffle("abcdefghij"), str_shuffle(""), str_shuffle("a"), str_shuffle("xyz"));
mt_srand(42); var_dump(str_shuffle("The quick brown fox"));
$f = 'similar_text'; var_dump($f("abc", "abd"));
var_dump(substr_compare("abcde", "bcg", 1, 3), substr_compare("abcde", "BCG", 1, 3, true), substr_compare("a", "azzz", 0), substr_compare("azzz", "a", 0, null, true), substr_compare("abc", "ABD", 0, 3, true), substr_compare("b\xff", "b\x01", 0));
