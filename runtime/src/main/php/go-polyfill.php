<?php
/*
 * go-polyfill.php: the phpgo concurrency API in plain PHP, for stock php 8.1+ (it runs routines on Fibers).
 *
 *     require_once '/path/to/go-polyfill.php';
 *     php -d auto_prepend_file=/path/to/go-polyfill.php app.php
 *
 * It provides what shared/phpgo-api.md describes: go(), goo(), select(), go_debug() and the classes
 * go\Chan, go\Selector, go\Mutex, go\WaitGroup, go\Scheduler, go\Runtime and go\Time. Routines run in
 * the order docs/go.md fixes, the same order phpgoc runs them in, so a program prints the same under
 * both: one routine runs at a time, the run queue is FIFO, and a routine only stops where it blocks.
 *
 * How it works: the main script is routine 0 and runs on php's own stack; every other routine is a
 * Fiber. When main blocks, the scheduler loop runs on main's stack and resumes fibers in run-queue order
 * until main's turn comes; a routine that blocks suspends its fiber, which returns to that loop.
 *
 * Where it cannot do what phpgoc does (docs/go.md "Where the two differ"): blocking I/O (sleep(),
 * PDO, curl, ...) blocks every routine; exit() in a routine ends the program; php unwinds routines
 * still blocked when the main script ends, so their `finally` blocks run then; php forbids switching
 * fibers inside a destructor, so blocking there is a fatal error; set_error_handler()'s error-type
 * mask is not known here, so a handler is called for every warning of the API.
 */

namespace go\polyfill {

    use go\Chan;

    /** This file: frames in it are the scheduler's own and never shown to the user. */
    const POLYFILL_FILE = __FILE__;

    // ------------------------------------------------------------------------------------------------
    // Routines and the scheduler
    // ------------------------------------------------------------------------------------------------

    /** One go routine: main (id 0, php's own stack) or a routine created by go()/goo() (a Fiber). */
    final class Routine
    {
        public ?\Fiber $fiber = null;
        /** What it is blocked on (the deadlock report's reason), null while it runs or is ready. */
        public ?string $blockedOn = null;
        /** Its own $_GET, $_POST, ... while it does not run (goo's isolate_http_globals), else null. */
        public ?array $httpGlobals = null;

        public function __construct(public readonly int $id, private mixed $fn = null, private array $args = [])
        {
            if ($id !== 0) {
                $this->fiber = new \Fiber([$this, 'body']);
            }
        }

        /** The fiber's function: calls the routine's function; its return value is dropped. */
        public function body(): void
        {
            $fn = $this->fn;
            // positional, as phpgo passes them; elements that are references ([&$v]) stay references
            $args = array_values($this->args);
            $this->fn = null;
            $this->args = [];
            Calls::call($fn, $args);
        }
    }

    /**
     * Calls into user code (routine functions, select callbacks, error handlers) go through an
     * internal function, so that php's messages and traces show them called by "[internal function]",
     * as they are on phpgoc, and never name this file.
     */
    final class Calls
    {
        public static function call(callable $fn, array $args): mixed
        {
            // as $fn(...$args) does, a by-reference parameter binds to its element without a warning:
            // every element becomes a reference (one passed as [&$v] stays that reference)
            foreach ($args as &$arg) {
            }
            unset($arg);
            // unqualified on purpose: php compiles \call_user_func_array() into a direct call
            return call_user_func_array($fn, $args);
        }

        /** The frame of call_user_func_array() above, which traces leave out. */
        public static function isDispatch(array $frame): bool
        {
            return !isset($frame['class']) && $frame['function'] === 'call_user_func_array'
                && ($frame['file'] ?? null) === POLYFILL_FILE;
        }
    }

    /**
     * The scheduler: the run queue, the timers and the routine now running (docs/go.md "Routines and
     * the run queue"). A block switches to the head of the queue; a wake only appends to its tail.
     */
    final class Engine
    {
        public static Routine $main;
        public static Routine $current;
        /** @var \SplQueue<Routine> ready routines, FIFO */
        public static \SplQueue $runQueue;
        /** @var array<int, Routine> routines created and not ended (main not included), in id order */
        public static array $alive = [];
        /** How many times a routine other than main was resumed (Scheduler::run() counts them). */
        public static int $runs = 0;
        private static int $lastId = 0;
        /** @var list<array{Routine, int}> routines in Scheduler::join() with their $tasksLeft, FIFO */
        private static array $joins = [];

        public static function init(): void
        {
            self::$main = self::$current = new Routine(0);
            self::$runQueue = new \SplQueue();
            Timers::init();
        }

        public static function spawn(callable $fn, array $args, bool $isolateHttpGlobals): void
        {
            $routine = new Routine(++self::$lastId, $fn, $args);
            if ($isolateHttpGlobals) {
                $routine->httpGlobals = HttpGlobals::grab();
            }
            self::$alive[$routine->id] = $routine;
            self::$runQueue->enqueue($routine);
        }

        /** Appends $routine to the run queue; the running routine goes on (a wake never switches). */
        public static function ready(Routine $routine): void
        {
            self::$runQueue->enqueue($routine);
        }

        /**
         * Blocks the running routine until someone makes it ready. The caller has already put it
         * where it can be found (a channel queue, a timer, ...) and finds there what happened.
         */
        public static function park(string $reason): void
        {
            $self = self::$current;
            $self->blockedOn = $reason;
            if ($self === self::$main) {
                self::runUntilMainIsReady();
            } else {
                \Fiber::suspend();
            }
            $self->blockedOn = null;
        }

        /** Runtime::gosched(): to the tail of the queue, unless nothing else is ready. */
        public static function gosched(): void
        {
            Timers::fireDue();
            if (!self::$runQueue->isEmpty()) {
                self::$runQueue->enqueue(self::$current);
                self::park('runnable');
            }
        }

