<?php
/**
 * A service.
 */
#[Attribute]
final class Service
{
    /** The id. */
    public int $id = 0;

    /**
     * @var string[]
     */
    private static array $tags = [];

    /** Max items. */
    const MAX = 10;

    /* not a doc comment */
    public $plain;

    /**
     * Runs it.
     * @param int $n
     */
    #[Deprecated]
    public static function run(int $n): void {}

    public function undocumented() {}

    public function __construct(
        /** Promoted doc. */
        public string $name = 'x',
    ) {}
}

/** Helper function. */
function helper() {}

$c = /** A closure's doc. */ function () {};

/** Suit enum. */
enum Suit {
    /** Hearts case. */
    case Hearts;
}

$r = new ReflectionClass('Service');
var_dump($r->getDocComment());
var_dump($r->getProperty('id')->getDocComment());
var_dump($r->getProperty('tags')->getDocComment());
var_dump($r->getProperty('plain')->getDocComment());
var_dump($r->getProperty('name')->getDocComment());
var_dump($r->getReflectionConstant('MAX')->getDocComment());
var_dump($r->getMethod('run')->getDocComment());
var_dump($r->getMethod('undocumented')->getDocComment());
var_dump((new ReflectionFunction('helper'))->getDocComment());
var_dump((new ReflectionFunction($c))->getDocComment());
var_dump((new ReflectionEnum('Suit'))->getDocComment(), (new ReflectionEnum('Suit'))->getCase('Hearts')->getDocComment());
var_dump((new ReflectionClass('stdClass'))->getDocComment());
