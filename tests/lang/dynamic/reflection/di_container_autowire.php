<?php
interface LoggerInterface { function log(string $m): void; }
class EchoLogger implements LoggerInterface { function log(string $m): void { echo "[log] $m\n"; } }
class Config { public function __construct(public string $dsn = 'sqlite::memory:') {} }
class Database {
    public function __construct(public Config $config, public LoggerInterface $logger) { $logger->log("db on {$config->dsn}"); }
}
class UserRepository {
    public function __construct(private Database $db, private ?LoggerInterface $logger = null, private int $pageSize = 20) {}
    public function describe() { return get_class($this->db) . ' pageSize=' . $this->pageSize; }
}
class Container {
    private array $bindings = [];
    private array $instances = [];
    public function bind(string $abstract, string $concrete) { $this->bindings[$abstract] = $concrete; }
    public function get(string $id) {
        if (isset($this->instances[$id])) return $this->instances[$id];
        $class = $this->bindings[$id] ?? $id;
        $r = new ReflectionClass($class);
        if (!$r->isInstantiable()) throw new LogicException("Cannot instantiate $id");
        $ctor = $r->getConstructor();
        if ($ctor === null) return $this->instances[$id] = $r->newInstance();
        $args = [];
        foreach ($ctor->getParameters() as $p) {
            $t = $p->getType();
            if ($t instanceof ReflectionNamedType && !$t->isBuiltin()) {
                $args[$p->getName()] = $this->get($t->getName());
            } elseif ($p->isDefaultValueAvailable()) {
                $args[$p->getName()] = $p->getDefaultValue();
            } else {
                throw new LogicException("Unresolvable parameter \${$p->getName()} of $class");
            }
        }
        return $this->instances[$id] = $r->newInstanceArgs($args);
    }
}
$c = new Container;
$c->bind(LoggerInterface::class, EchoLogger::class);
$repo = $c->get(UserRepository::class);
echo $repo->describe(), "\n";
var_dump($c->get(Database::class) === $c->get(Database::class));
try { $c->get('Countable'); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
class NeedsScalar { function __construct(int $n) {} }
try { $c->get(NeedsScalar::class); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
