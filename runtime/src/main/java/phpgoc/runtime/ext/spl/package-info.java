/** ext/spl's functions: autoload registration, class_implements/class_parents, iterator and object helpers. */
package phpgoc.runtime.ext.spl;
