<?php
// The public properties name, capacity and copy, and what var_dump() shows of a channel.
use go\Chan;

foreach ([null, 4, ['capacity' => 2], ['name' => 'n', 'copy' => true], ['copy' => false, 'capacity' => 0]] as $arg) {
    $ch = $arg === null ? new Chan() : new Chan($arg);
    printf("name=%s capacity=%d copy=%s\n", var_export($ch->name, true), $ch->capacity, var_export($ch->copy, true));
}
var_dump(get_object_vars(new Chan(['name' => 'dumped', 'capacity' => 1])));
