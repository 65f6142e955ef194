// Runs compiled Java samples one at a time in this JVM, each in a class loader of its own (its Main class and statics
// fresh, only the JDK shared), so that the JVM's start-up and warm-up are paid once rather than per sample. A sample's
// turn ends as its own JVM would end: when main has returned or thrown (exit code 0, or 1 with the stack trace as the
// JVM prints it) and every non-daemon thread it started has finished. A sample that calls System.exit ends this host
// with its exit code; verify then starts a fresh host for the next sample. A JVM cannot change its working folder:
// this host runs from the runner's folder, and verify runs a sample whose folder holds files besides its own (inputs
// placed for it) in a JVM of its own instead.
// Protocol (verify's SampleHost): prints READY, then for each line
// "RUN\t<classes folder>\t<working folder>\t<stdout file>\t<stderr file>" answers "DONE\t<exit code>". The class run is
// Main, or the one named after a '#' ("<classes folder>#<class>": kotlin-okhttp's samples, compiled into one folder).
// Usage: java SampleHost.java [<library jar>...]: the jars of the target's library (java-okhttp) join each sample's
// class loader, so every sample loads its own copy (statics and thread pools of the library included).
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

class SampleHost {
    private static URL[] libraries;

    public static void main(String[] args) throws Exception {
        libraries = new URL[args.length];
        for (int i = 0; i < args.length; i++) {
            libraries[i] = Path.of(args[i]).toUri().toURL();
        }
        PrintStream control = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(new byte[0]));
        control.println("READY");
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            String[] parts = line.split("\t", -1);
            int hash = parts[1].lastIndexOf('#');
            String mainClass = hash < 0 ? "Main" : parts[1].substring(hash + 1);
            control.println("DONE\t" + run(Path.of(hash < 0 ? parts[1] : parts[1].substring(0, hash)), mainClass, parts[3], parts[4]));
        }
    }

    private static int run(Path classes, String mainClass, String stdout, String stderr) throws Exception {
        try (PrintStream out = new PrintStream(new FileOutputStream(stdout), true, StandardCharsets.UTF_8);
             PrintStream err = new PrintStream(new FileOutputStream(stderr), true, StandardCharsets.UTF_8);
             URLClassLoader loader = new URLClassLoader(classPath(classes), ClassLoader.getPlatformClassLoader())) {
            System.setOut(out);
            System.setErr(err);
            ThreadGroup group = new ThreadGroup("sample");
            Throwable[] failure = new Throwable[1];
            Thread main = new Thread(group, () -> {
                try {
                    Method entry = Class.forName(mainClass, true, loader).getMethod("main", String[].class);
                    // The launcher calls main of a class that is not public (as the samples' Main is); reflection must be allowed to.
                    entry.setAccessible(true);
                    entry.invoke(null, (Object) new String[0]);
                } catch (InvocationTargetException e) {
                    failure[0] = e.getCause();
                } catch (ReflectiveOperationException e) {
                    failure[0] = e;
                }
            }, "main");
            main.setContextClassLoader(loader);
            main.start();
            main.join();
            if (failure[0] != null) {
                err.print("Exception in thread \"main\" ");
                withoutHostFrames(failure[0]).printStackTrace(err);
            }
            awaitNonDaemonThreads(group);
            return failure[0] == null ? 0 : 1;
        }
    }

    private static URL[] classPath(Path classes) throws Exception {
        URL[] urls = new URL[libraries.length + 1];
        urls[0] = classes.toUri().toURL();
        System.arraycopy(libraries, 0, urls, 1, libraries.length);
        return urls;
    }

    // The trace as the sample's own JVM prints it: its frames end where this host's reflective call begins.
    private static Throwable withoutHostFrames(Throwable failure) {
        failure.setStackTrace(Arrays.stream(failure.getStackTrace())
                .takeWhile(frame -> !frame.getClassName().startsWith("jdk.internal.reflect.") && !frame.getClassName().equals("java.lang.reflect.Method"))
                .toArray(StackTraceElement[]::new));
        return failure;
    }

    private static void awaitNonDaemonThreads(ThreadGroup group) throws InterruptedException {
        for (boolean waited = true; waited; ) {
            waited = false;
            Thread[] threads = new Thread[group.activeCount() + 16];
            int count = group.enumerate(threads, true);
            for (int i = 0; i < count; i++) {
                if (!threads[i].isDaemon() && threads[i].isAlive()) {
                    threads[i].join();
                    waited = true;
                }
            }
        }
    }
}
