<?php
enum Mode: string {
    case Read = 'r';
    case Write = 'w';
    const DEFAULT = self::Read;
    public static function parse(string $s, self $fallback = self::DEFAULT): self { return self::tryFrom($s) ?? $fallback; }
}
class File {
    public function __construct(public Mode $mode = Mode::DEFAULT) {}
}
var_dump(Mode::parse('w'), Mode::parse('x'), Mode::parse('x', Mode::Write));
var_dump((new File)->mode);
function f(Mode ...$modes) { return implode('', array_map(fn(Mode $m) => $m->value, $modes)); }
echo f(Mode::Read, Mode::Write, Mode::Read), "\n";
try { f('r'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
