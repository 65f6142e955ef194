// Compiles many Java samples in one JVM: every sample declares a class named Main, so one javac call over all
// files would report duplicate classes; each file gets its own output folder instead.
// Usage: java BatchCompile.java <out-folder> <file.java> [<out-folder> <file.java>]...
// Prints "@@ <file>" before the diagnostics of each file that fails; exit code 1 when any file fails.
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

class BatchCompile {
    public static void main(String[] args) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        boolean failed = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            StringWriter messages = new StringWriter();
            int code = compiler.getTask(new PrintWriter(messages), null, null,
                    java.util.List.of("-d", args[i], "-proc:none", "-encoding", "UTF-8"), null,
                    compiler.getStandardFileManager(null, null, null).getJavaFileObjects(args[i + 1])).call() ? 0 : 1;
            if (code != 0) {
                failed = true;
                System.out.println("@@ " + args[i + 1]);
                System.out.println(messages);
            }
        }
        System.exit(failed ? 1 : 0);
    }
}
