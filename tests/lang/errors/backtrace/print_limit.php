<?php
function a() { debug_print_backtrace(0, 2); echo "--\n"; debug_print_backtrace(0, 1); }
function b() { a(); }
function c() { b(); }
c();
