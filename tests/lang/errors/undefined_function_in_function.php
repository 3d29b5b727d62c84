<?php
function caller() {
    return missing_fn(1, 2);
}
caller();