        /** The scheduler loop, on main's stack: resumes routines until main is at the head. */
        private static function runUntilMainIsReady(): void
        {
            while (true) {
                Timers::fireDue();
                if (self::$runQueue->isEmpty()) {
                    if (!Timers::waitForNext()) {
                        Deadlock::report();
                    }
                    continue;
                }
                $next = self::$runQueue->dequeue();
                if ($next === self::$main) {
                    self::$current = $next;
                    return;
                }
                self::resume($next);
            }
        }

        private static function resume(Routine $routine): void
        {
            self::$current = $routine;
            self::$runs++;
            $shared = $routine->httpGlobals !== null ? HttpGlobals::swapIn($routine) : null;
            try {
                $routine->fiber->isStarted() ? $routine->fiber->resume() : $routine->fiber->start();
            } catch (\Throwable $e) {
                if (!$routine->fiber->isTerminated()) {
                    // php refused the switch itself (it forbids one while a destructor runs)
                    Errors::fatal('phpgo: cannot switch go routines here on php: ' . $e->getMessage());
                }
                // ends this routine only; the others and the main script go on
                Errors::uncaught($e);
            }
            if ($shared !== null) {
                HttpGlobals::swapOut($routine, $shared);
            }
            self::$current = self::$main;
            if ($routine->fiber->isTerminated()) {
                self::end($routine);
            }
        }

        private static function end(Routine $routine): void
        {
            unset(self::$alive[$routine->id]);
            $routine->fiber = null;
            foreach (self::$joins as $k => [$waiter, $tasksLeft]) {
                if (self::aliveBesides($waiter) <= $tasksLeft) {
                    unset(self::$joins[$k]);
                    self::ready($waiter);
                }
            }
        }

        /** Routines alive, the caller not counted (main never is). */
        private static function aliveBesides(Routine $caller): int
        {
            return count(self::$alive) - (isset(self::$alive[$caller->id]) ? 1 : 0);
        }

        public static function join(int $tasksLeft): void
        {
            $self = self::$current;
            while (self::aliveBesides($self) > $tasksLeft) {
                self::$joins[] = [$self, $tasksLeft];
                self::park('scheduler join');
            }
        }

        /** Scheduler::run(): lets the ready routines run until none is ready; how many runs there were. */
        public static function runReady(): int
        {
            $start = self::$runs;
            Timers::fireDue();
            while (!self::$runQueue->isEmpty()) {
                self::$runQueue->enqueue(self::$main);
                self::park('runnable');
            }
            return self::$runs - $start;
        }
    }

    /** The superglobals a goo(['isolate_http_globals' => true]) routine has to itself. */
    final class HttpGlobals
    {
        public static function grab(): array
        {
            return [$_GET, $_POST, $_COOKIE, $_SERVER, $_ENV, $_FILES, $_REQUEST];
        }

        private static function install(array $globals): void
        {
            [$_GET, $_POST, $_COOKIE, $_SERVER, $_ENV, $_FILES, $_REQUEST] = $globals;
        }

        /** Before the routine runs: keeps the shared set, installs its own. */
        public static function swapIn(Routine $routine): array
        {
            $shared = self::grab();
            self::install($routine->httpGlobals);
            return $shared;
        }

