package corebench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.sweep.SweepPlan;
import corebench.sweep.SweepPipeline;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/** Benchmark classes as JMH's samples: each says how to run it by hand, and its annotations tell the truth. */
class BenchmarkClassesTest {
    private static final Path SOURCES = Path.of("src/main/java/corebench/bench");
    private static final Pattern RUN_LINE = Pattern.compile(
            "java -jar target/benchmarks\\.jar (\\w+)\\.(\\w+)((?: -p \\w+=[\\w,.-]+)*) -foe true\\n \\* \\}</pre>\\n \\*/\\n");

    @Test
    void everyBenchmarkClassEndsItsJavadocWithARunLineThatNamesRealParameters() throws Exception {
        List<Class<?>> benches = benchmarkClasses();
        assertThat(benches).hasSizeGreaterThanOrEqualTo(7);
        for (Class<?> bench : benches) {
            String source = Files.readString(SOURCES.resolve(bench.getSimpleName() + ".java"));
            String javadoc = source.substring(0, source.indexOf("\npublic class ") + 1);
            javadoc = javadoc.substring(0, javadoc.lastIndexOf(" */\n") + 4);
            Matcher m = RUN_LINE.matcher(javadoc);
            assertThat(m.find() && m.end() == javadoc.length()).as(bench.getSimpleName() + "'s Javadoc ends with its run line").isTrue();
            assertThat(m.group(1)).isEqualTo(bench.getSimpleName());
            Method method = Stream.of(bench.getMethods()).filter(x -> x.getName().equals(m.group(2))).findFirst().orElseThrow();
            assertThat(method.isAnnotationPresent(Benchmark.class)).as(m.group(0)).isTrue();
            for (String p : m.group(3).split(" -p ")) {
                if (!p.isBlank()) {
                    assertThat(param(bench, p.substring(0, p.indexOf('=')).trim())).as(bench.getSimpleName() + " " + p).isTrue();
                }
            }
        }
    }

    @Test
    void theAnnotationsAreTheDefaultPlansSettings() throws NoSuchMethodException {
        SweepPlan.JmhSettings plan = SweepPipeline.DEFAULT;
        for (Class<?> bench : List.of(ModelBench.class, BandwidthBench.class, PipeBench.class, ClockBench.class)) {
            Warmup warmup = bench.getAnnotation(Warmup.class);
            Measurement measurement = bench.getAnnotation(Measurement.class);
            assertThat(bench.getAnnotation(Fork.class).value()).as(bench.getSimpleName()).isEqualTo(plan.forks());
            assertThat(warmup.iterations()).isEqualTo(plan.warmupIterations());
            assertThat(warmup.timeUnit().toMillis(warmup.time())).isEqualTo(plan.warmupMillis());
            assertThat(measurement.iterations()).isEqualTo(plan.iterations());
            assertThat(measurement.timeUnit().toMillis(measurement.time())).isEqualTo(plan.iterationMillis());
        }
        // single-shot start-up keeps its own counts for a hand run, and says the sweep overrides them
        assertThat(StartupBench.class.getMethod("cold", Work.Tasks.class).getAnnotation(Measurement.class).iterations())
                .isNotEqualTo(plan.iterations());
    }

    @Test
    void aBenchmarkWhoseAnnotationsDifferFromThePlanSaysTheSweepOverridesThem() throws IOException {
        assertThat(Files.readString(SOURCES.resolve("StartupBench.java"))).contains("the sweep overrides them");
    }

    private static boolean param(Class<?> bench, String name) {
        for (Class<?> c = bench; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && f.isAnnotationPresent(Param.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Class<?>> benchmarkClasses() throws Exception {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith("Bench.java")) {
                    Class<?> c = Class.forName("corebench.bench." + name.substring(0, name.length() - 5));
                    if (!Modifier.isAbstract(c.getModifiers())) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }
}
