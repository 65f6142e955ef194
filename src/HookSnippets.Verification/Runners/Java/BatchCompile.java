// Compiles many Java samples in one JVM: every sample declares a class named Main, so one javac call over all
// files would report duplicate classes; each file gets its own output folder instead. The tasks share one file
// manager, which reads the JDK's class index once instead of once per file.
// Usage: java BatchCompile.java [--lint] [--class-path <jars>] <out-folder> <file.java> [<out-folder> <file.java>]...
// --lint turns on every lint warning and makes each one an error (the syntax check); --class-path names the jars of
// a target's library (java-okhttp).
// Prints "@@ <file>" before the diagnostics of each file that fails; exit code 1 when any file fails.
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

class BatchCompile {
    public static void main(String[] args) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int first = 0;
        boolean lint = args.length > first && args[first].equals("--lint");
        if (lint) {
            first++;
        }
        String classPath = null;
        if (args.length > first + 1 && args[first].equals("--class-path")) {
            classPath = args[first + 1];
            first += 2;
        }
        boolean failed = false;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            for (int i = first; i + 1 < args.length; i += 2) {
                List<String> options = new ArrayList<>(List.of("-d", args[i], "-proc:none", "-encoding", "UTF-8"));
                if (lint) {
                    options.addAll(List.of("-Xlint:all", "-Werror"));
                }
                if (classPath != null) {
                    options.addAll(List.of("-classpath", classPath));
                }
                StringWriter messages = new StringWriter();
                boolean compiled = compiler.getTask(new PrintWriter(messages), files, null, options, null,
                        files.getJavaFileObjects(args[i + 1])).call();
                if (!compiled) {
                    failed = true;
                    System.out.println("@@ " + args[i + 1]);
                    System.out.println(messages);
                }
            }
        }
        System.exit(failed ? 1 : 0);
    }
}
