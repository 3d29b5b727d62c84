<?php
function g($label) {
    yield 1;
    throw new RuntimeException("failed in $label");
}
$gen = g('next');
$gen->current();
$gen->next();
