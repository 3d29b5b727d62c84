<?php
function g(): array {
    yield 1;
}
