<?php
// Library parameters declared array|string name that type in the null deprecation and the TypeError.
echo preg_replace("/a/", "b", null), "|\n";
echo preg_replace_callback("/a/", fn($m) => "b", null), "|\n";
echo substr_replace(null, "x", 0), "|\n";
echo str_ireplace("a", null, "abc"), "|\n";
echo implode(null, []), "|\n";
try { str_replace("a", "b", new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { preg_replace("/a/", "b", new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
