<?php
namespace App\Http;

#[\Attribute(\Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
final class Route {
    public function __construct(public string $path, public array $methods = ['GET'], public ?string $name = null) {}
}
#[\Attribute(\Attribute::TARGET_CLASS)]
final class Prefix { public function __construct(public string $prefix) {} }

#[Prefix('/users')]
class UserController {
    #[Route('/', name: 'users.index')]
    public function index() { return 'list'; }
    #[Route('/{id}', methods: ['GET', 'HEAD'])]
    #[Route('/show/{id}')]
    public function show(int $id) { return "user $id"; }
    #[Route('/', methods: ['POST'])]
    public function store() { return 'stored'; }
    public function helper() {}
}

$routes = [];
$rc = new \ReflectionClass(UserController::class);
$prefix = ($rc->getAttributes(Prefix::class)[0] ?? null)?->newInstance()->prefix ?? '';
foreach ($rc->getMethods(\ReflectionMethod::IS_PUBLIC) as $m) {
    foreach ($m->getAttributes(Route::class, \ReflectionAttribute::IS_INSTANCEOF) as $attr) {
        $route = $attr->newInstance();
        foreach ($route->methods as $verb) {
            $routes[] = [$verb, rtrim($prefix . $route->path, '/') ?: '/', $m->getName(), $route->name];
        }
    }
}
foreach ($routes as [$verb, $path, $action, $name]) printf("%-5s %-18s -> %s%s\n", $verb, $path, $action, $name ? " ($name)" : '');
function dispatch(array $routes, object $ctl, string $verb, string $uri) {
    foreach ($routes as [$v, $path, $action]) {
        $re = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $path) . '$#';
        if ($v === $verb && preg_match($re, $uri, $mm)) {
            $args = array_filter($mm, 'is_string', ARRAY_FILTER_USE_KEY);
            return (new \ReflectionMethod($ctl, $action))->invokeArgs($ctl, $args);
        }
    }
    return '404';
}
$ctl = $rc->newInstance();
echo dispatch($routes, $ctl, 'GET', '/users'), "\n";
echo dispatch($routes, $ctl, 'GET', '/users/42'), "\n";
echo dispatch($routes, $ctl, 'POST', '/users'), "\n";
echo dispatch($routes, $ctl, 'DELETE', '/users'), "\n";
