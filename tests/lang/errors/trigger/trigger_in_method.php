<?php
class Repo {
    public function find(int $id) {
        if ($id < 0) {
            trigger_error(sprintf("%s(): negative id %d", __METHOD__, $id), E_USER_WARNING);
            return null;
        }
        return $id;
    }
}
$r = new Repo;
var_dump($r->find(-5));
var_dump($r->find(5));
