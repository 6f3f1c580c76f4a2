import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small stand-in for GraalVM's {@code native-image} driver, which is not published to Maven
 * repositories for recent GraalVM versions. It does what the real driver does for the arguments
 * Quarkus (and the native-image.properties files of common libraries) pass:
 * <ul>
 * <li>answers {@code --version} in the driver's format (Quarkus parses it);</li>
 * <li>turns the documented command-line options ({@code --no-fallback}, {@code --features=},
 * {@code --initialize-at-run-time=}, ...) into the builder's {@code -H:} options, passes
 * {@code -H:}/{@code -R:} options through and {@code -J} options to the builder JVM;</li>
 * <li>reads {@code -jar}'s manifest (main class, Class-Path) and every
 * {@code META-INF/native-image/**} file on the class path: {@code native-image.properties}
 * (Args, JavaArgs, ImageName) and the JSON metadata files, honouring {@code --exclude-config};</li>
 * <li>starts the image builder ({@code NativeImageGeneratorRunner}) as the real driver does: on the
 * module path, JVMCI enabled, the Graal compiler jar on the upgrade module path, the builder
 * arguments in a NUL-separated argument file.</li>
 * </ul>
 * Unknown {@code --options} fail loudly instead of being dropped. Run it with the JDK of the
 * assembled home; the home directory is given by the system property {@code native-image.root}.
 */
public final class NativeImageLauncher {

    static final String GRAALVM_VERSION = System.getProperty("native-image.graalvm-version", "25.0.2");
    static final String GRAALVM_BUILD = System.getProperty("native-image.graalvm-build", "25.0.2+10.1");

    /** Builder modules (besides jdk.graal.compiler) that need the JDK's internal packages. */
    static final String EXPORT_TARGETS = String.join(",", "jdk.graal.compiler", "org.graalvm.nativeimage.builder",
                    "org.graalvm.nativeimage.pointsto", "org.graalvm.nativeimage.base", "org.graalvm.nativeimage.objectfile",
                    "org.graalvm.nativeimage.configure", "org.graalvm.nativeimage.libgraal", "org.graalvm.truffle.compiler",
                    "org.graalvm.espresso.shared.svm");

    /** META-INF/native-image/** JSON file name -> builder option that loads it as a resource. */
    static final String[][] METADATA_FILES = {
                    {"reflect-config.json", "ReflectionConfigurationResources"},
                    {"resource-config.json", "ResourceConfigurationResources"},
                    {"jni-config.json", "JNIConfigurationResources"},
                    {"proxy-config.json", "DynamicProxyConfigurationResources"},
                    {"serialization-config.json", "SerializationConfigurationResources"},
                    {"predefined-classes-config.json", "PredefinedClassesConfigurationResources"},
                    {"reachability-metadata.json", "ReachabilityMetadataResources"},
    };

    final Path root;
    final List<String> javaArgs = new ArrayList<>();
    final List<String> builderArgs = new ArrayList<>();
    final LinkedHashSet<Path> imageClasspath = new LinkedHashSet<>();
    final List<Pattern[]> excludes = new ArrayList<>();
    final LinkedHashSet<String> addModules = new LinkedHashSet<>();
    String mainClass;
    String imageName;
    boolean verbose = Boolean.getBoolean("native-image.verbose") || System.getenv("NATIVE_IMAGE_LAUNCHER_VERBOSE") != null;
    boolean dryRun;

    NativeImageLauncher(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("native-image.root")).toAbsolutePath();
        NativeImageLauncher launcher = new NativeImageLauncher(root);
        for (String arg : args) {
            if (arg.equals("--version")) {
                System.out.println("native-image " + GRAALVM_VERSION + " 2026-01-20");
                System.out.println("GraalVM Runtime Environment GraalVM CE " + GRAALVM_BUILD + " (build " + GRAALVM_VERSION + "+10-jvmci-b01)");
                System.out.println("Substrate VM GraalVM CE " + GRAALVM_BUILD + " (build " + GRAALVM_VERSION + "+10, serial gc)");
                return;
            }
        }
        System.exit(launcher.run(List.of(args)));
    }

    int run(List<String> args) throws Exception {
        List<String> positional = new ArrayList<>();
        Path jar = null;
        Path workDir = Path.of("").toAbsolutePath();
        builderArgs.add("-H:Path=" + workDir);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("@")) { // argument files, as the real driver accepts them
                List<String> expanded = new ArrayList<>(Files.readAllLines(Path.of(a.substring(1))).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
                List<String> rest = new ArrayList<>(args.subList(0, i));
                rest.addAll(expanded);
                rest.addAll(args.subList(i + 1, args.size()));
                args = rest;
                i--;
                continue;
            }
            switch (a) {
                case "-jar" -> jar = Path.of(args.get(++i)).toAbsolutePath();
                case "-cp", "-classpath", "--class-path" -> addClasspath(args.get(++i), workDir);
                case "-o" -> setOutput(args.get(++i), workDir);
                case "--exclude-config" -> excludes.add(new Pattern[]{Pattern.compile(args.get(++i)), Pattern.compile(args.get(++i))});
                case "--verbose" -> verbose = true;
                case "--dry-run" -> dryRun = true;
                default -> {
                    if (a.startsWith("-") ) {
                        option(a, "command line");
                    } else {
                        positional.add(a);
                    }
                }
            }
        }
        if (jar != null) {
            imageClasspath.add(jar);
            try (JarFile jf = new JarFile(jar.toFile())) {
                Manifest mf = jf.getManifest();
                if (mf != null) {
                    Attributes at = mf.getMainAttributes();
                    if (at.getValue("Main-Class") != null) {
                        mainClass = at.getValue("Main-Class");
                    }
                    String cp = at.getValue("Class-Path");
                    if (cp != null) {
                        for (String e : cp.trim().split("\\s+")) {
                            if (!e.isEmpty()) {
                                imageClasspath.add(jar.getParent().resolve(java.net.URLDecoder.decode(e, StandardCharsets.UTF_8)).normalize());
                            }
                        }
                    }
                }
            }
            if (!positional.isEmpty()) {
                setOutput(positional.remove(0), workDir);
            } else if (imageName == null) {
                String n = jar.getFileName().toString();
                imageName = n.endsWith(".jar") ? n.substring(0, n.length() - 4) : n;
            }
        } else {
            if (!positional.isEmpty()) {
                mainClass = positional.remove(0);
            }
            if (!positional.isEmpty()) {
                setOutput(positional.remove(0), workDir);
            }
            if (imageName == null && mainClass != null) {
                imageName = mainClass.toLowerCase(java.util.Locale.ROOT);
            }
        }
        if (!positional.isEmpty()) {
            throw new IllegalArgumentException("unexpected arguments: " + positional);
        }
        if (imageClasspath.isEmpty()) {
            imageClasspath.add(workDir);
        }
        for (Path entry : imageClasspath) {
            readMetaInf(entry);
        }
        if (mainClass != null) {
            builderArgs.add("-H:Class=" + mainClass);
        }
        if (imageName != null) {
            builderArgs.add("-H:Name=" + imageName);
        }
        return launch();
    }

    void addClasspath(String value, Path workDir) {
        for (String e : value.split(java.io.File.pathSeparator)) {
            if (e.isEmpty()) {
                continue;
            }
            if (e.endsWith("/*") || e.equals("*")) {
                Path dir = workDir.resolve(e.substring(0, e.length() - 1));
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(imageClasspath::add);
                } catch (IOException ex) {
                    throw new IllegalArgumentException("cannot list " + dir, ex);
                }
            } else {
                imageClasspath.add(workDir.resolve(e).normalize());
            }
        }
    }

    void setOutput(String name, Path workDir) {
        Path p = Path.of(name);
        if (p.getParent() != null) {
            builderArgs.add("-H:Path=" + workDir.resolve(p.getParent()).normalize());
        }
        imageName = p.getFileName().toString();
    }

    /** One option from the command line or from a native-image.properties Args line. */
    void option(String a, String origin) {
        if (a.startsWith("-J")) {
            javaArgs.add(a.substring(2));
        } else if (a.startsWith("-H:") || a.startsWith("-R:")) {
            builderArgs.add(a);
        } else if (a.startsWith("-D")) {
            javaArgs.add(a);
        } else if (a.startsWith("-E")) {
            // -E<var>[=<value>]: environment for the builder; this launcher passes the whole environment
        } else if (a.startsWith("-march=")) {
            builderArgs.add("-H:Microarchitecture=" + a.substring(7));
        } else if (a.equals("-g")) {
            builderArgs.add("-H:GenerateDebugInfo=2");
        } else if (a.matches("-O[0-9bs]")) {
            builderArgs.add("-H:Optimize=" + a.substring(2));
        } else if (a.startsWith("--")) {
            apiOption(a, origin);
        } else {
            throw new IllegalArgumentException("unsupported option " + a + " (from " + origin + ")");
        }
    }

    void apiOption(String a, String origin) {
        int eq = a.indexOf('=');
        String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
        String value = eq < 0 ? null : a.substring(eq + 1);
        switch (name) {
            case "no-fallback" -> builderArgs.add("-H:FallbackThreshold=0");
            case "features" -> builderArgs.add("-H:Features=" + require(value, a));
            case "initialize-at-build-time" -> classInit(value, "build_time");
            case "initialize-at-run-time" -> classInit(value, "run_time");
            case "link-at-build-time" -> builderArgs.add("-H:LinkAtBuildTime=" + (value == null ? "" : value));
            case "link-at-build-time-paths" -> builderArgs.add("-H:LinkAtBuildTimePaths=" + require(value, a));
            case "enable-url-protocols" -> builderArgs.add("-H:EnableURLProtocols=" + require(value, a));
            case "enable-http" -> builderArgs.add("-H:EnableURLProtocols=http");
            case "enable-https" -> builderArgs.add("-H:EnableURLProtocols=https");
            case "enable-monitoring" -> builderArgs.add("-H:EnableMonitoringFeatures=" + (value == null ? "all" : value));
            case "report-unsupported-elements-at-runtime" -> builderArgs.add("-H:+ReportUnsupportedElementsAtRuntime");
            case "trace-class-initialization" -> builderArgs.add("-H:TraceClassInitialization=" + require(value, a));
            case "trace-object-instantiation" -> builderArgs.add("-H:TraceObjectInstantiation=" + require(value, a));
            case "enable-all-security-services" -> builderArgs.add("-H:+EnableAllSecurityServices");
            case "install-exit-handlers" -> builderArgs.add("-H:+InstallExitHandlers");
            case "enable-preview" -> builderArgs.add("-H:+EnablePreview");
            case "enable-native-access" -> builderArgs.add("-H:EnableNativeAccess=" + require(value, a));
            case "add-exports" -> builderArgs.add("-H:AddExports=" + require(value, a));
            case "add-opens" -> builderArgs.add("-H:AddOpens=" + require(value, a));
            case "add-reads" -> builderArgs.add("-H:AddReads=" + require(value, a));
            case "add-modules" -> addModules.addAll(List.of(require(value, a).split(",")));
            case "static" -> builderArgs.add("-H:+StaticExecutable");
            case "shared" -> builderArgs.add("-H:+SharedLibrary");
            case "parallelism" -> javaArgs.add("-Dnative-image.parallelism=" + require(value, a));
            case "color", "silent", "native-image-info", "strict-image-heap", "allow-incomplete-classpath",
                            "enable-sbom", "emit" -> {
                // output styling, informational or no-op since GraalVM 23: nothing to pass
            }
            default -> throw new IllegalArgumentException("native-image option " + a + " (from " + origin
                            + ") is not supported by this launcher; add it to native/launcher/NativeImageLauncher.java");
        }
    }

    static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    void classInit(String value, String when) {
        if (value == null || value.isEmpty()) {
            builderArgs.add("-H:ClassInitialization=:" + when);
            return;
        }
        for (String c : value.split(",")) {
            if (!c.isEmpty()) {
                builderArgs.add("-H:ClassInitialization=" + c + ":" + when);
            }
        }
    }

    boolean excluded(Path entry, String resource) {
        for (Pattern[] e : excludes) {
            // the real driver matches the resource as a path inside the jar: "/META-INF/..."
            if (e[0].matcher(entry.toString()).find() && e[1].matcher("/" + resource).find()) {
                return true;
            }
        }
        return false;
    }

    /** Reads META-INF/native-image/** of one class-path entry (jar or directory). */
    void readMetaInf(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            Path base = entry.resolve("META-INF/native-image");
            if (!Files.isDirectory(base)) {
                return;
            }
            try (Stream<Path> s = Files.walk(base)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = entry.relativize(p).toString().replace('\\', '/');
                    try (InputStream in = Files.newInputStream(p)) {
                        metaInfFile(entry, rel, in);
                    }
                }
            }
        } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
            try (JarFile jf = new JarFile(entry.toFile())) {
                List<JarEntry> found = new ArrayList<>();
                for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements();) {
                    JarEntry je = en.nextElement();
                    if (!je.isDirectory() && je.getName().startsWith("META-INF/native-image/")) {
                        found.add(je);
                    }
                }
                found.sort((x, y) -> x.getName().compareTo(y.getName()));
                for (JarEntry je : found) {
                    try (InputStream in = jf.getInputStream(je)) {
                        metaInfFile(entry, je.getName(), in);
                    }
                }
            }
        }
    }

    void metaInfFile(Path entry, String resource, InputStream in) throws IOException {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        if (excluded(entry, resource)) {
            if (verbose) {
                System.err.println("[native-image launcher] excluded " + entry + "!/" + resource);
            }
            return;
        }
        if (file.equals("native-image.properties")) {
            Properties props = new Properties();
            props.load(in);
            String dir = resource.substring(0, resource.lastIndexOf('/'));
            String origin = entry + "!/" + resource;
            if (props.getProperty("ImageName") != null) {
                builderArgs.add("-H:Name=" + props.getProperty("ImageName").strip());
            }
            for (String a : split(props.getProperty("JavaArgs"), dir)) {
                javaArgs.add(a);
            }
            for (String a : split(props.getProperty("Args"), dir)) {
                option(a, origin);
            }
            return;
        }
        for (String[] m : METADATA_FILES) {
            if (file.equals(m[0])) {
                builderArgs.add("-H:+UnlockExperimentalVMOptions");
                builderArgs.add("-H:" + m[1] + "=" + resource);
                builderArgs.add("-H:-UnlockExperimentalVMOptions");
            }
        }
    }

    static List<String> split(String value, String dir) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String a : value.strip().split("\\s+")) {
            if (!a.isEmpty()) {
                out.add(a.replace("${.}", dir));
            }
        }
        return out;
    }

    List<Path> jars(String dir) throws IOException {
        Path d = root.resolve(dir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** --add-exports for every package a JDK module does not export to everybody. */
    static List<String> jdkExports() {
        Set<String> out = new TreeSet<>();
        // all system modules, not just the ones this launcher's own VM resolved (jdk.internal.vm.ci)
        for (java.lang.module.ModuleReference ref : java.lang.module.ModuleFinder.ofSystem().findAll()) {
            ModuleDescriptor d = ref.descriptor();
            if (d.name().equals("jdk.hotspot.agent")) {
                continue; // never resolved in the builder VM
            }
            Set<String> open = new java.util.HashSet<>();
            for (ModuleDescriptor.Exports e : d.exports()) {
                if (!e.isQualified()) {
                    open.add(e.source());
                }
            }
            for (String p : d.packages()) {
                if (!open.contains(p)) {
                    out.add("--add-exports=" + d.name() + "/" + p + "=" + EXPORT_TARGETS);
                }
            }
        }
        return new ArrayList<>(out);
    }

    int launch() throws Exception {
        Path java = root.resolve("bin/java");
        List<String> vm = new ArrayList<>();
        vm.add("-XX:+UseParallelGC");
        vm.add("-XX:+UnlockExperimentalVMOptions");
        vm.add("-XX:+EnableJVMCI");
        vm.add("-XX:-UseJVMCICompiler");
        vm.add("-Xss10m");
        if (javaArgs.stream().noneMatch(a -> a.startsWith("-Xmx"))) {
            vm.add("-XX:MaxRAMPercentage=" + System.getProperty("native-image.max-ram-percentage", "60"));
        }
        vm.add("-Djava.awt.headless=true");
        vm.add("-Dorg.graalvm.vendor=GraalVM Community");
        vm.add("-Dorg.graalvm.vendorurl=https://www.graalvm.org/");
        vm.add("-Dorg.graalvm.vendorversion=GraalVM CE " + GRAALVM_BUILD);
        vm.add("-Dorg.graalvm.version=" + GRAALVM_VERSION);
        vm.add("-Dcom.oracle.graalvm.isaot=true");
        vm.add("-Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader");
        vm.add("-Dorg.graalvm.nativeimage.imagecode=buildtime");
        vm.add("-Xshare:off");
        // Classes that Quarkus initialises at build time run inside this VM in the image class
        // loader's unnamed module; libraries such as jboss-threads need java.lang opened to it on
        // Java 24+ (the unnamed module of every class loader, hence ALL-UNNAMED).
        vm.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        vm.addAll(jdkExports());
        List<Path> upgrade = jars("lib/jvmci");
        List<Path> modulePath = new ArrayList<>(jars("lib/svm/builder"));
        vm.add("--upgrade-module-path");
        vm.add(join(upgrade));
        vm.add("--module-path");
        vm.add(join(modulePath));
        vm.add("--add-modules=ALL-DEFAULT");
        if (!addModules.isEmpty()) {
            // modules the image needs from the JDK: the builder VM must resolve them too
            vm.add("-Dsvm.modulesupport.addedModules=" + String.join(",", addModules));
            vm.add("--add-modules=" + String.join(",", addModules));
        }
        vm.add("--enable-native-access=ALL-UNNAMED,org.graalvm.nativeimage.builder,org.graalvm.nativeimage.pointsto,jdk.graal.compiler,org.graalvm.nativeimage.base");
        vm.addAll(javaArgs);
        vm.add("--module");
        vm.add("org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner");
        vm.add("-keepalive");
        vm.add("/proc/" + ProcessHandle.current().pid() + "/comm");

        List<String> image = new ArrayList<>();
        image.add("-imagecp");
        image.add(join(new ArrayList<>(imageClasspath)));
        String platform = "linux-amd64";
        image.add("-H:CLibraryPath=" + root.resolve("lib/svm/clibraries/" + platform));
        image.addAll(builderArgs);
        image.addAll(extraLinkerOptions());
        // as the real driver: a build id derived from the arguments (the builder salts hashes with it)
        image.add("-H:ImageBuildID=" + UUID.nameUUIDFromBytes(String.join("\0", image).getBytes(StandardCharsets.UTF_8)));

        Path tmp = Files.createTempDirectory("native-image-launcher-");
        Path vmArgs = tmp.resolve("vminvocation.args");
        StringBuilder sb = new StringBuilder();
        for (String v : vm) {
            sb.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        Files.writeString(vmArgs, sb);
        Path imageArgs = tmp.resolve("native-image.args");
        Files.writeString(imageArgs, String.join("\0", image));

        List<String> command = List.of(java.toString(), "@" + vmArgs, "--image-args-file=" + imageArgs);
        if (verbose || dryRun) {
            System.err.println("[native-image launcher] " + java + " " + String.join(" ", vm.stream().filter(v -> !v.startsWith("--add-exports=")).toList())
                            + " (and --add-exports of every JDK-internal package to the builder modules)");
            System.err.println("[native-image launcher] builder arguments: " + String.join(" ", image));
        }
        if (dryRun) {
            return 0;
        }
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("USE_NATIVE_IMAGE_JAVA_PLATFORM_MODULE_SYSTEM", "true");
        pb.environment().put("DRIVER_TEMP_DIR_ENV_VARIABLE", tmp.toString());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        pb.environment().remove("CLASSPATH");
        Process p = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        int rc = p.waitFor();
        deleteTree(tmp);
        return rc;
    }

    /**
     * The JDK "static" libraries of this home are linker scripts over the JDK's shared libraries
     * (see native/toolchain.sh), so the image needs a run path to find them.
     */
    List<String> extraLinkerOptions() {
        String runtime = root.resolve("lib/svm/runtime").toString();
        String lib = root.resolve("lib").toString();
        return List.of("-H:+UnlockExperimentalVMOptions",
                        "-H:NativeLinkerOption=-Wl,-rpath," + runtime + ":" + lib,
                        "-H:NativeLinkerOption=-Wl,-rpath-link," + runtime + ":" + lib,
                        "-H:-UnlockExperimentalVMOptions");
    }

    static String join(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