        /** After it ran: keeps its own (changed) set, puts the shared one back. */
        public static function swapOut(Routine $routine, array $shared): void
        {
            $routine->httpGlobals = self::grab();
            self::install($shared);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Timers
    // ------------------------------------------------------------------------------------------------

    /** A Time::sleep() wake-up, or the timer behind a Time::after()/Time::tick() channel. */
    final class Timer
    {
        public function __construct(
            public int $deadline,               // hrtime(true) nanoseconds
            public readonly int $seq,           // creation order: breaks ties between equal deadlines
            public readonly ?Routine $sleeper,  // set for Time::sleep()
            public readonly ?\WeakReference $channel = null,  // ChanCore of after/tick; a dropped channel ends its timer
            public readonly int $period = 0,    // tick interval, 0 for a one-shot timer
        ) {
        }
    }

    /** @extends \SplMinHeap<Timer> earliest deadline first, then creation order */
    final class TimerHeap extends \SplMinHeap
    {
        protected function compare(mixed $a, mixed $b): int
        {
            return [$b->deadline, $b->seq] <=> [$a->deadline, $a->seq];
        }
    }

    /**
     * Timers fire at scheduling points (each time the scheduler picks the next routine, and on
     * Runtime::gosched() and Scheduler::run()), in deadline order. With nothing ready, the scheduler
     * sleeps until the earliest one.
     */
    final class Timers
    {
        private static TimerHeap $heap;
        private static int $lastSeq = 0;
        /** Pending Time::sleep() timers: each will make a routine ready. */
        private static int $sleepers = 0;
        /** @var \SplObjectStorage<Timer, null> pending after/tick timers */
        private static \SplObjectStorage $channelTimers;

        public static function init(): void
        {
            self::$heap = new TimerHeap();
            self::$channelTimers = new \SplObjectStorage();
        }

        public static function sleep(int $ns): void
        {
            self::$sleepers++;
            self::$heap->insert(new Timer(hrtime(true) + $ns, ++self::$lastSeq, Engine::$current));
            Engine::park('sleep');
        }

        /** A timer pushing microtime(true) into $channel after $ns, then every $period ns if $period > 0. */
        public static function start(ChanCore $channel, int $ns, int $period): void
        {
            $timer = new Timer(hrtime(true) + $ns, ++self::$lastSeq, null, \WeakReference::create($channel), $period);
            self::$channelTimers->attach($timer);
            self::$heap->insert($timer);
        }

        public static function fireDue(): void
        {
            if (self::$heap->isEmpty()) {
                return;
            }
            $now = hrtime(true);
            while (!self::$heap->isEmpty() && self::$heap->top()->deadline <= $now) {
                self::fire(self::$heap->extract(), $now);
            }
        }

        private static function fire(Timer $timer, int $now): void
        {
            if ($timer->sleeper !== null) {
                self::$sleepers--;
                Engine::ready($timer->sleeper);
                return;
            }
            $channel = $timer->channel->get();
            if ($channel === null || $timer->period <= 0) {
                self::$channelTimers->detach($timer);
            }
            // as tryPush: a value the reader has not taken yet makes this one dropped
            $channel?->offerFromTimer(microtime(true));
            if ($channel !== null && $timer->period > 0) {
                do {
                    $timer->deadline += $timer->period;   // ticks missed meanwhile are skipped
                } while ($timer->deadline <= $now);
                self::$heap->insert($timer);
            }
        }

        /**
         * Nothing is ready: sleeps until the earliest timer and returns true, or returns false when no
         * timer can ever make a routine ready (no sleeper, nobody receiving from a timer's channel).
         */
        public static function waitForNext(): bool
        {
            if (self::$heap->isEmpty() || (self::$sleepers === 0 && !self::channelTimerHasReceiver())) {
                return false;
            }
            $wait = self::$heap->top()->deadline - hrtime(true);
            if ($wait > 0) {
                time_nanosleep(intdiv($wait, 1_000_000_000), $wait % 1_000_000_000);
            }
            return true;
        }

        private static function channelTimerHasReceiver(): bool
        {
            foreach (self::$channelTimers as $timer) {
                if ($timer->channel->get()?->hasReceiver()) {
                    return true;
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Channels
    // ------------------------------------------------------------------------------------------------

    /** A routine blocked in a channel operation or a select (one Waiter, one Entry per case). */
    final class Waiter
    {
        /** Completed (by a channel operation, or close()): its entries in other queues are dead. */
        public bool $done = false;
        /** The case that completed. */
        public int $fired = -1;
        /** The value received. */
        public mixed $value = null;
        /** Woken by close() rather than by a value. */
        public bool $closed = false;

        public function __construct(public readonly Routine $routine, public readonly bool $inSelect = false)
        {
        }
    }

    /** A waiter's place in one channel's receiver or sender queue. */
    final class Entry
    {
        public function __construct(public readonly Waiter $waiter, public readonly int $case, public readonly mixed $value)
        {
        }
    }

    /**
     * The state of one channel, shared by every go\Chan object with its name (Go's hchan): a bounded
     * FIFO buffer, FIFO queues of blocked receivers and senders, and the closed flag. See docs/go.md
     * "Channels" for the order each operation follows.
     */
    final class ChanCore
    {
        /** @var array<string, \WeakReference<ChanCore>> named channels, alive while a go\Chan holds them */
        private static array $named = [];

        public \SplQueue $buffer;
        /** @var \SplQueue<Entry> */
        public \SplQueue $receivers;
        /** @var \SplQueue<Entry> */
        public \SplQueue $senders;
        public bool $closed = false;

        private function __construct(public readonly int $cap, public readonly bool $copy)
        {
            $this->buffer = new \SplQueue();
            $this->receivers = new \SplQueue();
            $this->senders = new \SplQueue();
        }

        /** A new channel, or the live one with this name (its capacity and copy flag then win). */
        public static function open(int $cap, bool $copy, string $name): self
        {
            if ($name === '') {
                return new self($cap, $copy);
            }
            $core = (self::$named[$name] ?? null)?->get();
            if ($core === null) {
                $core = new self($cap, $copy);
                self::$named[$name] = \WeakReference::create($core);
            }
            return $core;
        }

        /** The first entry of $queue whose waiter still waits; dead entries before it are dropped. */
        private static function firstLive(\SplQueue $queue): ?Entry
        {
            while (!$queue->isEmpty()) {
                $entry = $queue->bottom();
                if (!$entry->waiter->done) {
                    return $entry;
                }
                $queue->dequeue();
            }
            return null;
        }

        /** Wakes the entry's routine: its operation (or select case) completed with $value. */
        private static function complete(Entry $entry, mixed $value, bool $closed = false): void
        {
            $waiter = $entry->waiter;
            $waiter->done = true;
            $waiter->fired = $entry->case;
            $waiter->value = $value;
            $waiter->closed = $closed;
            Engine::ready($waiter->routine);
        }

        public function hasReceiver(): bool
        {
            return self::firstLive($this->receivers) !== null;
        }

        /** A receive would not block (it gets a value, or NULL from a closed, drained channel). */
        public function canReceive(): bool
        {
            return !$this->buffer->isEmpty() || $this->closed || self::firstLive($this->senders) !== null;
        }

        /** A send would not block. A send on a closed channel is never ready. */
        public function canSend(): bool
        {
            return !$this->closed && ($this->buffer->count() < $this->cap || self::firstLive($this->receivers) !== null);
        }

        /** Hands $value to the first waiting receiver, or buffers it if there is room. */
        private function offer(mixed $value): bool
        {
            if (($receiver = self::firstLive($this->receivers)) !== null) {
                $this->receivers->dequeue();
                self::complete($receiver, $value);
                return true;
            }
            if ($this->buffer->count() < $this->cap) {
                $this->buffer->enqueue($value);
                return true;
            }
            return false;
        }

        /** Chan::push(): true once a receiver or the buffer has the value; NULL (and a warning) if closed. */
        public function send(mixed $value): ?bool
        {
            if ($this->closed) {
                return self::closedWarning('push');
            }
            $value = $this->copy ? Values::copy($value) : $value;
            if ($this->offer($value)) {
                return true;
            }
            $waiter = new Waiter(Engine::$current);
            $this->senders->enqueue(new Entry($waiter, 0, $value));
            Engine::park('chan send');
            return $waiter->closed ? self::closedWarning('push') : true;
        }

        /** Chan::tryPush(), and a select's ready send case: never blocks. */
        public function trySend(mixed $value): ?bool
        {
            if ($this->closed) {
                return self::closedWarning('tryPush');
            }
            return $this->offer($this->copy ? Values::copy($value) : $value);
        }

        private static function closedWarning(string $method): ?bool
        {
            Errors::warning("phpgo: Chan::$method(): try to push to an allready closed channel");
            return null;
        }

        /** An after/tick timer's push: as tryPush, silently dropped when full or closed. */
        public function offerFromTimer(float $now): void
        {
            if (!$this->closed) {
                $this->offer($now);
            }
        }

        /** Chan::pop(): the next value; NULL once the channel is closed and drained. */
        public function receive(): mixed
        {
            [$ok, $value] = $this->poll();
            if ($ok) {
                return $value;
            }
            $waiter = new Waiter(Engine::$current);
            $this->receivers->enqueue(new Entry($waiter, 0, null));
            Engine::park('chan receive');
            return $waiter->value;
        }

        /**
         * A receive that does not block: [true, value], [true, NULL] when closed and drained, or
         * [false, NULL] when it would block.
         */
        public function poll(): array
        {
            if (!$this->buffer->isEmpty()) {
                $value = $this->buffer->dequeue();
                // a blocked sender's value takes the freed place
                if (($sender = self::firstLive($this->senders)) !== null) {
                    $this->senders->dequeue();
                    $this->buffer->enqueue($sender->value);
                    self::complete($sender, null);
                }
                return [true, $value];
            }
            if (($sender = self::firstLive($this->senders)) !== null) {
                $this->senders->dequeue();
                self::complete($sender, null);
                return [true, $sender->value];
            }
            return [$this->closed, null];
        }

        /** Chan::close(): wakes every blocked receiver (NULL), then every blocked push (warning, NULL). */
        public function close(): bool
        {
            if ($this->closed) {
                Errors::warning('phpgo: Chan::close(): try to close an allready closed channel');
                return false;
            }
            $this->closed = true;
            while (!$this->receivers->isEmpty()) {
                $entry = $this->receivers->dequeue();
                if (!$entry->waiter->done) {
                    self::complete($entry, null, true);
                }
            }
            while (!$this->senders->isEmpty()) {
                $entry = $this->senders->dequeue();
                // a select's send case can never complete now: that select waits on its other cases
                if (!$entry->waiter->done && !$entry->waiter->inSelect) {
                    self::complete($entry, null, true);
                }
            }
            return true;
        }

        /** Blocks a select on this channel: its entry for case $case. */
        public function enqueueSelect(Waiter $waiter, int $case, bool $receive, mixed $value): void
        {
            if ($receive) {
                $this->receivers->enqueue(new Entry($waiter, $case, null));
            } else {
                $this->senders->enqueue(new Entry($waiter, $case, $this->copy ? Values::copy($value) : $value));
            }
        }
    }

    /** Values through a channel created with 'copy' => true: deep copies, no objects or resources. */
    final class Values
    {
        public static function copy(mixed $value): mixed
        {
            if (is_array($value)) {
                $copy = [];
                foreach ($value as $key => $element) {
                    $copy[$key] = self::copy($element);   // also drops references
                }
                return $copy;
            }
            if (is_object($value)) {
                Errors::fatal('duplication of object type is not allowed in channel operation');
            }
            if (is_resource($value) || gettype($value) === 'resource (closed)') {
                Errors::fatal('duplication of resource type is not allowed in channel operation');
            }
            return $value;
        }
    }

    /** The internal state behind the public objects, kept out of their var_dump(). */
    final class Handles
    {
        /** @var \WeakMap<Chan, ChanCore> */
        public static \WeakMap $chans;
        /** @var \WeakMap<\go\Selector, list<SelectCase>> */
        public static \WeakMap $selectors;
        /** @var \WeakMap<\go\Mutex, MutexState> */
        public static \WeakMap $mutexes;
        /** @var \WeakMap<\go\WaitGroup, WaitGroupState> */
        public static \WeakMap $waitGroups;

        public static function init(): void
        {
            self::$chans = new \WeakMap();
            self::$selectors = new \WeakMap();
            self::$mutexes = new \WeakMap();
            self::$waitGroups = new \WeakMap();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // select
    // ------------------------------------------------------------------------------------------------

    /** One checked select() case. */
    final class SelectCase
    {
        public const RECEIVE = 'receive';
        public const SEND = 'send';
        public const DEFAULT = 'default';

        public ?ChanCore $channel = null;
        /** Whether the case has a variable (a reference, bound to $var) to receive into. */
        public bool $hasVar = false;
        public mixed $var = null;
        /** The value a send case sends, taken when select() built the case. */
        public mixed $value = null;
        public mixed $callback = null;

        public function __construct(public readonly string $kind)
        {
        }
    }

    /** select(): checking the cases (phpgo's fatal errors), then running them (docs/go.md "select"). */
    final class Select
    {
        /** @return list<SelectCase> */
        public static function parse(array $cases): array
        {
            $parsed = [];
            foreach (array_values($cases) as $i => $case) {
                $parsed[] = self::parseCase($case, $i + 1);
            }
            return $parsed;
        }

        private static function parseCase(mixed $case, int $n): SelectCase
        {
            if (!is_array($case)) {
                Errors::fatal("parameter $n to select() expected to be an array");
            }
            $keys = array_keys($case);
            $type = self::element($case, $keys, 0, $n);
            if (!is_string($type)) {
                Errors::fatal("phpgo: select(): case $n: invalid case type, expect 'case' or 'default'");
            }
            if (strcasecmp($type, 'default') === 0) {
                return self::withCallback(new SelectCase(SelectCase::DEFAULT), $case, $keys, 1, $n);
            }
            if (strcasecmp($type, 'case') !== 0) {
                Errors::fatal("phpgo: select(): case $n: invalid case type $type");
            }
            $channel = self::element($case, $keys, 1, $n);
            if (!$channel instanceof Chan) {
                Errors::fatal("phpgo: select(): case $n: invalid parameter type, object of go\\Chan expected");
            }
            $op = self::element($case, $keys, 2, $n);
            if (!is_string($op) && is_callable($op)) {
                // ['case', $ch, $callback]: a receive without a variable
                return self::withCallback(self::channelCase(SelectCase::RECEIVE, $channel), $case, $keys, 2, $n);
            }
            if (!is_string($op)) {
                Errors::fatal("phpgo: select(): case $n: invalid operation type, expect '<-' or '->'");
            }
            if ($op !== '->' && $op !== '<-') {
                Errors::fatal("phpgo: select(): case $n: invalid operation type $op");
            }
            $c = self::channelCase($op === '->' ? SelectCase::RECEIVE : SelectCase::SEND, $channel);
            $value = self::element($case, $keys, 3, $n);
            if ($c->kind === SelectCase::SEND) {
                $c->value = $value;
                return self::withCallback($c, $case, $keys, 4, $n);
            }
            // a receive: a variable (which must be a reference, &$var) or directly the callback
            if (\ReflectionReference::fromArrayElement($case, $keys[3]) !== null) {
                $c->hasVar = true;
                $c->var = &$case[$keys[3]];
                return self::withCallback($c, $case, $keys, 4, $n);
            }
            if (is_callable($value)) {
                return self::withCallback($c, $case, $keys, 3, $n);
            }
            Errors::fatal("phpgo: select(): case $n: variable must be reference if not ommited");
        }

        /** The case's element at position $p (in array order, whatever the keys). */
        private static function element(array $case, array $keys, int $p, int $n): mixed
        {
            if (!isset($keys[$p])) {
                Errors::fatal("phpgo: select(): case $n: insufficient parameter count");
            }
            return $case[$keys[$p]];
        }

        private static function channelCase(string $kind, Chan $channel): SelectCase
        {
            $c = new SelectCase($kind);
            $c->channel = Handles::$chans[$channel];
            return $c;
        }

        /** The callable at position $at ends the case; anything after it is ignored with a warning. */
        private static function withCallback(SelectCase $c, array $case, array $keys, int $at, int $n): SelectCase
        {
            $callback = self::element($case, $keys, $at, $n);
            if (!is_callable($callback, false, $name)) {
                Errors::fatal("phpgo: case $n: function '$name' is not callable");
            }
            $c->callback = $callback;
            if (isset($keys[$at + 1])) {
                Errors::warning("phpgo: select(): case $n: unexpected extra parameter detected after the callable, ommited");
            }
            return $c;
        }

        /** Runs the cases once: a ready case (chosen at random), else default, else blocks on all of them. */
        public static function run(array $cases): void
        {
            $ready = [];
            $default = null;
            foreach ($cases as $i => $c) {
                if ($c->kind === SelectCase::DEFAULT) {
                    $default ??= $c;
                } elseif ($c->kind === SelectCase::RECEIVE ? $c->channel->canReceive() : $c->channel->canSend()) {
                    $ready[] = $i;
                }
            }
            if ($ready) {
                $c = $cases[count($ready) === 1 ? $ready[0] : $ready[mt_rand(0, count($ready) - 1)]];
                if ($c->kind === SelectCase::RECEIVE) {
                    self::received($c, $c->channel->poll()[1]);
                } else {
                    $c->channel->trySend($c->value);
                    Calls::call($c->callback, [$c->value]);
                }
                return;
            }
            if ($default !== null) {
                Calls::call($default->callback, []);
                return;
            }
            $waiter = new Waiter(Engine::$current, true);
            foreach ($cases as $i => $c) {
                $c->channel->enqueueSelect($waiter, $i, $c->kind === SelectCase::RECEIVE, $c->value);
            }
            Engine::park('select');
            $c = $cases[$waiter->fired];
            if ($c->kind === SelectCase::RECEIVE) {
                self::received($c, $waiter->value);
            } else {
                Calls::call($c->callback, [$c->value]);
            }
        }

        private static function received(SelectCase $c, mixed $value): void
        {
            if ($c->hasVar) {
                $c->var = $value;
            }
            Calls::call($c->callback, [$value]);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Mutex and WaitGroup state
    // ------------------------------------------------------------------------------------------------

    final class MutexState
    {
        public bool $locked = false;
        /** The routine holding it, null when free or when created locked (anyone may unlock it then). */
        public ?Routine $owner = null;
        /** Recursive locks by the owner. */
        public int $count = 0;
        /** @var \SplQueue<Routine> */
        public \SplQueue $waiters;

        public function __construct(bool $signaled)
        {
            $this->waiters = new \SplQueue();
            if (!$signaled) {
                $this->locked = true;
                $this->count = 1;
            }
        }

        public function tryLock(): bool
        {
            $self = Engine::$current;
            if (!$this->locked) {
                $this->locked = true;
                $this->owner = $self;
                $this->count = 1;
                return true;
            }
            if ($this->owner === $self) {
                $this->count++;
                return true;
            }
            return false;
        }

        public function lock(): void
        {
            if (!$this->tryLock()) {
                $this->waiters->enqueue(Engine::$current);
                Engine::park('mutex lock');   // unlock() made this routine the owner
            }
        }

        public function unlock(): void
        {
            if (!$this->locked || --$this->count > 0) {
                return;
            }
            if ($this->waiters->isEmpty()) {
                $this->locked = false;
                $this->owner = null;
                $this->count = 0;
                return;
            }
            $this->owner = $this->waiters->dequeue();
            $this->count = 1;
            Engine::ready($this->owner);
        }
    }

    final class WaitGroupState
    {
        public int $counter = 0;
        /** @var list<Routine> */
        public array $waiters = [];

        public function add(int $delta): int
        {
            $this->counter += $delta;
            if ($this->counter <= 0) {
                foreach ($this->waiters as $waiter) {
                    Engine::ready($waiter);
                }
                $this->waiters = [];
            }
            return $this->counter;
        }

        public function wait(): void
        {
            if ($this->counter > 0) {
                $this->waiters[] = Engine::$current;
                Engine::park('waitgroup wait');
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Errors: warnings, fatal errors and uncaught exceptions, as php reports them
    // ------------------------------------------------------------------------------------------------

    final class Errors
    {
        /** The user's code that called into the API: the first frame outside this file. */
        public static function callSite(): array
        {
            foreach (debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS) as $frame) {
                if (isset($frame['file']) && $frame['file'] !== POLYFILL_FILE) {
                    return [$frame['file'], $frame['line']];
                }
            }
            return ['Unknown', 0];
        }

        /** An E_WARNING at the user's call site: the error handler, error_reporting() and @ apply. */
        public static function warning(string $message): void
        {
            [$file, $line] = self::callSite();
            // fetch the current handler, which php unsets while it runs (so it is not re-entered)
            $handler = set_error_handler(null);
            try {
                if ($handler !== null && Calls::call($handler, [E_WARNING, $message, $file, $line]) !== false) {
                    return;
                }
            } finally {
                restore_error_handler();
            }
            self::report(E_WARNING, $message, $file, $line);
        }

        /** An E_ERROR at the user's call site (or at $file:$line): printed, then exit status 255. */
        public static function fatal(string $message, ?string $file = null, ?int $line = null, string $after = ''): never
        {
            if ($file === null) {
                [$file, $line] = self::callSite();
            }
            self::report(E_ERROR, $message, $file, $line, $after);
            exit(255);
        }

        /** An exception that left a routine's function: reported as php reports an uncaught one. */
        public static function uncaught(\Throwable $e): void
        {
            self::report(E_ERROR, 'Uncaught ' . Traces::describe($e) . "\n  thrown", $e->getFile(), $e->getLine());
        }

        /** Logs and displays as php's own error callback does; $after follows the displayed message. */
        private static function report(int $type, string $message, string $file, int $line, string $after = ''): void
        {
            if (!(error_reporting() & $type)) {
                return;
            }
            $label = $type === E_WARNING ? 'Warning' : 'Fatal error';
            if (filter_var(ini_get('log_errors'), FILTER_VALIDATE_BOOLEAN)) {
                error_log("PHP $label:  $message in $file on line $line");
            }
            $mode = self::displayMode();
            if ($mode === 'stderr' && defined('STDERR')) {
                fwrite(STDERR, "$label: $message in $file on line $line\n" . $after);
            } elseif ($mode !== 'off') {
                echo ini_get('error_prepend_string'), "\n$label: $message in $file on line $line\n",
                    ini_get('error_append_string'), $after;
            }
        }

        /** display_errors as php reads it: on/yes/true/stdout, stderr, or a number. */
        private static function displayMode(): string
        {
            $value = strtolower(trim((string) ini_get('display_errors')));
            return match (true) {
                in_array($value, ['on', 'yes', 'true', 'stdout'], true) => 'stdout',
                $value === 'stderr' || (int) $value === 2 => 'stderr',
                (int) $value !== 0 => 'stdout',
                default => 'off',
            };
        }
    }

    /** Stack traces with the scheduler's own frames cut out: what a routine's user sees. */
    final class Traces
    {
        /** A routine's frames of a getTrace(): up to its function, which shows as "[internal function]". */
        public static function routineFrames(array $trace): array
        {
            $frames = [];
            foreach ($trace as $frame) {
                $class = $frame['class'] ?? '';
                if ($class === Routine::class && $frame['function'] === 'body') {
                    break;   // the fiber's entry: below it is the scheduler
                }
                if (str_starts_with($class, __NAMESPACE__ . '\\') || Calls::isDispatch($frame)) {
                    continue;   // the scheduler's own code
                }
                if (($frame['file'] ?? null) === POLYFILL_FILE) {
                    unset($frame['file'], $frame['line']);   // user code called back by the API
                }
                $frames[] = $frame;
            }
            return $frames;
        }

        /** "  file:line" for each user frame: the deadlock report's stack of one routine. */
        public static function fileLines(array $trace): string
        {
            $lines = '';
            foreach ($trace as $frame) {
                if (isset($frame['file']) && $frame['file'] !== POLYFILL_FILE) {
                    $lines .= "  {$frame['file']}:{$frame['line']}\n";
                }
            }
            return $lines;
        }

        /** Throwable::__toString() as php builds it (previous exceptions first), with routine frames. */
        public static function describe(\Throwable $e): string
        {
            if (!(new \ReflectionMethod($e, '__toString'))->getDeclaringClass()->isInternal()) {
                return (string) $e;   // php uses a class's own __toString() as it is
            }
            $text = '';
            for ($x = $e; $x !== null; $x = $x->getPrevious()) {
                $message = $x->getMessage();
                $head = get_class($x) . ($message !== '' ? ": $message" : '') . " in {$x->getFile()}:{$x->getLine()}";
                $trace = self::traceString(self::routineFrames($x->getTrace()));
                $text = "$head\nStack trace:\n$trace" . ($text !== '' ? "\n\nNext $text" : '');
            }
            return $text;
        }

        /** getTraceAsString()'s format. */
        private static function traceString(array $frames): string
        {
            $text = '';
            foreach ($frames as $i => $frame) {
                $text .= "#$i " . (isset($frame['file']) ? "{$frame['file']}({$frame['line']}): " : '[internal function]: ')
                    . ($frame['class'] ?? '') . ($frame['type'] ?? '') . $frame['function']
                    . '(' . implode(', ', array_map(self::argument(...), $frame['args'] ?? [])) . ")\n";
            }
            return $text . '#' . count($frames) . ' {main}';
        }

        private static function argument(mixed $value): string
        {
            return match (true) {
                $value === null => 'NULL',
                is_bool($value) => $value ? 'true' : 'false',
                is_string($value) => self::quoted($value),
                is_array($value) => 'Array',
                is_object($value) => 'Object(' . get_class($value) . ')',
                is_resource($value) || gettype($value) === 'resource (closed)' => 'Resource id #' . get_resource_id($value),
                default => (string) $value,
            };
        }

        /** 'abc' or 'first 15 bytes...' with control bytes escaped, as php's traces show strings. */
        private static function quoted(string $value): string
        {
            $max = (int) ini_get('zend.exception_string_param_max_len');
            $escaped = preg_replace_callback('/[\x00-\x1f\\\\\x7f-\xff]/', static function (array $m): string {
                return match ($m[0]) {
                    "\n" => '\n', "\r" => '\r', "\t" => '\t', "\f" => '\f', "\v" => '\v', '\\' => '\\\\', "\e" => '\e',
                    default => '\x' . strtoupper(bin2hex($m[0])),
                };
            }, substr($value, 0, $max));
            return "'" . $escaped . (strlen($value) > $max ? "...'" : "'");
        }
    }

    /** The deadlock error: docs/go.md "Deadlock". */
    final class Deadlock
    {
        public static function report(): never
        {
            // we are on main's stack, in the scheduler loop: main's innermost user frame is where it blocked
            $mainTrace = debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
            [$file, $line] = Errors::callSite();
            $stacks = self::block(Engine::$main, $mainTrace);
            foreach (Engine::$alive as $routine) {
                $fiber = $routine->fiber;
                $trace = $fiber->isSuspended() ? (new \ReflectionFiber($fiber))->getTrace(DEBUG_BACKTRACE_IGNORE_ARGS) : [];
                $stacks .= self::block($routine, $trace);
            }
            Errors::fatal('all go routines are asleep - deadlock!', $file, $line, $stacks);
        }

        private static function block(Routine $routine, array $trace): string
        {
            return "goroutine {$routine->id} [{$routine->blockedOn}]:\n" . Traces::fileLines($trace);
        }
    }
}

// ----------------------------------------------------------------------------------------------------
// The public classes (namespace go)
// ----------------------------------------------------------------------------------------------------

namespace go {

    use go\polyfill\ChanCore;
    use go\polyfill\Engine;
    use go\polyfill\Errors;
    use go\polyfill\Handles;
    use go\polyfill\MutexState;
    use go\polyfill\Select;
    use go\polyfill\Timers;
    use go\polyfill\WaitGroupState;

    class Chan
    {
        public $name = '';
        public $capacity = 0;
        public $copy = false;

        /** @param int|array $capacityOrOptions a capacity, or ['name' => string, 'capacity' => int, 'copy' => bool] */
        public function __construct($capacityOrOptions = 0)
        {
            $name = '';
            $capacity = 0;
            $copy = false;
            if (is_int($capacityOrOptions)) {
                $capacity = $capacityOrOptions;
            } elseif (is_array($capacityOrOptions)) {
                $options = $capacityOrOptions;
                if (array_key_exists('name', $options)) {
                    if (!is_string($options['name'])) {
                        Errors::fatal('phpgo: Chan( $options ): option "name" must be string');
                    }
                    $name = $options['name'];
                }
                if (array_key_exists('capacity', $options)) {
                    if (!is_int($options['capacity'])) {
                        Errors::fatal('phpgo: Chan( $options ): option "capacity" must be long');
                    }
                    $capacity = $options['capacity'];
                }
                if (array_key_exists('copy', $options)) {
                    if (!is_bool($options['copy'])) {
                        Errors::fatal('phpgo: Chan( $options ): option "copy" must be bool');
                    }
                    $copy = $options['copy'];
                }
            } else {
                Errors::fatal('phpgo: Chan( long $capacity| array $options ): parameter 1 must be long or array');
            }
            if ($capacity < 0) {
                Errors::fatal('phpgo: Chan(): the capacity must be greater than or equal to 0');
            }
            $core = ChanCore::open($capacity, $copy, $name);
            Handles::$chans[$this] = $core;
            $this->name = $name;
            $this->capacity = $core->cap;
            $this->copy = $core->copy;
        }

        public function push($value)
        {
            return Handles::$chans[$this]->send($value);
        }

        public function pop()
        {
            return Handles::$chans[$this]->receive();
        }

        public function tryPush($value)
        {
            return Handles::$chans[$this]->trySend($value);
        }

        public function tryPop()
        {
            [$ok, $value] = Handles::$chans[$this]->poll();
            return $ok ? $value : false;
        }

        public function close(): bool
        {
            return Handles::$chans[$this]->close();
        }

        public function len(): int
        {
            return Handles::$chans[$this]->buffer->count();
        }

        public function cap(): int
        {
            return Handles::$chans[$this]->cap;
        }

        public function isClosed(): bool
        {
            return Handles::$chans[$this]->closed;
        }
    }

    /** What select() returns: its cases, to run again. */
    class Selector
    {
        public function select(): Selector
        {
            Select::run(self::cases($this, 'select'));
            return $this;
        }

        /** Runs select() until $done yields a value (returned), or NULL once $done is closed. */
        public function loop(Chan $done)
        {
            $cases = self::cases($this, 'loop');
            $channel = Handles::$chans[$done];
            while (true) {
                [$ok, $value] = $channel->poll();
                if ($ok) {
                    return $value;
                }
                Select::run($cases);
            }
        }

        private static function cases(Selector $selector, string $method): array
        {
            return Handles::$selectors[$selector] ?? Errors::fatal("phpgo: Selector::$method(): null object handle");
        }
    }

    class Mutex
    {
        /** @param bool $signaled false: created locked, and the first unlock() frees it */
        public function __construct(bool $signaled = true)
        {
            Handles::$mutexes[$this] = new MutexState($signaled);
        }

        public function lock(): bool
        {
            Handles::$mutexes[$this]->lock();
            return true;
        }

        public function unlock(): bool
        {
            Handles::$mutexes[$this]->unlock();
            return true;
        }

        public function tryLock(): bool
        {
            return Handles::$mutexes[$this]->tryLock();
        }

        public function isLock(): bool
        {
            return Handles::$mutexes[$this]->locked;
        }
    }

    class WaitGroup
    {
        public function __construct()
        {
            Handles::$waitGroups[$this] = new WaitGroupState();
        }

        public function add(int $delta): int
        {
            return Handles::$waitGroups[$this]->add($delta);
        }

        public function done(): int
        {
            return Handles::$waitGroups[$this]->add(-1);
        }

        public function wait(): bool
        {
            Handles::$waitGroups[$this]->wait();
            return true;
        }
    }

    class Scheduler
    {
        /** Waits until at most $tasksLeft routines (the caller not counted) are alive. */
        public static function join(int $tasksLeft = 0): bool
        {
            Engine::join($tasksLeft);
            return true;
        }

        /** Lets the ready routines run until they block; how many routine runs that took. */
        public static function run(): int
        {
            if (Engine::$current !== Engine::$main) {
                Errors::fatal('phpgo: error: run must be called outside a go routine');
            }
            return Engine::runReady();
        }

        /** Runs routines forever: the program ends by Runtime::quit(), exit, or the deadlock error. */
        public static function loop(): void
        {
            if (Engine::$current !== Engine::$main) {
                Errors::fatal('phpgo: error: loop must be called outside a go routine');
            }
            while (true) {
                Engine::park('scheduler loop');
            }
        }
    }

    class Runtime
    {
        /** Routines alive, main included. */
        public static function numGoroutine(): int
        {
            return count(Engine::$alive) + 1;
        }

        public static function gosched(): void
        {
            Engine::gosched();
        }

        public static function goid(): int
        {
            return Engine::$current->id;
        }

        /** Ends the whole program from anywhere, as exit($status). */
        public static function quit(int|string $status = 0): never
        {
            exit($status);
        }
    }

    class Time
    {
        public const NANOSECOND = 1;
        public const MICROSECOND = 1000;
        public const MILLISECOND = 1000000;
        public const SECOND = 1000000000;
        public const MINUTE = 60000000000;
        public const HOUR = 3600000000000;

        public static function sleep(int $ns): void
        {
            if ($ns > 0) {
                Timers::sleep($ns);
            }
        }

        /** A channel that receives one microtime(true) timestamp $ns from now. */
        public static function after(int $ns): Chan
        {
            $channel = new Chan(1);
            Timers::start(Handles::$chans[$channel], max(0, $ns), 0);
            return $channel;
        }

        /** A channel that receives a timestamp every $ns; a tick not taken yet makes the next one dropped. */
        public static function tick(int $ns): Chan
        {
            $channel = new Chan(1);
            if ($ns > 0) {
                Timers::start(Handles::$chans[$channel], $ns, $ns);
            }
            return $channel;
        }
    }
}

// ----------------------------------------------------------------------------------------------------
// The functions (global namespace)
// ----------------------------------------------------------------------------------------------------

namespace {

    use go\polyfill\Engine;
    use go\polyfill\Errors;
    use go\polyfill\Handles;
    use go\polyfill\Select;

    /** Starts a routine calling $fn(...$args); it first runs when the caller blocks. */
    function go(callable $fn, array $args = []): bool
    {
        Engine::spawn($fn, $args, false);
        return true;
    }

    /** As go(), with options 'stack_size' (ignored here) and 'isolate_http_globals' (bool). */
    function goo(array $options, callable $fn, array $args = []): bool
    {
        Engine::spawn($fn, $args, (bool) ($options['isolate_http_globals'] ?? false));
        return true;
    }

    /**
     * Waits until one case is ready and runs its callback; returns a go\Selector to run them again.
     * A final bool false only builds the Selector.
     */
    function select(...$cases): \go\Selector
    {
        if (!$cases) {
            Errors::fatal('phpgo: select(): require at least 1 parameter');
        }
        $run = true;
        if (is_bool($cases[array_key_last($cases)])) {
            $run = array_pop($cases);
        }
        if (!$cases) {
            Errors::fatal('phpgo: select(): at least one case or default switch or selector required');
        }
        $parsed = Select::parse($cases);
        if ($run) {
            Select::run($parsed);
        }
        $selector = new \go\Selector();
        Handles::$selectors[$selector] = $parsed;
        return $selector;
    }

    /** phpgo's libgo debug flags: nothing to set here. */
    function go_debug(int $flags): void
    {
    }

    Handles::init();
    Engine::init();
}
