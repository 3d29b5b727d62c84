/**
 * Raw bytecode emission on ASM: the only package that speaks JVM instructions. {@code Call} and
 * {@code FieldRef} are typed references to runtime methods and fields, checked against the real
 * classes when the compiler starts, so no call site holds a hand-written descriptor.
 */
package phpgoc.compiler.emit;
