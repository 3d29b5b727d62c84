/**
 * PHP's library functions, one subpackage per PHP extension, as plain static Java methods;
 * {@link phpgoc.runtime.ext.Builtins} is the one place that binds PHP names to them and
 * {@link phpgoc.runtime.ext.Constants} holds the built-in constants.
 */
package phpgoc.runtime.ext;
