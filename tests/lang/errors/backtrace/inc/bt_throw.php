<?php
function helper_in_inc() {
    throw new Exception("from include");
}
helper_in_inc();
