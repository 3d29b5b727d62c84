package phpgoc.runtime.ext.standard;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Values;

/**
 * File metadata and file-system changes of ext/standard: the stat family (stat, lstat, fstat,
 * filemtime &amp; co.), touch, chmod, copy, rename, chdir, links, umask, disk space. Nothing is
 * cached, so clearstatcache() has nothing to clear. Warnings are php's, with the C library's
 * error texts.
 */
public final class FileInfo {
    private FileInfo() {}

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    /** The unix attributes of {@code p}, or null if it does not exist. */
    static Map<String, Object> attrs(Path p, boolean follow) {
        try {
            return java.nio.file.Files.readAttributes(p, "unix:*", follow ? FOLLOW : NOFOLLOW);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private static long num(Map<String, Object> a, String k) {
        Object v = a.get(k);
        if (v instanceof FileTime t) return t.toMillis() / 1000;
        return v instanceof Number n ? n.longValue() : 0;
    }

    private static Map<String, Object> statOrWarn(Context ctx, String fn, Object filename, boolean follow) {
        String name = Args.str(filename, fn, 1, "filename");
        Map<String, Object> a = name.isEmpty() ? null : attrs(Files.resolve(ctx, name), follow);
        if (a == null) ctx.warning(fn + "(): " + (follow ? "stat" : "Lstat") + " failed for " + name);
        return a;
    }

    static PhpArray statArray(Map<String, Object> a) {
        long size = num(a, "size");
        long[] v = {num(a, "dev"), num(a, "ino"), num(a, "mode"), num(a, "nlink"), num(a, "uid"), num(a, "gid"), num(a, "rdev"),
            size, num(a, "lastAccessTime"), num(a, "lastModifiedTime"), num(a, "ctime"), 4096, (size + 4095) / 4096 * 8};
        String[] names = {"dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "size", "atime", "mtime", "ctime", "blksize", "blocks"};
        PhpArray out = new PhpArray(26);
        for (long x : v) out.append(x);
        for (int i = 0; i < names.length; i++) out.put(names[i], v[i]);
        return out;
    }

    public static Object stat(Context ctx, Object filename) {
        Map<String, Object> a = statOrWarn(ctx, "stat", filename, true);
        return a == null ? (Object) false : statArray(a);
    }

    public static Object lstat(Context ctx, Object filename) {
        Map<String, Object> a = statOrWarn(ctx, "lstat", filename, false);
        return a == null ? (Object) false : statArray(a);
    }

    private static Object field(Context ctx, String fn, Object filename, String key) {
        Map<String, Object> a = statOrWarn(ctx, fn, filename, true);
        return a == null ? (Object) false : (Object) num(a, key);
    }

    public static Object filemtime(Context ctx, Object filename) { return field(ctx, "filemtime", filename, "lastModifiedTime"); }
    public static Object fileatime(Context ctx, Object filename) { return field(ctx, "fileatime", filename, "lastAccessTime"); }
    public static Object filectime(Context ctx, Object filename) { return field(ctx, "filectime", filename, "ctime"); }
    public static Object fileperms(Context ctx, Object filename) { return field(ctx, "fileperms", filename, "mode"); }
    public static Object fileowner(Context ctx, Object filename) { return field(ctx, "fileowner", filename, "uid"); }
    public static Object filegroup(Context ctx, Object filename) { return field(ctx, "filegroup", filename, "gid"); }
    public static Object fileinode(Context ctx, Object filename) { return field(ctx, "fileinode", filename, "ino"); }

    public static Object filetype(Context ctx, Object filename) {
        Map<String, Object> a = statOrWarn(ctx, "filetype", filename, false);
        if (a == null) return false;
        return switch ((int) (num(a, "mode") & 0170000)) {
            case 0040000 -> "dir";
            case 0120000 -> "link";
            case 0010000 -> "fifo";
            case 0020000 -> "char";
            case 0060000 -> "block";
            case 0140000 -> "socket";
            case 0100000 -> "file";
            default -> "unknown";
        };
    }

    public static boolean is_link(Context ctx, Object filename) {
        String name = Args.str(filename, "is_link", 1, "filename");
        return !name.isEmpty() && java.nio.file.Files.isSymbolicLink(Files.resolve(ctx, name));
    }

    public static boolean is_executable(Context ctx, Object filename) {
        String name = Args.str(filename, "is_executable", 1, "filename");
        if (name.isEmpty()) return false;
        Path p = Files.resolve(ctx, name);
        return java.nio.file.Files.isRegularFile(p) && java.nio.file.Files.isExecutable(p);
    }

    public static void clearstatcache() {}
    public static void clearstatcache(Object clear_realpath_cache) {}
    public static void clearstatcache(Object clear_realpath_cache, Object filename) {}

    // ---- changes

    public static boolean touch(Context ctx, Object filename) { return touch(ctx, filename, null, null); }
    public static boolean touch(Context ctx, Object filename, Object mtime) { return touch(ctx, filename, mtime, null); }

    public static boolean touch(Context ctx, Object filename, Object mtime, Object atime) {
        String name = Args.str(filename, "touch", 1, "filename");
        Long m = mtime == null || mtime == Values.UNDEF ? null : Args.toInt(mtime, "touch", 2, "mtime");
        Long at = atime == null || atime == Values.UNDEF ? m : (Long) Args.toInt(atime, "touch", 3, "atime");
        Path p = Files.resolve(ctx, name);
        try {
            if (!java.nio.file.Files.exists(p)) java.nio.file.Files.createFile(p);
            FileTime now = FileTime.fromMillis(System.currentTimeMillis());
            var view = java.nio.file.Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class);
            view.setTimes(m == null ? now : FileTime.fromMillis(m * 1000), at == null ? now : FileTime.fromMillis(at * 1000), null);
            return true;
        } catch (IOException e) {
            ctx.warning("touch(): Unable to create file " + name + " because " + reason(p, e));
            return false;
        }
    }

    /** The C library's text for a failed file operation on {@code p}. */
    static String reason(Path p, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "No such file or directory";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "File exists";
        if (e instanceof java.nio.file.AccessDeniedException) return "Permission denied";
        if (e instanceof java.nio.file.DirectoryNotEmptyException) return "Directory not empty";
        if (e instanceof java.nio.file.NotDirectoryException) return "Not a directory";
        if (java.nio.file.Files.isDirectory(p)) return "Is a directory";
        return "No such file or directory";
    }

    public static boolean chmod(Context ctx, Object filename, Object permissions) {
        String name = Args.str(filename, "chmod", 1, "filename");
        long mode = Args.toInt(permissions, "chmod", 2, "permissions");
        Path p = Files.resolve(ctx, name);
        try {
            java.nio.file.Files.setAttribute(p, "unix:mode", (int) (mode & 07777));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            ctx.warning("chmod(): " + (e instanceof IOException io ? reason(p, io) : "Operation not permitted"));
            return false;
        }
    }

    public static boolean copy(Context ctx, Object from, Object to) {
        String f = Args.str(from, "copy", 1, "from");
        String t = Args.str(to, "copy", 2, "to");
        Path src = Files.resolve(ctx, f), dst = Files.resolve(ctx, t);
        if (!java.nio.file.Files.exists(src)) {
            ctx.warning("copy(" + f + "): Failed to open stream: No such file or directory");
            return false;
        }
        if (java.nio.file.Files.isDirectory(src)) {
            ctx.warning("copy(): The first argument to copy() function cannot be a directory");
            return false;
        }
        try {
            java.nio.file.Files.copy(src, dst, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            ctx.warning("copy(" + t + "): Failed to open stream: " + reason(dst, e));
            return false;
        }
    }

    public static boolean copy(Context ctx, Object from, Object to, Object context) { return copy(ctx, from, to); }

    public static boolean rename(Context ctx, Object from, Object to) {
        String f = Args.str(from, "rename", 1, "from");
        String t = Args.str(to, "rename", 2, "to");
        Path src = Files.resolve(ctx, f), dst = Files.resolve(ctx, t);
        try {
            if (!java.nio.file.Files.exists(src, NOFOLLOW)) throw new java.nio.file.NoSuchFileException(f);
            if (java.nio.file.Files.isDirectory(dst) && !java.nio.file.Files.isDirectory(src)) {
                ctx.warning("rename(" + f + "," + t + "): Is a directory");
                return false;
            }
            java.nio.file.Files.move(src, dst, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            ctx.warning("rename(" + f + "," + t + "): " + reason(src, e));
            return false;
        }
    }

    public static boolean rename(Context ctx, Object from, Object to, Object context) { return rename(ctx, from, to); }

    public static boolean chdir(Context ctx, Object directory) {
        String d = Args.str(directory, "chdir", 1, "directory");
        Path p = Files.resolve(ctx, d).normalize();
        if (!java.nio.file.Files.exists(p)) {
            ctx.warning("chdir(): No such file or directory (errno 2)");
            return false;
        }
        if (!java.nio.file.Files.isDirectory(p)) {
            ctx.warning("chdir(): Not a directory (errno 20)");
            return false;
        }
        ctx.cwd = p;
        return true;
    }

    public static Object readlink(Context ctx, Object path) {
        String name = Args.str(path, "readlink", 1, "path");
        try {
            return java.nio.file.Files.readSymbolicLink(Files.resolve(ctx, name)).toString();
        } catch (java.nio.file.NotLinkException e) {
            ctx.warning("readlink(): Invalid argument");
        } catch (IOException | UnsupportedOperationException e) {
            ctx.warning("readlink(): No such file or directory");
        }
        return false;
    }

    public static boolean symlink(Context ctx, Object target, Object link) {
        String t = Args.str(target, "symlink", 1, "target");
        String l = Args.str(link, "symlink", 2, "link");
        Path lp = Files.resolve(ctx, l);
        try {
            java.nio.file.Files.createSymbolicLink(lp, java.nio.file.Path.of(t));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            ctx.warning("symlink(): " + (e instanceof IOException io ? reason(lp, io) : "Operation not permitted"));
            return false;
        }
    }

    public static boolean link(Context ctx, Object target, Object link) {
        String t = Args.str(target, "link", 1, "target");
        String l = Args.str(link, "link", 2, "link");
        Path tp = Files.resolve(ctx, t);
        try {
            if (!java.nio.file.Files.exists(tp)) throw new java.nio.file.NoSuchFileException(t);
            java.nio.file.Files.createLink(Files.resolve(ctx, l), tp);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            ctx.warning("link(): " + (e instanceof IOException io ? reason(tp, io) : "Operation not permitted"));
            return false;
        }
    }

    /** The run's umask (php's default 022); it is reported, not applied to files the JVM creates. */
    static final class Umask {
        long mask = 022;
    }

    public static long umask(Context ctx) { return ctx.extensionState(Umask.class, Umask::new).mask; }

    public static long umask(Context ctx, Object mask) {
        Umask u = ctx.extensionState(Umask.class, Umask::new);
        long old = u.mask;
        if (mask != null && mask != Values.UNDEF) u.mask = Args.toInt(mask, "umask", 1, "mask") & 0777;
        return old;
    }

    private static Object space(Context ctx, String fn, Object directory, boolean free) {
        String d = Args.str(directory, fn, 1, "directory");
        Path p = Files.resolve(ctx, d);
        try {
            var store = java.nio.file.Files.getFileStore(p);
            return (double) (free ? store.getUsableSpace() : store.getTotalSpace());
        } catch (IOException e) {
            ctx.warning(fn + "(): " + reason(p, e));
            return false;
        }
    }

    public static Object disk_free_space(Context ctx, Object directory) { return space(ctx, "disk_free_space", directory, true); }
    public static Object diskfreespace(Context ctx, Object directory) { return space(ctx, "diskfreespace", directory, true); }
    public static Object disk_total_space(Context ctx, Object directory) { return space(ctx, "disk_total_space", directory, false); }
}
