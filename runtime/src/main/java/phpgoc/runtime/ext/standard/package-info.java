/** PHP's {@code ext/standard}: strings, math, arrays and sorting, var_dump family, printf, json, streams and files, types, time. */
package phpgoc.runtime.ext.standard;
