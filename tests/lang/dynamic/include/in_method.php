<?php
// a file included in a method runs with the method's $this and local variables
class Holder {
    private $secret = 'private data';
    public function load() {
        $local = 'method local';
        return include __DIR__ . '/inc/this_user.inc';
    }
}
echo (new Holder)->load(), "\n";
