<?php
// Integration: a small HTTP-style router (namespaces, enums, readonly promoted properties, closures,
// middleware chain via array_reduce, preg named groups, IteratorAggregate, JsonSerializable, spread).
declare(strict_types=1);

namespace App\Http;

interface Middleware { public function handle(Request $r, callable $next): Response; }

final class Request {
    public function __construct(public readonly string $method, public readonly string $path, private array $query = []) {}
    public function query(string $k, mixed $default = null): mixed { return $this->query[$k] ?? $default; }
}

final class Response implements \JsonSerializable, \Stringable {
    private array $headers = [];
    public function __construct(private mixed $body, private int $status = 200) {}
    public function withHeader(string $k, string $v): static { $c = clone $this; $c->headers[$k] = $v; return $c; }
    public function status(): int { return $this->status; }
    public function jsonSerialize(): array { return ['status' => $this->status, 'headers' => $this->headers, 'body' => $this->body]; }
    public function __toString(): string { return json_encode($this, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES); }
}

namespace App;

use App\Http\{Request, Response, Middleware};

enum Method: string {
    case Get = 'GET';
    case Post = 'POST';
    public function allowsBody(): bool { return match ($this) { self::Get => false, self::Post => true }; }
}

final class Router {
    /** @var array<string, array{Method, string, \Closure}> */
    private array $routes = [];
    private array $middleware = [];

    public function add(Method $m, string $pattern, \Closure $h): self {
        $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
        $this->routes[] = [$m, $regex, $h];
        return $this;
    }
    public function pipe(Middleware ...$mw): void { array_push($this->middleware, ...$mw); }

    public function dispatch(Request $r): Response {
        $core = function (Request $r): Response {
            foreach ($this->routes as [$m, $regex, $h]) {
                if ($m->value !== $r->method) continue;
                if (preg_match($regex, $r->path, $mm)) {
                    $args = array_filter($mm, 'is_string', ARRAY_FILTER_USE_KEY);
                    return $h(...$args);
                }
            }
            return new Response(['error' => "no route for {$r->method} {$r->path}"], 404);
        };
        $chain = array_reduce(array_reverse($this->middleware),
            fn(callable $next, Middleware $mw) => fn(Request $r) => $mw->handle($r, $next), $core);
        return $chain($r);
    }
}

final class Timing implements Middleware {
    public static int $calls = 0;
    public function handle(Request $r, callable $next): Response {
        self::$calls++;
        return $next($r)->withHeader('X-Call', (string) self::$calls);
    }
}

final class Guard implements Middleware {
    public function handle(Request $r, callable $next): Response {
        if (str_starts_with($r->path, '/admin')) {
            throw new \DomainException("forbidden: {$r->path}", 403);
        }
        return $next($r);
    }
}

final class Repo implements \IteratorAggregate, \Countable {
    private array $items = [];
    public function add(string $name, float $price): void { $this->items[strtolower($name)] = compact('name', 'price'); }
    public function getIterator(): \ArrayIterator { return new \ArrayIterator($this->items); }
    public function count(): int { return \count($this->items); }
    public function find(string $name): ?array { return $this->items[strtolower($name)] ?? null; }
}

$repo = new Repo();
foreach (['Apple' => 1.25, 'Pear' => 0.8, 'Fig' => 3.0] as $n => $p) $repo->add($n, $p);

$router = new Router();
$router->add(Method::Get, '/items', fn() => new Response(array_values(iterator_to_array($repo))))
       ->add(Method::Get, '/items/{name}', function (string $name) use ($repo): Response {
           $item = $repo->find($name);
           return $item ? new Response($item) : new Response(['error' => 'not found'], 404);
       })
       ->add(Method::Post, '/items/{name}/{price}', function (string $name, string $price) use ($repo) {
           $repo->add(ucfirst($name), (float) $price);
           return new Response(['count' => count($repo)], 201);
       });
$router->pipe(new Timing(), new Guard());

$requests = [
    new Request('GET', '/items'),
    new Request('GET', '/items/pear'),
    new Request('GET', '/items/kiwi'),
    new Request('POST', '/items/kiwi/2.5'),
    new Request('GET', '/admin/users'),
    new Request('DELETE', '/items'),
];
foreach ($requests as $i => $req) {
    try {
        $res = $router->dispatch($req);
        printf("#%d %s %s -> %d\n%s\n", $i, $req->method, $req->path, $res->status(), $res);
    } catch (\DomainException $e) {
        printf("#%d %s: %s (%d) at line %d\n", $i, get_class($e), $e->getMessage(), $e->getCode(), $e->getLine());
    }
}
$totals = array_map(fn($it) => round($it['price'] * 1.2, 2), iterator_to_array($repo));
arsort($totals);
var_dump($totals, Timing::$calls, Method::from('POST')->allowsBody(), Method::tryFrom('PUT'));
usort($requests, fn($a, $b) => [$a->method, $a->path] <=> [$b->method, $b->path]);
echo implode(', ', array_map(fn($r) => "$r->method $r->path", $requests)), "\n";
try {
    $req = new Request("GET", "/"); $req->method = "POST";
} catch (\Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo sprintf('%05.1f|%-6s|%x|%b|%e', 3.14159, 'ab', 255, 5, 12345.678), "\n";
$s = serialize(['a' => 1, 'r' => $repo->find('fig')]);
var_dump(unserialize($s) == ['a' => 1, 'r' => $repo->find('fig')], strlen($s));
