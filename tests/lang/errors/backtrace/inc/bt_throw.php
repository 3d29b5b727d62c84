<?php
function helper_in_inc() {
    throw new Exception("from include");
}
if (isset($fromTop)) throw new Exception("top of include");
helper_in_inc();
