/**
 * php's hash extension: hash(), hash_hmac(), the incremental HashContext API, PBKDF2 and HKDF over
 * the algorithms of {@link phpgoc.runtime.ext.hash.Algos}; and ext/standard's password_* functions (bcrypt).
 */
package phpgoc.runtime.ext.hash;
