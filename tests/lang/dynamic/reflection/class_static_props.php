<?php
class Config {
    public static $env = 'prod';
    protected static int $hits = 0;
    private static array $items = [];
    public static ?string $unset;
}
$r = new ReflectionClass('Config');
var_dump($r->getStaticPropertyValue('env'));
$r->setStaticPropertyValue('env', 'dev');
var_dump(Config::$env);
var_dump($r->getStaticPropertyValue('hits'));
$r->setStaticPropertyValue('items', ['a']);
var_dump($r->getStaticProperties());
var_dump($r->getStaticPropertyValue('missing', 'fallback'));
try { $r->getStaticPropertyValue('missing'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $r->setStaticPropertyValue('missing', 1); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
