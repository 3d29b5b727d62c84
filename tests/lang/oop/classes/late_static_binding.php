<?php
class Model {
    protected static $table = 'models';
    public static function table() { return static::$table; }
    public static function selfTable() { return self::$table; }
    public static function name() { return static::class; }
    public static function forward() { return parent_call(); }
    public static function viaParent() { return static::name(); }
}
function parent_call() { return 'fn'; }
class User extends Model {
    protected static $table = 'users';
    public static function viaParentKw() { return parent::viaParent(); }
    public static function viaSelf() { return self::viaParent(); }
    public static function viaModel() { return Model::viaParent(); }
    public static function fwd() { return forward_static_call([Model::class, 'name']) . ' ' . call_user_func([Model::class, 'name']); }
}
echo User::table(), " ", User::selfTable(), "\n";
echo User::name(), " ", Model::name(), "\n";
echo User::viaParentKw(), "\n";
echo User::viaSelf(), "\n";
echo User::viaModel(), "\n";
echo User::fwd(), "\n";
