<?php
class P { public static function name() { return 'P::name ' . static::class; } }
class C extends P {
    public static function name() { return 'C::name'; }
    public static function test() {
        echo call_user_func('parent::name'), "\n";
        echo call_user_func(['self', 'name']), "\n";
        echo call_user_func('static::name'), "\n";
        echo call_user_func([static::class, 'name']), "\n";
    }
}
C::test();
