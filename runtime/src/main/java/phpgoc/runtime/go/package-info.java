/**
 * The go runtime (docs/go.md, shared/phpgo-api.md): PHP routines on JDK virtual threads, one context's
 * routines running one at a time in default mode. {@link phpgoc.runtime.go.RoutineScheduler} owns the
 * baton and the FIFO run queue; {@link phpgoc.runtime.go.Channel} is Go's hchan and
 * {@link phpgoc.runtime.go.Selection} its selectgo; {@link phpgoc.runtime.go.GoMutex} and
 * {@link phpgoc.runtime.go.GoWaitGroup} the sync types. The PHP side: the functions in
 * {@link phpgoc.runtime.go.GoFunctions} and the {@code go\...} classes in
 * {@link phpgoc.runtime.go.GoClasses}. {@link phpgoc.runtime.go.Blocking} is how I/O functions let
 * other routines run while they block.
 *
 * <p>Nothing here uses {@code synchronized} (it pins virtual threads on JDK 21): locks are
 * {@code ReentrantLock}s and parking is {@code LockSupport}. Channels, mutexes and wait groups have
 * their own locks and wake routines only through the scheduler, so a parallel mode can replace the
 * baton without changing them.
 */
package phpgoc.runtime.go;
