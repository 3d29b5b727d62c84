<?php
const GREETING = "hi";
const NUM = 2 * 21;
const ARR = ['a', 'b'];
const DERIVED = GREETING . "!";
const A = 1, B = A + 1;
var_dump(GREETING, NUM, ARR[1], DERIVED, A, B);
var_dump(PHP_EOL === "\n", PHP_INT_SIZE, E_ALL, PHP_VERSION_ID >= 80200, PHP_MAJOR_VERSION);
function useConst() { return NUM + 1; }
var_dump(useConst());
var_dump(true, TRUE, null, NULL, False);
