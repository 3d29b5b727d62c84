/** Functions of PHP's Zend core (constants, function handling, error reporting settings). */
package phpgoc.runtime.ext.core;
