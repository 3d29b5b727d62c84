<?php
$words = ["Thompson", "Thumb", "knight", "Gnome", "wright", "White", "Xavier", "Aero", "Ache", "science", "school", "Christ",
    "cia", "dodge", "edge", "ghost", "laugh", "bought", "night", "signed", "sign", "gem", "egg", "hello", "church",
    "phone", "queen", "nation", "ship", "station", "fish", "matching", "valve", "yellow", "sky", "zebra", "bomb", "lamb",
    "Accept", "succeed", "", "123", "  spaces  here ", "o'neil", "MacDonald", "Schwarz", "Aebersold", "Wheat", "witch", "xylophone",
    "tth", "bagh", "dough", "hugh", "Knuth", "ükö", "Thistle", "Ogden", "agnes", "agnostic", "Beard"];
foreach ($words as $w) echo "[$w] => [", metaphone($w), "]\n";
var_dump(metaphone("Thompson", 2), metaphone("Xerox", 1), metaphone("knight", 0), metaphone("ab\0cd"));
try { metaphone("x", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
